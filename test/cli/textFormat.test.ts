// --format text for the listings (agenda, actions, topics, report, questions), and its default:
// text when stdout is a terminal (the io's isTerminal, set from process.stdout.isTTY), md otherwise.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli as runInProcess } from '../../src/cli/runCli';
import { ensureCliBuilt, git, makeRepo, removeDir, runCli, tempDir } from '../support/cli';

const PLAN = `---
mentee: Alex
mentors: [Sam Chen]
identities: [author@example.com]
started: 2026-09-01
cadence: weekly
---
# Mentoring plan: Alex

## Goals

### G1: Review 006_drop and other migrations
- status: active
- target: 2026-12-01
`;

const SESSION = `---
date: 2026-11-09
goals: [G1]
---
# Session 2026-11-09

## Notes

Talked.

## Action items
- [ ] @alex Fix the 006_drop ordering (due 2026-11-12) #G1
`;

const QUESTIONS = `# Questions for next time

- [ ] What makes a_b migrations safe? (added 2026-11-10 by @alex)
`;

/** Runs the command line in this process with the given terminal flag; stdout as text. */
async function inProcess(
  dir: string,
  isTerminal: boolean,
  ...args: string[]
): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const code = await runInProcess(args, {
    cwd: dir,
    now: new Date('2026-11-23T12:00:00Z'),
    out: (l) => out.push(l),
    err: () => undefined,
    isTerminal,
  });
  return { code, stdout: out.map((l) => `${l}\n`).join('') };
}

