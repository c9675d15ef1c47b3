import * as assert from 'node:assert/strict';
import { BUILTIN_REFLECTIONS } from '../../src/core/reflections/builtinReflections';
import type { Commit } from '../../src/core/topics/historyData';
import type { Topic } from '../../src/core/topics/topic';
import { addGoal } from '../../src/workflows/addGoal';
import { addReflection, FROM_COMMITS } from '../../src/workflows/addReflection';
import { setSessionStatus } from '../../src/workflows/setSessionStatus';
import { FakeRecords, PLAN, fakePorts, session } from './fakePorts';
import { addTopicToAgenda } from '../../src/workflows/addTopicToAgenda';

const FILE = 'alex/sessions/2026-11-23.md';
const clock = { today: () => '2026-11-23' };
const revert: Topic = {
  id: 'revert:abc1234',
  kind: 'revert',
  title: 'Reverted "Add the retry queue"',
  score: 1,
  question: 'What was going on?',
  evidence: { commits: ['abc1234'], files: [] },
};
const commits: Commit[] = [
  {
    sha: 'abc1234000000000000000000000000000000000',
    subject: 'Revert "Add the retry queue"',
    date: '2026-11-20',
    time: 1,
    parents: [],
    authorName: '',
    authorEmail: '',
    body: '',
    coAuthors: [],
    goalRefs: [],
    files: [],
  },
];

describe('workflows: reflections, session status and goals', () => {
  it('adds a template to the Reflection section and nothing else moves', async () => {
    const records = new FakeRecords({ [FILE]: session('2026-11-23') });
    const before = records.files.get(FILE)!;
    const r = await addReflection(
      { session: FILE, template: 'what-so-what-now-what', templates: BUILTIN_REFLECTIONS, grounded: false },
      { records, clock },
    );
    assert.ok(r.ok);
    const after = records.files.get(FILE)!;
    assert.match(after, /## Reflection\n[\s\S]*\*\*What\? So what\? Now what\?\*\* \(2026-11-23\)/);
    assert.ok(after.startsWith(before.slice(0, before.indexOf('## Action items'))));
  });

  it('names no commit in a shared log, and names it in a private note', async () => {
    const records = new FakeRecords({ [FILE]: session('2026-11-23') });
    const shared = await addReflection(
      { session: FILE, template: FROM_COMMITS, templates: [], topics: [revert], commits, grounded: false },
      { records, clock },
    );
    assert.ok(shared.ok);
    assert.doesNotMatch(shared.value.text, /abc1234/);
    const grounded = await addReflection(
      { session: FILE, template: FROM_COMMITS, templates: [], topics: [revert], commits, grounded: true, about: 'Alex' },
      { records, clock },
    );
    assert.ok(grounded.ok);
    assert.match(grounded.value.text, /Alex reverted abc1234/);
  });

  it('says what to do when there are no prompts yet, writing nothing', async () => {
    const records = new FakeRecords({ [FILE]: session('2026-11-23') });
    const before = records.files.get(FILE);
    const r = await addReflection(
      { session: FILE, template: FROM_COMMITS, templates: [], grounded: false },
      { records, clock },
    );
    assert.ok(!r.ok);
    assert.match(r.failure.message, /Surface Learning Topics/);
    assert.equal(records.files.get(FILE), before);
  });

  it('marks a session held or cancelled in its front matter, and refuses a file that is no session log', async () => {
    const records = new FakeRecords({ [FILE]: session('2026-11-23') });
    assert.ok((await setSessionStatus({ session: FILE, status: 'held' }, { records })).ok);
    assert.match(records.files.get(FILE)!, /^status: held$/m);
    assert.ok((await setSessionStatus({ session: FILE, status: 'cancelled' }, { records })).ok);
    assert.match(records.files.get(FILE)!, /^status: cancelled$/m);
    assert.equal(records.files.get(FILE)!.match(/^status:/gm)?.length, 1);
    assert.ok(!(await setSessionStatus({ session: 'alex/plan.md', status: 'held' }, { records })).ok);
  });

  it('adds a goal with the next id and a target shortcut resolved against today', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const r = await addGoal(
      { slug: 'alex', title: 'Lead a review', measure: 'Three reviews', target: 'in 2 weeks' },
      { records, clock },
    );
    assert.ok(r.ok);
    assert.equal(r.value.target, '2026-12-07');
    assert.match(records.files.get('alex/plan.md')!, new RegExp(`### ${r.value.id}: Lead a review`));
    const bad = await addGoal({ slug: 'alex', title: 'X', target: 'someday' }, { records, clock });
    assert.ok(!bad.ok);
    assert.match(bad.failure.message, /^Target: "someday" is not a date/);
  });
});

describe('workflows: add a topic to the agenda', () => {
  const topic: Topic = {
    id: 'new-area:billing',
    kind: 'new-area',
    title: 'First work in billing',
    score: 1,
    question: 'What helped you find your way around billing?',
    evidence: { commits: ['abc1234'], files: ['billing/a.ts'] },
  };

  it("creates today's log when there is none, adds the topic once, and says so the second time", async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const ports = fakePorts(records);
    const first = await addTopicToAgenda(
      { slug: 'alex', topic, newLogTopics: { from: 'given', topics: [] } },
      ports,
    );
    assert.ok(first.ok);
    assert.equal(first.value.file, 'alex/sessions/2026-11-23.md');
    assert.equal(first.value.added, true);
    const again = await addTopicToAgenda(
      { slug: 'alex', topic, newLogTopics: { from: 'given', topics: [] } },
      ports,
    );
    assert.ok(again.ok);
    assert.equal(again.value.added, false);
    const text = records.files.get('alex/sessions/2026-11-23.md')!;
    assert.equal(text.split('First work in billing').length - 1, 1);
  });

  it('prefers the upcoming log open in the editor, and never an earlier one', async () => {
    const records = new FakeRecords({
      'alex/plan.md': PLAN,
      'alex/sessions/2026-11-16.md': session('2026-11-16'),
      'alex/sessions/2026-11-30.md': session('2026-11-30'),
    });
    const r = await addTopicToAgenda(
      { slug: 'alex', topic, open: 'alex/sessions/2026-11-16.md', newLogTopics: { from: 'given', topics: [] } },
      fakePorts(records),
    );
    assert.ok(r.ok);
    assert.equal(r.value.file, 'alex/sessions/2026-11-30.md');
  });
});
