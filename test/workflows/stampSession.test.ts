import * as assert from 'node:assert/strict';
import { stampSession } from '../../src/workflows/stampSession';
import { FakeRecords, session } from './fakePorts';

const FILE = 'alex/sessions/2026-11-23.md';
const stamp = { started: '14:00', ended: '14:45', minutes: 45 };

describe('workflows: stamp a timed session (End Session)', () => {
  it('writes started, ended, duration and held into the log, and only there', async () => {
    const records = new FakeRecords({ [FILE]: session('2026-11-23', ['- [ ] @alex Read']) });
    const before = records.files.get(FILE)!;
    const r = await stampSession({ session: FILE, stamp }, { records });
    assert.ok(r.ok);
    const after = records.files.get(FILE)!;
    for (const line of ['started: "14:00"', 'ended: "14:45"', 'duration: 45', 'status: held'])
      assert.match(after, new RegExp(`^${line}$`, 'm'));
    const body = (t: string) => t.slice(t.indexOf('\n---', 3));
    assert.equal(body(after), body(before));
  });

  it('refuses a file that is not a session log, and a log it cannot parse, leaving both as they were', async () => {
    const broken = '---\ndate: [2026-11-23\n---\n# Session\n';
    const records = new FakeRecords({ 'alex/plan.md': '---\nmentee: A\n---\n', [FILE]: broken });
    const notLog = await stampSession({ session: 'alex/plan.md', stamp }, { records });
    assert.ok(!notLog.ok);
    assert.match(notLog.failure.message, /not a session log/);
    const unparsable = await stampSession({ session: FILE, stamp }, { records });
    assert.ok(!unparsable.ok);
    assert.equal(records.files.get(FILE), broken);
  });
});
