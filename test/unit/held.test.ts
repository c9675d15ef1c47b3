import * as assert from 'node:assert/strict';
import { buildAgenda } from '../../src/core/records/agenda';
import { listActions } from '../../src/core/records/actionList';
import { cadenceToday } from '../../src/core/records/cadence';
import { initialStatus, isHeld } from '../../src/core/records/held';
import { renderSession } from '../../src/core/records/newRecords';
import { readRelationship, type RelationshipRecords } from '../../src/core/records/relationship';
import { parseSession } from '../../src/core/records/session';
import { teamReport } from '../../src/core/reports/teamReport';
import { SESSION_TEMPLATE } from '../../src/core/templates/builtinTemplates';

const PLAN = ['---', 'mentee: Alex', 'mentors: [Sam]', 'started: 2026-01-01', 'cadence: weekly', '---', '# Plan', ''].join('\n');

function log(date: string, status?: string, items: string[] = []): string {
  return [
    '---',
    `date: ${date}`,
    ...(status ? [`status: ${status}`] : []),
    '---',
    `# Session ${date}`,
    '',
    '## Action items',
    ...items,
    '',
  ].join('\n');
}

function rel(files: Record<string, string>): RelationshipRecords {
  return readRelationship('alex', [
    { path: 'alex/plan.md', text: PLAN },
    ...Object.entries(files).map(([name, text]) => ({ path: `alex/sessions/${name}`, text })),
  ]);
}

describe('held sessions (RECORDS.md, "Held")', () => {
  it('counts a log as held by its status, or by a date before today unless cancelled', () => {
    const today = '2026-11-23';
    assert.equal(isHeld({ date: '2026-11-22' }, today), true);
    assert.equal(isHeld({ date: '2026-11-22', status: 'prepared' }, today), true);
    assert.equal(isHeld({ date: '2026-11-22', status: 'cancelled' }, today), false);
    assert.equal(isHeld({ date: today }, today), false);
    assert.equal(isHeld({ date: today, status: 'prepared' }, today), false);
    assert.equal(isHeld({ date: today, status: 'held' }, today), true);
    assert.equal(isHeld({ date: '2026-12-01', status: 'cancelled' }, today), false);
  });

  it('writes a new log for today or later as prepared, and an earlier one without a status', () => {
    assert.equal(initialStatus('2026-11-23', '2026-11-23'), 'prepared');
    assert.equal(initialStatus('2026-11-30', '2026-11-23'), 'prepared');
    assert.equal(initialStatus('2026-11-20', '2026-11-23'), undefined);
    const r = renderSession(SESSION_TEMPLATE, { date: '2026-11-23', status: 'prepared' });
    assert.ok(r.ok);
    assert.equal(parseSession('s.md', r.text).session?.status, 'prepared');
    const past = renderSession(SESSION_TEMPLATE, { date: '2026-11-20' });
    assert.ok(past.ok);
    assert.doesNotMatch(past.text, /^status:/m);
  });

  it('adds the status line to a team template that has none, keeping the rest of its bytes', () => {
    const template = '---\ndate: {{date}}\n# our own comment\n---\n# Our session {{date}}\n';
    const r = renderSession(template, { date: '2026-11-23', status: 'prepared' });
    assert.ok(r.ok);
    assert.equal(r.text, '---\ndate: 2026-11-23\n# our own comment\nstatus: prepared\n---\n# Our session 2026-11-23\n');
  });

  it('reports a status that is not prepared, held or cancelled, at its line', () => {
    const problems = parseSession('s.md', log('2026-11-20', 'done')).problems;
    const p = problems.find((x) => x.severity === 'error');
    assert.ok(p, 'an error for status: done');
    assert.equal(p.line, 3);
    assert.match(p.message, /prepared, held, cancelled/);
  });

  it('does not count a log prepared for today as "met today", and says it is prepared', () => {
    const r = rel({ '2026-11-16.md': log('2026-11-16'), '2026-11-23.md': log('2026-11-23', 'prepared') });
    const c = cadenceToday(r.sessions, 'weekly', '2026-11-23');
    assert.equal(c.last, '2026-11-16');
    assert.equal(c.preparedToday, true);
    assert.equal(c.daysSinceLast, 7);
    const held = rel({ '2026-11-16.md': log('2026-11-16'), '2026-11-23.md': log('2026-11-23', 'held') });
    const h = cadenceToday(held.sessions, 'weekly', '2026-11-23');
    assert.equal(h.last, '2026-11-23');
    assert.equal(h.preparedToday, false);
  });

  it('gives one carried count for an item in the agenda and in the action list, whatever is prepared or cancelled', () => {
    const r = rel({
      '2026-11-02.md': log('2026-11-02', undefined, ['- [ ] @alex Write the checklist']),
      '2026-11-09.md': log('2026-11-09'),
      '2026-11-16.md': log('2026-11-16', 'cancelled'),
      '2026-11-23.md': log('2026-11-23', 'prepared'),
    });
    const today = '2026-11-23';
    const agenda = buildAgenda(r, today, { today });
    const listed = listActions(r, today).find((a) => a.text.includes('checklist'));
    assert.equal(agenda.carriedActions[0].carried, 1);
    assert.equal(listed?.carried, 1);
    // The cadence of the agenda counts the held session on the 9th, not the cancelled 16th.
    assert.equal(agenda.cadence.last, '2026-11-09');
  });

  it('leaves prepared and cancelled logs out of the team report counts', () => {
    const r = rel({
      '2026-11-09.md': log('2026-11-09'),
      '2026-11-16.md': log('2026-11-16', 'cancelled'),
      '2026-11-23.md': log('2026-11-23', 'prepared'),
    });
    const report = teamReport([r], { today: '2026-11-23' });
    assert.equal(report.relationships[0].sessionsPerMonth.reduce((a, b) => a + b, 0), 1);
  });
});
