import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseQuestions } from '../../src/core/records/questions';
import {
  ensureCliBuilt,
  linesOf,
  makeRepo,
  removeDir,
  runCli,
  runCliAsync,
  tempDir,
} from '../support/cli';

/** Every regular file under `dir` (links are not followed), relative to it. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p).map((f) => path.join(e.name, f)));
    else if (e.isFile()) out.push(e.name);
  }
  return out;
}

describe('security: cli hardening', function () {
  this.timeout(60_000);
  let dir: string;
  let rel: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    rel = path.join(dir, 'mentoring', 'alex-rivera');
  });
  afterEach(() => removeDir(dir));

  /** `init` of Alex Rivera with Sam Chen, which must succeed. */
  function initAlex(...extra: string[]): void {
    const r = runCli(
      [
        'init',
        '--mentee',
        'Alex Rivera',
        '--mentor',
        'Sam Chen',
        '--started',
        '2026-09-01',
        ...extra,
      ],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
  }

  it('refuses init when mentoring/.gitignore is a symbolic link, leaving the link and its target unchanged', () => {
    const outside = tempDir('mj-outside-');
    try {
      const secret = path.join(outside, 'secret.txt');
      fs.writeFileSync(secret, 'SECRET\n');
      fs.mkdirSync(path.join(dir, 'mentoring'));
      const link = path.join(dir, 'mentoring', '.gitignore');
      fs.symlinkSync(secret, link);
      const r = runCli(['init', '--mentee', 'Bo', '--mentor', 'Sam'], dir);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.equal(linesOf(r.stderr).length, 1, r.stderr);
      assert.equal(fs.readFileSync(secret, 'utf8'), 'SECRET\n');
      assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
      assert.equal(fs.readlinkSync(link), secret);
      for (const f of filesUnder(path.join(dir, 'mentoring'))) {
        assert.doesNotMatch(
          fs.readFileSync(path.join(dir, 'mentoring', f), 'utf8'),
          /SECRET/,
          `${f} holds a copy of the secret`,
        );
      }
    } finally {
      removeDir(outside);
    }
  });

  it('loses no question when 12 processes queue one each at the same time, and leaves no lock or temporary file', async () => {
    initAlex();
    const runs = await Promise.all(
      Array.from({ length: 12 }, (_, i) => runCliAsync(['question', 'alex-rivera', `Q${i}?`], dir)),
    );
    assert.deepEqual(
      runs.map((r) => [r.status, r.stderr]),
      runs.map(() => [0, '']),
    );
    const questions = parseQuestions(
      'q',
      fs.readFileSync(path.join(rel, 'questions.md'), 'utf8'),
    ).questions.map((q) => q.text);
    assert.deepEqual([...questions].sort(), Array.from({ length: 12 }, (_, i) => `Q${i}?`).sort());
    assert.deepEqual(fs.readdirSync(rel).sort(), ['plan.md', 'questions.md', 'sessions']);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'mentoring')).sort(), [
      '.gitignore',
      'alex-rivera',
    ]);
  });

  it('accepts the global options --dir and --root before the verb', () => {
    initAlex();
    const elsewhere = tempDir('mj-cwd-');
    try {
      const after = runCli(['validate', '--dir', dir], elsewhere);
      assert.equal(after.status, 0, after.stderr);
      for (const args of [
        ['--dir', dir, 'validate'],
        ['--root', 'mentoring', `--dir=${dir}`, 'validate'],
      ]) {
        const r = runCli(args, elsewhere);
        assert.deepEqual(
          [r.status, r.stdout, r.stderr],
          [after.status, after.stdout, after.stderr],
          args.join(' '),
        );
      }
      const s = runCli(
        ['--dir', dir, '--root', 'mentoring', 'new-session', 'alex-rivera', '--date', '2026-11-23'],
        elsewhere,
      );
      assert.deepEqual(
        [s.status, s.stdout, s.stderr],
        [0, 'mentoring/alex-rivera/sessions/2026-11-23.md\n', ''],
      );
      assert.ok(fs.existsSync(path.join(rel, 'sessions', '2026-11-23.md')));
    } finally {
      removeDir(elsewhere);
    }
  });

  it('queues the literal question "-h" after --, instead of printing help', () => {
    initAlex();
    const r = runCli(['question', 'alex-rivera', '--', '-h'], dir);
    assert.deepEqual(
      [r.status, r.stdout, r.stderr],
      [0, 'mentoring/alex-rivera/questions.md\n', ''],
    );
    assert.deepEqual(
      parseQuestions('q', fs.readFileSync(path.join(rel, 'questions.md'), 'utf8')).questions.map(
        (q) => q.text,
      ),
      ['-h'],
    );
  });

  it('refuses --root .git and --root .hidden/x as usage errors, and accepts --root records', () => {
    makeRepo(dir);
    for (const root of ['.git', '.hidden/x']) {
      const r = runCli(['init', '--mentee', 'Bo', '--mentor', 'Sam', '--root', root], dir);
      assert.equal(r.status, 2, `--root ${root}: ${r.stdout}${r.stderr}`);
      assert.equal(linesOf(r.stderr).length, 1, r.stderr);
      assert.equal(r.stdout, '');
    }
    assert.ok(!fs.existsSync(path.join(dir, '.git', 'bo')));
    assert.ok(!fs.existsSync(path.join(dir, '.hidden')));
    const ok = runCli(['init', '--mentee', 'Bo', '--mentor', 'Sam', '--root', 'records'], dir);
    assert.deepEqual([ok.status, ok.stdout, ok.stderr], [0, 'records/bo/plan.md\n', '']);
  });

  it("fills {{mentee}}, {{mentors}}, {{mentor}}, {{cadence}} and {{kind}} of a team's session template from the plan", () => {
    initAlex('--mentor', 'Kim Lee', '--cadence', 'weekly', '--kind', 'peer');
    fs.mkdirSync(path.join(dir, 'mentoring', 'templates'));
    fs.writeFileSync(
      path.join(dir, 'mentoring', 'templates', 'session.md'),
      [
        '---',
        'date: {{date}}',
        'attendees: {{attendees}}',
        '---',
        '# Session {{date}}',
        '',
        'Mentee: {{mentee}}',
        'Mentors: {{mentors}}',
        'Mentor: {{mentor}}',
        'Cadence: {{cadence}}',
        'Kind: {{kind}}',
        '',
      ].join('\n'),
    );
    const r = runCli(['new-session', 'alex-rivera', '--date', '2026-11-23'], dir);
    assert.equal(r.status, 0, r.stderr);
    const lines = fs.readFileSync(path.join(rel, 'sessions', '2026-11-23.md'), 'utf8').split('\n');
    assert.ok(lines.includes('Mentee: Alex Rivera'), lines.join('\n'));
    assert.ok(lines.includes('Mentor: Sam Chen'), lines.join('\n'));
    assert.ok(lines.includes('Cadence: weekly'), lines.join('\n'));
    assert.ok(lines.includes('Kind: peer'), lines.join('\n'));
    const mentors = lines.find((l) => l.startsWith('Mentors: '));
    assert.ok(mentors?.includes('Sam Chen') && mentors.includes('Kim Lee'), mentors);
    assert.ok(!lines.some((l) => l.includes('{{')), 'no placeholder is left');
  });

  it('exits 2 with exactly one line on stderr when run with no arguments', () => {
    const r = runCli([], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(linesOf(r.stderr).length, 1, r.stderr);
  });
});
