import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, git, linesOf, makeRepo, removeDir, runCli, tempDir } from '../support/cli';
import { fixtureBytes } from '../support/fixtures';

interface Finding {
  file: string;
  line: number;
  question: string;
  kind: 'closed' | 'leading' | 'closed-factual';
  why: string;
  suggestions: string[];
  offers: { text: string; from: 'rewrite' | 'bank' }[];
  noSuggestion?: string;
}

const SESSION = `---
date: 2026-11-23
---
# Session 2026-11-23

## Agenda
- Did the migration go well?
- How do you want to use the time?

## Notes
Is this note a question? It is not checked here.

## Next time
- Isn't the real problem that nobody owns the service?
`;

const QUESTIONS = `# Questions for next time
- [ ] Wouldn't it be better to pair on it? (added 2026-11-20 by @alex)
- [x] What does the DBA on-call do? (added 2026-11-02 by @alex, discussed 2026-11-09)
`;

describe('cli: check-questions', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    const rel = path.join(dir, 'mentoring', 'alex');
    fs.mkdirSync(path.join(rel, 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(rel, 'sessions', '2026-11-23.md'), SESSION);
    fs.writeFileSync(path.join(rel, 'questions.md'), QUESTIONS);
    fs.writeFileSync(path.join(dir, 'notes.md'), 'Open.\nDid the deploy work?\nWhat went well?\n');
    fs.writeFileSync(path.join(dir, 'clean.md'), '# Clean\n- What went well?\n');
  });
  afterEach(() => removeDir(dir));

  it('exits 1 and lists closed and leading questions as json, located and with rewrites', () => {
    const r = runCli(
      [
        'check-questions',
        'mentoring/alex/sessions/2026-11-23.md',
        'mentoring/alex/questions.md',
        'notes.md',
        '--all',
        '--format',
        'json',
      ],
      dir,
    );
    assert.equal(r.status, 1, r.stderr);
    const found = JSON.parse(r.stdout) as Finding[];
    assert.deepEqual(
      found.map((f) => [f.file, f.line, f.kind, f.question]),
      [
        ['mentoring/alex/sessions/2026-11-23.md', 7, 'closed', 'Did the migration go well?'],
        [
          'mentoring/alex/sessions/2026-11-23.md',
          14,
          'leading',
          "Isn't the real problem that nobody owns the service?",
        ],
        ['mentoring/alex/questions.md', 2, 'leading', "Wouldn't it be better to pair on it?"],
        ['notes.md', 2, 'closed', 'Did the deploy work?'],
      ],
    );
    assert.deepEqual(found[0].suggestions.slice(0, 2), [
      'How did the migration go?',
      'What went well in the migration?',
    ]);
    for (const f of found) {
      assert.ok(f.why.length > 0, 'a why line');
      assert.ok(f.suggestions.length <= 3);
      assert.ok(f.suggestions.length > 0 || f.noSuggestion, 'a suggestion or a reason for none');
      assert.deepEqual(
        f.offers.map((o) => o.text),
        f.suggestions,
      );
    }
  });

  it('prints each finding with its rewrites, and a summary, in text', () => {
    const r = runCli(['check-questions', 'mentoring/alex/questions.md', '--all'], dir);
    assert.equal(r.status, 1);
    const lines = linesOf(r.stdout);
    assert.equal(
      lines[0],
      "mentoring/alex/questions.md:2: leading question: Wouldn't it be better to pair on it?",
    );
    assert.ok(lines[1].startsWith('  why: '), lines[1]);
    assert.ok(lines[2].startsWith('  try: '), lines[2]);
    assert.equal(lines.at(-1), '2 questions checked in 1 file: 0 closed, 1 leading');
  });

  it('exits 0 when every question is open', () => {
    const r = runCli(['check-questions', 'clean.md', '--format', 'json'], dir);
    assert.deepEqual([r.status, JSON.parse(r.stdout), r.stderr], [0, [], '']);
    const text = runCli(['check-questions', 'clean.md'], dir);
    assert.deepEqual(
      [text.status, text.stdout],
      [0, '1 question checked in 1 file: 0 closed, 0 leading\n'],
    );
  });

  it('shows a factual question as a hint with its why line, and still exits 0', () => {
    fs.writeFileSync(path.join(dir, 'facts.md'), '# Logistics\n\n- When is the demo?\n');
    const r = runCli(['check-questions', 'facts.md'], dir);
    assert.equal(r.status, 0, r.stdout);
    const lines = linesOf(r.stdout);
    assert.equal(lines[0], 'facts.md:3: closed-factual question (hint): When is the demo?');
    assert.match(lines[1], /^ {2}why: Asks for one fact/);
    assert.equal(
      lines.at(-1),
      '1 question checked in 1 file: 0 closed, 0 leading, 1 factual (hints)',
    );
  });

  it('resolves FILE against --dir', () => {
    const r = runCli(['--dir', 'mentoring', 'check-questions', 'alex/questions.md', '--all'], dir);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^alex\/questions\.md:2: leading/m);
  });

  it('exits 2 on a missing file, a folder, a file that is not UTF-8 or no FILE at all', () => {
    fs.writeFileSync(path.join(dir, 'latin1.md'), fixtureBytes('not-utf8.md'));
    for (const args of [['nope.md'], ['mentoring'], ['latin1.md'], []]) {
      const r = runCli(['check-questions', ...args], dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', 'nothing is printed before a bad file fails');
      assert.match(r.stderr, /^mentoring-journal check-questions: /);
    }
    assert.equal(runCli(['check-questions', 'clean.md', '--format', 'xml'], dir).status, 2);
  });
});

