import * as assert from 'node:assert/strict';
import { exportCalendar, icsStamp } from '../../src/workflows/exportCalendar';
import { fakePorts, FakeRecords, PLAN, session } from './fakePorts';

const STAMP = '20261123T090000Z';
const uids = (text: string) => [...text.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
const starts = (text: string) => [...text.matchAll(/^DTSTART[^:]*:(.*)\r$/gm)].map((m) => m[1]);

describe('workflows: export calendar', () => {
  it('lists the next sessions by the cadence after the last held one, with stable UIDs', async () => {
    // Weekly, last held 2026-11-20: next due 2026-11-27 (today is 2026-11-23 in fakePorts).
    const records = new FakeRecords({
      'alex/plan.md': PLAN,
      'alex/sessions/2026-11-20.md': session('2026-11-20'),
    });
    const a = await exportCalendar({ slug: 'alex', count: 3, stamp: STAMP }, fakePorts(records));
    assert.ok(a.ok);
    assert.deepEqual(a.value.dates, ['2026-11-27', '2026-12-04', '2026-12-11']);
    assert.deepEqual(starts(a.value.text), ['20261127', '20261204', '20261211']);
    assert.equal(a.value.fileName, 'alex-sessions.ics');
    assert.match(a.value.text, /^SUMMARY:Mentoring: Alex Rivera & Sam Lee\r$/m);
    const b = await exportCalendar({ slug: 'alex', count: 2, stamp: STAMP }, fakePorts(records));
    assert.ok(b.ok);
    assert.deepEqual(uids(b.value.text), uids(a.value.text).slice(0, 2));
    assert.equal(uids(a.value.text)[0], '2026-11-27-alex@mentoring-journal');
  });

  it('starts today when the next session is overdue, and times events when asked', async () => {
    const records = new FakeRecords({
      'alex/plan.md': PLAN,
      'alex/sessions/2026-11-02.md': session('2026-11-02').replace(
        '---\n#',
        'duration: 45\n---\n#',
      ),
    });
    const r = await exportCalendar(
      { slug: 'alex', count: 2, time: '14:30', stamp: STAMP },
      fakePorts(records),
    );
    assert.ok(r.ok);
    assert.deepEqual(starts(r.value.text), ['20261123T143000', '20261130T143000']);
    assert.match(r.value.text, /^DURATION:PT45M\r$/m);
  });

  it('refuses a bad count or time, and a missing or unreadable plan (an unknown cadence fails the plan)', async () => {
    const records = new FakeRecords({
      'alex/plan.md': PLAN.replace('cadence: weekly', 'cadence: whenever'),
    });
    const ports = fakePorts(records);
    const kinds = await Promise.all([
      exportCalendar({ slug: 'alex', count: 0, stamp: STAMP }, ports),
      exportCalendar({ slug: 'alex', time: '25:00', stamp: STAMP }, ports),
      exportCalendar({ slug: 'nobody', stamp: STAMP }, ports),
      exportCalendar({ slug: 'alex', stamp: STAMP }, ports),
    ]);
    assert.deepEqual(
      kinds.map((k) => (k.ok ? 'ok' : k.failure.kind)),
      ['refused', 'refused', 'not-found', 'not-found'],
    );
  });

  it('stamps in UTC as iCalendar writes it', () => {
    assert.equal(icsStamp(new Date('2026-12-04T16:45:09.123Z')), '20261204T164509Z');
  });
});
