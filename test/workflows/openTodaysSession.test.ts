import * as assert from 'node:assert/strict';
import { openTodaysSession } from '../../src/workflows/openTodaysSession';
import { fakePorts, FakeRecords, PLAN, session } from './fakePorts';

/** The fake clock's today is 2026-11-23 (fakePorts). */
const withStatus = (date: string, status: string) =>
  session(date).replace(`date: ${date}\n`, `date: ${date}\nstatus: ${status}\n`);

describe("workflows: open today's session", () => {
  it("creates today's log with the agenda when there is none, and gives it the second time", async () => {
    const records = new FakeRecords({
      'alex/plan.md': PLAN,
      'alex/sessions/2026-11-16.md': session('2026-11-16'),
    });
    const first = await openTodaysSession(
      { slug: 'alex', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(first.ok);
    assert.deepEqual(
      { file: first.value.file, created: first.value.created },
      { file: 'alex/sessions/2026-11-23.md', created: true },
    );
    assert.match(records.files.get('alex/sessions/2026-11-23.md')!, /## Agenda\n/);
    const before = new Map(records.files);
    const second = await openTodaysSession(
      { slug: 'alex', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(second.ok);
    assert.deepEqual(second.value, { file: 'alex/sessions/2026-11-23.md', created: false });
    assert.deepEqual(records.files, before, 'nothing written the second time');
  });

  it("gives today's latest log that is not cancelled", async () => {
    const records = new FakeRecords({
      'alex/plan.md': PLAN,
      'alex/sessions/2026-11-23.md': withStatus('2026-11-23', 'held'),
      'alex/sessions/2026-11-23-2.md': withStatus('2026-11-23', 'prepared'),
      'alex/sessions/2026-11-23-3.md': withStatus('2026-11-23', 'cancelled'),
    });
    const r = await openTodaysSession(
      { slug: 'alex', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(r.ok);
    assert.deepEqual(r.value, { file: 'alex/sessions/2026-11-23-2.md', created: false });
  });

  it('creates the next log of the day when the only one today is cancelled', async () => {
    const records = new FakeRecords({
      'alex/plan.md': PLAN,
      'alex/sessions/2026-11-23.md': withStatus('2026-11-23', 'cancelled'),
    });
    const r = await openTodaysSession(
      { slug: 'alex', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(r.ok);
    assert.deepEqual(
      { file: r.value.file, created: r.value.created },
      { file: 'alex/sessions/2026-11-23-2.md', created: true },
    );
  });
});