describe("cli: check-questions coaches a mentor's questions, never a mentee's", function () {
  this.timeout(30_000);
  const PLAN =
    '---\nmentee: Alex\nmentors: [Sam Chen]\nstarted: 2026-09-01\n---\n# Mentoring plan: Alex\n';
  const QUEUED =
    '# Questions for next time\n' +
    '- [ ] Should scripts/ get its own CI job? (added 2026-11-20 by @alex)\n' +
    '- [ ] Should scripts/ get its own CI job? (added 2026-11-21 by @sam)\n' +
    '- [ ] Should scripts/ get its own CI job? (added 2026-11-22 by @kim)\n';
  const LOG =
    '---\ndate: 2026-11-23\n---\n# Session 2026-11-23\n\n## Agenda\n- Did the migration go well?\n';
  let dir: string;
  const lines = (file: string, ...args: string[]) => {
    const r = runCli(['check-questions', file, '--format', 'json', ...args], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const found = JSON.parse(r.stdout) as Finding[];
    // The exit code says whether anything was reported.
    assert.equal(r.status, found.length > 0 ? 1 : 0);
    return found.map((f) => f.line);
  };
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    const rel = path.join(dir, 'mentoring', 'alex');
    fs.mkdirSync(path.join(rel, 'sessions'), { recursive: true });
    fs.writeFileSync(path.join(rel, 'plan.md'), PLAN);
    fs.writeFileSync(path.join(rel, 'questions.md'), QUEUED);
    fs.writeFileSync(path.join(rel, 'sessions', '2026-11-23.md'), LOG);
  });
  afterEach(() => removeDir(dir));

  it("never flags the mentee's queued question; flags the same text queued by a mentor", () => {
    assert.deepEqual(lines('mentoring/alex/questions.md'), [3]);
    // Whoever reads: authored questions are judged by their author.
    assert.deepEqual(lines('mentoring/alex/questions.md', '--as', 'mentor'), [3]);
    assert.deepEqual(lines('mentoring/alex/questions.md', '--as', 'mentee'), [3]);
  });

  it("--all flags every question, the mentee's and an unknown handle's included", () => {
    assert.deepEqual(lines('mentoring/alex/questions.md', '--all'), [2, 3, 4]);
  });

  it('checks an unauthored agenda question only for a mentor (--as, else git user.name)', () => {
    assert.deepEqual(lines('mentoring/alex/sessions/2026-11-23.md'), []);
    assert.deepEqual(lines('mentoring/alex/sessions/2026-11-23.md', '--as', 'mentee'), []);
    assert.deepEqual(lines('mentoring/alex/sessions/2026-11-23.md', '--as', 'mentor'), [7]);
    // makeRepo sets user.name Sam Chen, a mentor of the plan.
    makeRepo(dir);
    assert.deepEqual(lines('mentoring/alex/sessions/2026-11-23.md'), [7]);
    git(dir, 'config', 'user.name', 'Alex');
    assert.deepEqual(lines('mentoring/alex/sessions/2026-11-23.md'), []);
  });

  it('refuses a bad --as, and --as with --all', () => {
    for (const args of [
      ['--as', 'boss'],
      ['--as', 'mentor', '--all'],
    ]) {
      const r = runCli(['check-questions', 'mentoring/alex/questions.md', ...args], dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(linesOf(r.stderr).length, 1);
    }
  });
});
