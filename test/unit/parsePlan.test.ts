import * as assert from 'node:assert/strict';
import { parsePlan } from '../../src/core/records/plan';
import { fixtureText } from '../support/fixtures';

describe('unit: parsing plan.md', () => {
  const result = parsePlan('alex/plan.md', fixtureText('plan-full.md'));

  it('reads the front matter into the plan model', () => {
    const plan = result.plan;
    assert.ok(plan, 'plan is usable');
    assert.equal(plan.mentee, 'Alex Rivera');
    assert.deepEqual(plan.mentors, ['Sam Chen', 'Kim Lee']);
    assert.equal(plan.kind, 'one-to-one');
    assert.equal(plan.started, '2026-09-01');
    assert.equal(plan.review, '2027-03-01');
    assert.equal(plan.cadence, undefined, 'the misspelt key is not read as the cadence');
    assert.equal(plan.channel, 'video call, chat');
    assert.deepEqual(plan.identities, ['alex@example.com', 'Alex Rivera']);
  });

  it('names a likely typo of a known key in a hint, and keeps other unknown keys as hints', () => {
    const hints = result.problems.filter((p) => p.severity === 'hint');
    const typo = hints.find((p) => p.code === 'likely-typo');
    assert.ok(typo);
    assert.equal(typo.line, 8);
    assert.match(typo.message, /"cadance".*"cadence"/);
    const unknown = hints.find(
      (p) => p.code === 'unknown-key' && p.message.includes('team_colour'),
    );
    assert.ok(unknown);
    assert.equal(unknown.line, 13);
  });

  it('keeps unknown front-matter keys in the document data untouched', () => {
    assert.equal(result.doc.frontMatter?.data['team_colour'], 'teal');
    assert.equal(result.doc.frontMatter?.data['cadance'], 'weekly');
  });

  it('reads goals from the G<n> headings under ## Goals, with their metadata and lines', () => {
    const goals = result.plan?.goals ?? [];
    assert.deepEqual(
      goals.map((g) => [g.id, g.title, g.line, g.status, g.target]),
      [
        ['G1', 'Review database migrations with confidence', 22, 'active', '2027-01-31'],
        ['G3', 'Give a talk at the guild', 30, 'paused', '2027-02-15'],
      ],
    );
    assert.equal(goals[0].measure, 'Leads the review of three migrations without help');
    assert.deepEqual(goals[0].areas, ['db/migrations', 'src/db']);
    assert.equal(
      goals[0].meta.find((m) => m.key === 'status')?.value,
      'active',
      'the trailing comment is not part of the value',
    );
  });

  it('reports an unknown goal key as a hint naming the goal key it is close to, or as unknown', () => {
    const hint = result.problems.find((p) => p.line === 33);
    assert.ok(hint);
    assert.equal(hint.severity, 'hint');
    assert.match(hint.message, /confidence/);
  });

  it('warns about a level-3 heading under Goals that has no id, and does not read it as a goal', () => {
    const p = result.problems.find((x) => x.code === 'goal-without-id');
    assert.ok(p);
    assert.equal(p.line, 35);
    assert.equal(p.severity, 'warning');
  });

  it('keeps unknown sections as sections of the document', () => {
    assert.deepEqual(
      result.doc.sections.map((s) => s.name),
      ['Expectations', 'Goals', 'Reading list'],
    );
  });

  it('has no errors for a valid plan', () => {
    assert.deepEqual(
      result.problems.filter((p) => p.severity === 'error'),
      [],
    );
  });

  it('accepts "mentor: X" for the mentors', () => {
    const r = parsePlan('jo/plan.md', fixtureText('plan-mentor-singular.md'));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.plan?.mentors, ['Sam Chen']);
    assert.equal(r.plan?.kind, 'one-to-one', 'kind defaults to one-to-one');
  });

  it('requires mentee and started, each reported as a missing key', () => {
    const r = parsePlan('p.md', '---\nkind: peer\n---\n# Plan\n');
    assert.equal(r.plan, undefined);
    const codes = r.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.code}:${p.message}`);
    assert.ok(
      codes.some((c) => c.startsWith('missing-key') && c.includes('"mentee"')),
      codes.join('\n'),
    );
    assert.ok(
      codes.some((c) => c.startsWith('missing-key') && c.includes('"started"')),
      codes.join('\n'),
    );
  });

  it('requires at least one mentor, under either key', () => {
    const r = parsePlan('p.md', '---\nmentee: A\nstarted: 2026-01-01\nmentors: []\n---\n');
    assert.equal(r.plan, undefined);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].line, 4, 'on the mentors line');
    assert.match(r.problems[0].message, /at least one mentor/);
  });

  it('reports a wrong kind, cadence and goal status where they are written', () => {
    const text =
      '---\nmentee: A\nmentors: [B]\nstarted: 2026-01-01\nkind: buddies\ncadence: sometimes\n---\n## Goals\n### G1: x\n- status: finished\n- target: 2026-02-30\n';
    const r = parsePlan('p.md', text);
    const at = (line: number) =>
      r.problems.filter((p) => p.line === line).map((p) => `${p.severity} ${p.code}`);
    assert.deepEqual(at(5), ['error invalid-value']);
    assert.deepEqual(at(6), ['error invalid-value']);
    assert.deepEqual(at(10), ['warning invalid-status']);
    assert.deepEqual(at(11), ['error invalid-date']);
  });

  it('reports a goal id used twice as an error', () => {
    const r = parsePlan(
      'p.md',
      '---\nmentee: A\nmentors: [B]\nstarted: 2026-01-01\n---\n## Goals\n### G1: a\n### G1: b\n',
    );
    const dup = r.problems.find((p) => p.code === 'duplicate-goal');
    assert.ok(dup);
    assert.equal(dup.line, 8);
  });

  it('does not read goals from a level-3 heading outside ## Goals', () => {
    const r = parsePlan(
      'p.md',
      '---\nmentee: A\nmentors: [B]\nstarted: 2026-01-01\n---\n## Notes\n### G1: a\n## Goals\n### G2: b\n',
    );
    assert.deepEqual(
      r.plan?.goals.map((g) => g.id),
      ['G2'],
    );
  });
});
