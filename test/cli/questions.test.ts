import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, linesOf, makeRepo, removeDir, runCli, tempDir } from '../support/cli';

interface BankJson {
  categories: { id: string; label: string }[];
  questions: {
    text: string;
    category: string;
    tags: string[];
    source: string;
    score?: number;
    matched?: string[];
    recent?: boolean;
  }[];
}

const PLAN = `---
mentee: Alex
mentors: [Sam]
started: 2026-09-01
---
# Mentoring plan: Alex

## Goals

### G1: Review database migrations with confidence
- status: active

### G2: Speak at the guild
- status: achieved
`;

function bankJson(stdout: string): BankJson {
  return JSON.parse(stdout) as BankJson;
}

describe('cli: questions', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    makeRepo(dir);
    assert.equal(
      runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam', '--started', '2026-09-01'], dir)
        .status,
      0,
    );
    fs.writeFileSync(path.join(dir, 'mentoring', 'alex', 'plan.md'), PLAN);
  });
  afterEach(() => removeDir(dir));

  it('lists the built-in bank as markdown, a section for each category', () => {
    const r = runCli(['questions'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const lines = linesOf(r.stdout);
    assert.equal(lines[0], '## GROW: Goal');
    assert.equal(lines.filter((l) => l.startsWith('## ')).length, 19);
    assert.ok(lines.filter((l) => l.startsWith('- ')).length >= 150);
    assert.ok(lines.includes('## Reverse and peer mentoring'));
  });

  it('lists one category with --category, in json', () => {
    const r = runCli(['questions', '--category', 'career', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const bank = bankJson(r.stdout);
    assert.deepEqual(bank.categories, [{ id: 'career', label: 'Career' }]);
    assert.ok(bank.questions.length >= 10);
    assert.ok(bank.questions.every((q) => q.category === 'career' && q.source === 'built-in'));
    assert.equal(bank.questions[0].score, undefined);
  });

  it('refuses an unknown category with exit 2, naming the known ones', () => {
    const r = runCli(['questions', '--category', 'nope'], dir);
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      /unknown category "nope" \(known: grow-goal, .*reverse-peer, .*group-peer\)/,
    );
    assert.equal(runCli(['questions', 'extra'], dir).status, 2);
    assert.equal(runCli(['questions', '--format', 'xml'], dir).status, 2);
  });

  it("adds a team's bank from templates/questions and reports its closed questions on stderr", () => {
    const banks = path.join(dir, 'mentoring', 'templates', 'questions');
    fs.mkdirSync(banks, { recursive: true });
    fs.writeFileSync(
      path.join(banks, 'on-call.md'),
      '---\ntitle: On-call\n---\n- What did the last page teach you? #on-call\n- Did the handover work?\n',
    );
    const r = runCli(['questions', '--category', 'on-call', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const bank = bankJson(r.stdout);
    assert.deepEqual(bank.categories, [{ id: 'on-call', label: 'On-call' }]);
    assert.deepEqual(
      bank.questions.map((q) => [q.text, q.tags, q.source]),
      [
        [
          'What did the last page teach you?',
          ['on-call'],
          'mentoring/templates/questions/on-call.md',
        ],
        ['Did the handover work?', [], 'mentoring/templates/questions/on-call.md'],
      ],
    );
    assert.match(
      r.stderr,
      /^mentoring\/templates\/questions\/on-call\.md:5:1: hint closed-question: /m,
    );
  });

  it('ranks for a relationship by its active goals, the questions it already queued last', () => {
    assert.equal(
      runCli(['question', 'alex', 'How do you keep a database migration safe to roll back?'], dir)
        .status,
      0,
    );
    const r = runCli(['questions', '--for', 'alex', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    const { questions } = bankJson(r.stdout);
    assert.ok(questions[0].tags.includes('migration'), questions[0].text);
    assert.ok((questions[0].score ?? 0) > 0);
    assert.ok(questions[0].matched?.includes('#migration'));
    const last = questions.at(-1);
    assert.equal(last?.text, 'How do you keep a database migration safe to roll back?');
    assert.equal(last?.recent, true);
    assert.ok(!questions.some((q) => q.matched?.includes('guild')), 'achieved goals do not count');
  });

  it('prints the ranked list as markdown with what each question matched', () => {
    const r = runCli(['questions', '--for', 'alex', '--category', 'technical-growth'], dir);
    assert.equal(r.status, 0, r.stderr);
    const lines = linesOf(r.stdout);
    assert.equal(lines[0], '# Open questions for alex');
    assert.match(lines[1], /^- .* \(Technical growth\) \[matches .*#migration/);
  });

  it('refuses an unknown relationship with exit 2', () => {
    const r = runCli(['questions', '--for', 'bo'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no relationship "bo"/);
  });
});
