import * as assert from 'node:assert/strict';
import { RECORDS_GITIGNORE } from '../../src/core/templates/builtinTemplates';
import { addPrivateNote } from '../../src/workflows/privateNote';
import { fakePorts, FakeRecords, PLAN } from './fakePorts';

describe('workflows: private note', () => {
  it("creates private/<date>.md, then -2, and the records' .gitignore when there is none", async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const first = await addPrivateNote({ slug: 'alex' }, fakePorts(records));
    const second = await addPrivateNote({ slug: 'alex' }, fakePorts(records));
    assert.ok(first.ok && second.ok);
    assert.equal(first.value.file, 'alex/private/2026-11-23.md');
    assert.equal(second.value.file, 'alex/private/2026-11-23-2.md');
    assert.equal(records.files.get('.gitignore'), RECORDS_GITIGNORE);
    assert.equal(first.value.restoredRule, false);
  });

  it('puts the private rule back when someone removed it, and says so', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN, '.gitignore': '*.tmp\n' });
    const outcome = await addPrivateNote({ slug: 'alex', date: '2026-11-20' }, fakePorts(records));
    assert.ok(outcome.ok);
    assert.equal(outcome.value.restoredRule, true);
    assert.match(records.files.get('.gitignore')!, /^\*\.tmp\n[\s\S]*\*\/private\/$/m);
  });

  it('refuses an impossible date, writing nothing', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const outcome = await addPrivateNote({ slug: 'alex', date: '2026-13-01' }, fakePorts(records));
    assert.ok(!outcome.ok);
    assert.deepEqual([...records.files.keys()], ['alex/plan.md']);
  });
});