/** No markdown escapes, emphasis or link syntax. */
function assertPlain(text: string): void {
  assert.doesNotMatch(text, /\\[_*[\]#-]/, 'a markdown escape');
  assert.doesNotMatch(text, /\*\*/, 'bold markup');
  assert.doesNotMatch(text, /\]\(/, 'link syntax');
  assert.doesNotMatch(text, /^#+ /m, 'a heading mark');
}

describe('cli: --format text and its terminal default', function () {
  this.timeout(60_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    makeRepo(dir);
    const rel = path.join(dir, 'mentoring', 'alex');
    fs.mkdirSync(path.join(rel, 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(rel, 'plan.md'), PLAN);
    fs.writeFileSync(path.join(rel, 'sessions', '2026-11-09.md'), SESSION);
    fs.writeFileSync(path.join(rel, 'questions.md'), QUESTIONS);
    fs.mkdirSync(path.join(dir, 'migrations'));
    fs.writeFileSync(path.join(dir, 'migrations', '006_drop.sql'), 'DROP TABLE old;\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'Drop the old table');
  });
  afterEach(() => removeDir(dir));

  it('agenda --format text: no markup, each carried item followed by (FILE:LINE)', () => {
    const r = runCli(
      ['agenda', 'alex', '--date', '2026-11-23', '--no-git', '--format', 'text'],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
    assertPlain(r.stdout);
    assert.match(
      r.stdout,
      /^Carried over\n- @alex Fix the 006_drop ordering \(due 2026-11-12\) #G1 \(overdue; from last session\) \(mentoring\/alex\/sessions\/2026-11-09\.md:12\)$/m,
    );
    assert.match(r.stdout, /^- What makes a_b migrations safe\? \(added 2026-11-10 by @alex\)$/m);
    const md = runCli(['agenda', 'alex', '--date', '2026-11-23', '--no-git'], dir);
    assert.match(md.stdout, /^### Carried over$/m);
    assert.match(md.stdout, /\*\*overdue\*\*.*\[2026-11-09:12\]\(2026-11-09\.md#L12\)$/m);
  });

  it('actions --format text: headings without marks, overdue without emphasis', () => {
    const r = runCli(['actions', '--format', 'text'], dir);
    assert.equal(r.status, 0, r.stderr);
    assertPlain(r.stdout);
    assert.equal(
      r.stdout,
      'alex\n\n@alex\n- [ ] overdue @alex Fix the 006_drop ordering (due 2026-11-12) #G1 (mentoring/alex/sessions/2026-11-09.md:12)\n',
    );
  });

  it('topics --format text: file names without markdown escapes', () => {
    const args = [
      'topics',
      '--author',
      'author@example.com',
      '--since',
      '2026-11-01',
      '--until',
      '2026-11-30',
    ];
    const text = runCli([...args, '--format', 'text'], dir);
    assert.equal(text.status, 0, text.stderr);
    assertPlain(text.stdout);
    assert.match(text.stdout, /^Learning topics from 2026-11-01 to 2026-11-30 \(\d+ commits?\)$/m);
    assert.match(text.stdout, /006_drop\.sql/);
    const md = runCli(args, dir);
    assert.match(md.stdout, /006\\_drop\.sql/);
  });

  it('report --format text: the progress report with links as "text (FILE:LINE)"', () => {
    const r = runCli(['report', 'alex', '--until', '2026-11-23', '--format', 'text'], dir);
    assert.equal(r.status, 0, r.stderr);
    assertPlain(r.stdout);
    assert.match(r.stdout, /^Progress report: Alex \(2026-08-26 to 2026-11-23\)$/m);
    assert.match(
      r.stdout,
      /^- G1: Review 006_drop and other migrations \(mentoring\/alex\/plan\.md:\d+\)$/m,
    );
    assert.match(
      r.stdout,
      /^- @alex Fix the 006_drop ordering \(due 2026-11-12\) #G1 \(open \d+ days; overdue; 2026-11-09:12 \(mentoring\/alex\/sessions\/2026-11-09\.md:12\)\)$/m,
    );
  });

  it('report --team --format text: tables as aligned columns, no pipes', () => {
    const r = runCli(['report', '--team', '--format', 'text', '--months', '2'], dir);
    assert.equal(r.status, 0, r.stderr);
    assertPlain(r.stdout);
    assert.doesNotMatch(r.stdout, /\|/);
    assert.match(r.stdout, /^Relationship +Kind +Mentors +Cadence/m);
    assert.match(r.stdout, /^alex +/m);
    assert.match(r.stdout, /^Total +\d/m);
  });

  it('questions --format text: category headings without marks', () => {
    const r = runCli(['questions', '--category', 'career', '--format', 'text'], dir);
    assert.equal(r.status, 0, r.stderr);
    assertPlain(r.stdout);
    assert.match(r.stdout, /^Career\n\n- /);
  });

  it('defaults to text on a terminal and to md otherwise, for every listing', async () => {
    for (const args of [
      ['agenda', 'alex', '--date', '2026-11-23', '--no-git'],
      ['actions'],
      ['questions', '--category', 'career'],
      ['report', 'alex', '--until', '2026-11-23'],
      ['report', '--team'],
    ]) {
      const tty = await inProcess(dir, true, ...args);
      assert.equal(tty.code, 0, args.join(' '));
      assert.deepEqual(
        tty,
        await inProcess(dir, false, ...args, '--format', 'text'),
        args.join(' '),
      );
      const piped = await inProcess(dir, false, ...args);
      assert.deepEqual(
        piped,
        await inProcess(dir, true, ...args, '--format', 'md'),
        args.join(' '),
      );
      assert.notEqual(tty.stdout, piped.stdout, args.join(' '));
    }
  });

  it('keeps md for a report written to a file, on a terminal too; --save refuses text', async () => {
    const out = await inProcess(
      dir,
      true,
      'report',
      'alex',
      '--until',
      '2026-11-23',
      '--out',
      'r.md',
    );
    assert.equal(out.code, 0);
    assert.match(fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), /^# Progress report: Alex/);
    const saved = runCli(['report', 'alex', '--save', '--format', 'text'], dir);
    assert.equal(saved.status, 2);
    assert.match(saved.stderr, /--save writes the markdown report; use --out FILE for text/);
  });
});
