import * as assert from 'node:assert/strict';
import { dropActionItem, tickActionItem } from '../../src/workflows/actionItems';
import { addActionItem } from '../../src/workflows/addActionItem';
import { setGoalStatus } from '../../src/workflows/setGoalStatus';
import { FakeRecords, PLAN, session } from './fakePorts';

const FILE = 'alex/sessions/2026-11-09.md';
const text = session('2026-11-09', ['- [ ] @alex Write the ADR', '- [x] @sam Share the runbook']);
const lineOf = (part: string) => text.split('\n').findIndex((l) => l.includes(part)) + 1;

describe('workflows: action items and goal status', () => {
  it('ticks an open item and unticks a done one, changing one character each', async () => {
    const records = new FakeRecords({ [FILE]: text });
    assert.ok((await tickActionItem({ file: FILE, line: lineOf('ADR') }, { records })).ok);
    assert.ok((await tickActionItem({ file: FILE, line: lineOf('runbook') }, { records })).ok);
    const after = records.files.get(FILE)!;
    assert.equal(after.length, text.length);
    assert.deepEqual(
      [...after].flatMap((c, i) => (c === text[i] ? [] : [`${text[i]}>${c}`])),
      [' >x', 'x> '],
    );
  });

  it('sets the state asked for, whatever it was', async () => {
    const records = new FakeRecords({ [FILE]: text });
    assert.ok(
      (await tickActionItem({ file: FILE, line: lineOf('runbook'), done: true }, { records })).ok,
    );
    assert.equal(records.files.get(FILE), text);
  });

  it('refuses a line that is not an action item, leaving the file as it was', async () => {
    const records = new FakeRecords({ [FILE]: text });
    const outcome = await tickActionItem({ file: FILE, line: 2 }, { records });
    assert.ok(!outcome.ok);
    assert.equal(
      outcome.failure.message,
      `${FILE}:2 is not an action item under "## Action items".`,
    );
    assert.equal(records.files.get(FILE), text);
  });

  it('drops an item by striking it through at its home', async () => {
    const records = new FakeRecords({ [FILE]: text });
    assert.ok((await dropActionItem({ file: FILE, line: lineOf('ADR') }, { records })).ok);
    assert.match(records.files.get(FILE)!, /^- \[ \] ~~@alex Write the ADR~~$/m);
  });

  it("changes only a goal's status value, and refuses a file that is not a plan", async () => {
    const plan = `${PLAN}\n### G1: Review migrations\n- status: active\n`;
    const records = new FakeRecords({ 'alex/plan.md': plan });
    const outcome = await setGoalStatus(
      { plan: 'alex/plan.md', goalId: 'G1', status: 'achieved' },
      { records },
    );
    assert.ok(outcome.ok);
    assert.equal(
      records.files.get('alex/plan.md'),
      plan.replace('status: active', 'status: achieved'),
    );
    const notPlan = await setGoalStatus(
      { plan: FILE, goalId: 'G1', status: 'paused' },
      { records },
    );
    assert.ok(!notPlan.ok);
  });
});

describe('workflows: add action item', () => {
  it('appends the item under Action items with owner, due date and goal, and nothing else', async () => {
    const records = new FakeRecords({ [FILE]: text });
    const outcome = await addActionItem(
      {
        session: FILE,
        item: { text: 'Pair on the rota', owner: 'sam', due: '2026-11-30', goal: 'G1' },
      },
      { records },
    );
    assert.ok(outcome.ok);
    const after = records.files.get(FILE)!;
    const added = after.split('\n').filter((l) => !text.split('\n').includes(l));
    assert.deepEqual(added, ['- [ ] @sam Pair on the rota (due 2026-11-30) #G1']);
  });
});
