import * as assert from 'node:assert/strict';
import { dueDateShortcuts, resolveDueDate } from '../../src/core/dueDate';

// 2026-11-23 is a Monday.
const ctx = { today: '2026-11-23', nextSession: '2026-12-07' };
const date = (input: string) => {
  const r = resolveDueDate(input, ctx);
  return r.ok ? r.date : `error: ${r.message}`;
};

describe('due-date shortcuts', () => {
  it('reads the shortcuts a person types, relative to today', () => {
    assert.equal(date('2026-12-01'), '2026-12-01');
    assert.equal(date('today'), '2026-11-23');
    assert.equal(date('Tomorrow'), '2026-11-24');
    assert.equal(date('next session'), '2026-12-07');
    assert.equal(date('next week'), '2026-11-30');
    assert.equal(date('next month'), '2026-12-23');
    assert.equal(date('in 2 weeks'), '2026-12-07');
    assert.equal(date('in 10 days'), '2026-12-03');
    assert.equal(date('2w'), '2026-12-07');
    assert.equal(date('+3d'), '2026-11-26');
    assert.equal(date('in 1 month'), '2026-12-23');
  });

  it('takes a weekday as the next one after today, never today itself', () => {
    assert.equal(date('friday'), '2026-11-27');
    assert.equal(date('next fri'), '2026-11-27');
    assert.equal(date('monday'), '2026-11-30');
  });

  it('means no due date for empty text', () => {
    assert.deepEqual(resolveDueDate('  ', ctx), { ok: true });
  });

  it('says what to type for text that is not a date, and for an impossible date', () => {
    assert.match(String(date('soonish')), /error: .*next session.*in 2 weeks/);
    assert.match(String(date('2026-02-30')), /error: .*not a real calendar date/);
    assert.match(
      String((() => { const r = resolveDueDate('next session', { today: '2026-11-23' }); return r.ok ? r.date : r.message; })()),
      /next session is not known/,
    );
  });

  it('offers shortcuts with the date each resolves to, and leaves out "next session" when it is unknown', () => {
    const all = dueDateShortcuts(ctx);
    assert.deepEqual(all[0], { label: 'next session', date: '2026-12-07' });
    assert.ok(!dueDateShortcuts({ today: '2026-11-23' }).some((s) => s.label === 'next session'));
  });
});
