// The agenda's suggested questions through the command line: `agenda` (json and markdown) and
// `new-session`, choosing from the built-in bank and the team's, each saying why it was chosen.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import { findSection } from '../../src/core/text/markdown';
import { readRecordDocument } from '../../src/core/records/recordDocument';
import { ensureCliBuilt, removeDir, runCli, tempDir } from '../support/cli';

const PLAN = `---
mentee: Alex
mentors: [Sam Chen]
started: 2026-09-01
cadence: weekly
---
# Mentoring plan: Alex

## Goals

### G1: Review migrations with confidence
- status: active
- target: 2026-12-01

### G2: Speak up in design reviews
- status: active
`;

/** The team's bank: one question that fits G1 better than any built-in one. */
const TEAM_BANK = `---
category: migrations
title: Migrations
---
- What would tell you a migration is safe to ship without asking anyone? #migration #review #confidence
`;

const TEAM_QUESTION = 'What would tell you a migration is safe to ship without asking anyone?';

interface Suggested {
  text: string;
  reason: string;
  for: { kind: string; id: string; title: string };
}

describe('cli: the suggested questions of an agenda', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    const init = runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam Chen'], dir);
    assert.equal(init.status, 0, init.stderr);
    fs.writeFileSync(path.join(dir, 'mentoring', 'alex', 'plan.md'), PLAN);
    fs.mkdirSync(path.join(dir, 'mentoring', 'templates', 'questions'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'mentoring', 'templates', 'questions', 'migrations.md'),
      TEAM_BANK,
    );
  });
  afterEach(() => removeDir(dir));

  const agendaJson = (): Suggested[] => {
    const r = runCli(['agenda', 'alex', '--date', '2026-11-23', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    return (JSON.parse(r.stdout) as { suggestedQuestions: Suggested[] }).suggestedQuestions;
  };

  it('suggests one open question per goal due for review in json, with the goal as the reason', () => {
    const suggested = agendaJson();
    assert.deepEqual(
      suggested.map((q) => [q.reason, q.for]),
      [
        [
          'goal G1 is due for review',
          { kind: 'goal', id: 'G1', title: 'Review migrations with confidence' },
        ],
        [
          'goal G2 is due for review',
          { kind: 'goal', id: 'G2', title: 'Speak up in design reviews' },
        ],
      ],
    );
    for (const q of suggested) assert.equal(checkQuestion(q.text), undefined, q.text);
    assert.notEqual(suggested[0].text, suggested[1].text);
  });

  it("chooses the team bank's question when it fits the goal best", () => {
    assert.equal(agendaJson()[0].text, TEAM_QUESTION);
  });

  it('does not suggest a question already queued for the relationship', () => {
    assert.equal(runCli(['question', 'alex', TEAM_QUESTION], dir).status, 0);
    const texts = agendaJson().map((q) => q.text);
    assert.equal(texts.length, 2);
    assert.ok(!texts.includes(TEAM_QUESTION), texts.join(' | '));
  });

  it('prints them under "Suggested questions" in markdown, each followed by its reason', () => {
    const r = runCli(['agenda', 'alex', '--date', '2026-11-23', '--format', 'md'], dir);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    const at = lines.indexOf('### Suggested questions');
    assert.ok(at >= 0, r.stdout);
    assert.equal(lines[at + 1], `- ${TEAM_QUESTION} (goal G1 is due for review)`);
    assert.match(lines[at + 2], /^- .+\? \(goal G2 is due for review\)$/);
  });

  it('writes them into the agenda of a new session log', () => {
    const r = runCli(['new-session', 'alex', '--date', '2026-11-23'], dir);
    assert.equal(r.status, 0, r.stderr);
    const file = path.join(dir, 'mentoring', 'alex', 'sessions', '2026-11-23.md');
    const text = fs.readFileSync(file, 'utf8');
    const doc = readRecordDocument(file, text, { frontMatter: 'required' });
    const agenda = findSection(doc.sections, 'Agenda');
    assert.ok(agenda, text);
    const body = doc.lines.slice(agenda.bodyFrom, agenda.bodyTo).map((l) => l.text);
    assert.ok(body.includes('### Suggested questions'), body.join('\n'));
    assert.ok(body.includes(`- ${TEAM_QUESTION} (goal G1 is due for review)`), body.join('\n'));
  });
});
