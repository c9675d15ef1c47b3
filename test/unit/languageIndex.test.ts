import * as assert from 'node:assert/strict';
import { nearGoals, referencesTo, unknownReferences } from '../../src/core/language/languageIndex';
import { renameReference } from '../../src/core/language/renameReference';
import { RecordsModel } from '../../src/core/records/recordsModel';
import { applyEdits } from '../../src/core/text/textEdit';

const PLAN = [
  '---',
  'mentee: Alex Rivera',
  'mentors: [Sam Chen]',
  'started: 2026-09-01',
  'handles:',
  '  lex: Alex Rivera',
  '---',
  '# Mentoring plan: Alex Rivera',
  '',
  '## Goals',
  '',
  '### G1: Review migrations',
  '- status: active',
  '- target: 2027-01-31',
  '',
  '### G3: Lead a design review',
  '- status: paused',
  '',
].join('\n');

const session = (date: string, body: string, goals = '') =>
  `---\ndate: ${date}\n${goals}---\n# Session ${date}\n\n## Action items\n${body}\n`;

function model(): RecordsModel {
  const m = new RecordsModel();
  m.set('alex/plan.md', PLAN, 'disk:1');
  m.set('alex/sessions/2026-11-02.md', session('2026-11-02', '- [ ] @lex read #G1', 'goals: [G3]\n'), 'disk:1');
  m.set('alex/sessions/2026-11-16.md', session('2026-11-16', '- [ ] @sam @dba-oncall #G1 #G7'), 'disk:1');
  m.set('alex/questions.md', '# Questions for next time\n- [ ] Why? (added 2026-11-20 by @lex)\n', 'disk:1');
  return m;
}

describe('the language index of a relationship', () => {
  it('knows goals with title, status, target, line and the last session that named them', () => {
    const idx = model().index('alex');
    assert.deepEqual(idx.goals.get('G1'), {
      id: 'G1',
      title: 'Review migrations',
      status: 'active',
      target: '2027-01-31',
      line: 12,
      lastSession: { file: 'alex/sessions/2026-11-16.md', date: '2026-11-16' },
    });
    // Named only in the front matter's goals: list.
    assert.equal(idx.goals.get('G3')?.lastSession?.date, '2026-11-02');
  });

  it("knows people by the plan's handles: first, then by first name", () => {
    const idx = model().index('alex');
    assert.deepEqual(
      idx.people.map((p) => `${p.handle}=${p.name}/${p.role}`),
      ['lex=Alex Rivera/mentee', 'alex=Alex Rivera/mentee', 'sam=Sam Chen/mentor'],
    );
  });

  it('finds every mention of a goal across sessions and the plan, the definition included', () => {
    const found = referencesTo(model().index('alex'), 'goal', 'G1').map((l) => `${l.file}:${l.ref.line}`);
    assert.deepEqual(found.sort(), [
      'alex/plan.md:12',
      'alex/sessions/2026-11-02.md:8',
      'alex/sessions/2026-11-16.md:7',
    ]);
  });

  it('reports an unknown goal and an owner who is no person, and nothing while the plan is unreadable', () => {
    const m = model();
    const unknown = unknownReferences(m.index('alex'), 'alex/sessions/2026-11-16.md');
    assert.deepEqual(unknown.map((r) => `${r.kind}:${r.name}`), ['handle:dba-oncall', 'goal:G7']);
    assert.deepEqual(nearGoals(m.index('alex'), 'G7').map((g) => g.id), ['G3', 'G1']);
    m.set('alex/plan.md', '---\nmentee: [\n---\n', 'doc:2');
    assert.deepEqual(unknownReferences(m.index('alex'), 'alex/sessions/2026-11-16.md'), []);
  });
});

describe('renaming a goal id or a handle', () => {
  it('changes only the id bytes of every reference, heading and goals: list', () => {
    const m = model();
    const plan = renameReference(m.index('alex'), 'goal', 'G1', '#G4');
    assert.ok(plan.ok);
    const after = (file: string) => applyEdits(m.get(file)!.text, plan.edits.get(file) ?? []);
    assert.equal(after('alex/plan.md'), PLAN.replace('### G1:', '### G4:'));
    assert.equal(
      after('alex/sessions/2026-11-16.md'),
      m.get('alex/sessions/2026-11-16.md')!.text.replace('#G1', '#G4'),
    );
    assert.equal(plan.edits.has('alex/questions.md'), false);
    const g3 = renameReference(m.index('alex'), 'goal', 'G3', 'G5');
    assert.ok(g3.ok);
    assert.match(applyEdits(m.get('alex/sessions/2026-11-02.md')!.text, g3.edits.get('alex/sessions/2026-11-02.md')!), /goals: \[G5\]/);
  });

  it('refuses a malformed goal id and one that is already a goal', () => {
    const idx = model().index('alex');
    for (const bad of ['G', 'G0', 'g 2', 'Goal2', 'G2x', '#'])
      assert.equal(renameReference(idx, 'goal', 'G1', bad).ok, false, bad);
    const clash = renameReference(idx, 'goal', 'G1', 'G3');
    assert.ok(!clash.ok);
    assert.match(clash.reason, /already a goal/);
  });

  it("renames a handle in text and the plan's handles: key, and refuses a clash or a malformed one", () => {
    const m = model();
    const plan = renameReference(m.index('alex'), 'handle', 'lex', '@ari');
    assert.ok(plan.ok);
    assert.equal(
      applyEdits(m.get('alex/questions.md')!.text, plan.edits.get('alex/questions.md')!),
      '# Questions for next time\n- [ ] Why? (added 2026-11-20 by @ari)\n',
    );
    assert.match(applyEdits(PLAN, plan.edits.get('alex/plan.md')!), /\n {2}ari: Alex Rivera\n/);
    assert.equal(renameReference(m.index('alex'), 'handle', 'lex', 'sam').ok, false);
    assert.equal(renameReference(m.index('alex'), 'handle', 'lex', 'a b').ok, false);
    assert.equal(renameReference(m.index('alex'), 'handle', 'lex', 'ari.').ok, false);
  });
});

describe('the records model', () => {
  it('re-parses only the changed file and rebuilds its relationship from kept parses', () => {
    const m = model();
    const before = m.relationship('alex');
    const plan = m.get('alex/plan.md')!.parsed;
    assert.equal(m.set('alex/sessions/2026-11-16.md', m.get('alex/sessions/2026-11-16.md')!.text, 'disk:2'), false);
    assert.equal(m.relationship('alex'), before, 'an unchanged text keeps the built model');
    assert.equal(m.set('alex/sessions/2026-11-30.md', session('2026-11-30', '- [ ] @sam #G3'), 'doc:1'), true);
    const after = m.relationship('alex');
    assert.notEqual(after, before);
    assert.equal(m.get('alex/plan.md')!.parsed, plan, 'the plan was not parsed again');
    assert.deepEqual(after.sessions.map((s) => s.date), ['2026-11-02', '2026-11-16', '2026-11-30']);
    assert.equal(m.index('alex').goals.get('G3')?.lastSession?.date, '2026-11-30');
  });

  it('forgets deleted files and folders', () => {
    const m = model();
    m.delete('alex/sessions/2026-11-16.md');
    assert.deepEqual(m.relationship('alex').sessions.map((s) => s.date), ['2026-11-02']);
    m.deleteUnder('alex/sessions');
    assert.deepEqual(m.relationship('alex').sessions, []);
    assert.equal(m.relationship('alex').plan?.mentee, 'Alex Rivera');
  });
});
