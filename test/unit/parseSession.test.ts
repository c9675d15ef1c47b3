import * as assert from 'node:assert/strict';
import { durationMinutes, parseSession, sessionFileDate } from '../../src/core/records/session';
import { fixtureText } from '../support/fixtures';

describe('unit: parsing sessions', () => {
  const result = parseSession(
    'alex/sessions/2026-11-23.md',
    fixtureText('session-full.md'),
    '2026-11-23.md',
  );

  it('reads the front matter into the session model', () => {
    const s = result.session;
    assert.ok(s);
    assert.equal(s.date, '2026-11-23');
    assert.deepEqual(s.attendees, ['Alex Rivera', 'Sam Chen']);
    assert.equal(s.durationMinutes, 90);
    assert.deepEqual(s.goals, ['G1', 'G3']);
    assert.equal(s.head, '3f2c1a9e');
  });

  it('reads action items with owner, due date, goal, state and line', () => {
    const items = result.session?.actionItems ?? [];
    assert.deepEqual(
      items.map((i) => ({
        line: i.line,
        done: i.done,
        dropped: i.dropped,
        owner: i.owner,
        due: i.due,
        goal: i.goal,
      })),
      [
        { line: 23, done: false, dropped: false, owner: 'alex', due: '2026-11-30', goal: 'G1' },
        { line: 24, done: true, dropped: false, owner: 'sam', due: undefined, goal: undefined },
        { line: 25, done: true, dropped: false, owner: undefined, due: undefined, goal: 'G3' },
        { line: 26, done: false, dropped: true, owner: 'alex', due: undefined, goal: undefined },
        {
          line: 27,
          done: false,
          dropped: false,
          owner: undefined,
          due: '2026-02-30',
          goal: undefined,
        },
      ],
    );
    assert.equal(items[0].text, '@alex Draft the migration review checklist (due 2026-11-30) #G1');
  });

  it('ignores task lines inside a fenced code block and plain bullets', () => {
    const lines = (result.session?.actionItems ?? []).map((i) => i.line);
    assert.ok(!lines.includes(19));
    assert.ok(!lines.includes(28));
  });

  it('warns about an impossible due date at its column', () => {
    const p = result.problems.find((x) => x.line === 27);
    assert.ok(p);
    assert.equal(p.severity, 'warning');
    assert.equal(p.code, 'invalid-date');
    assert.equal(p.column, '- [ ] Book a room '.length + 1);
    assert.match(p.message, /2026-02-30 is not a real calendar date/);
  });

  it('keeps unknown sections and reports unknown keys as hints', () => {
    assert.deepEqual(
      result.doc.sections.map((s) => s.name),
      ['Agenda', 'Notes', 'Action items', 'Retro corner', 'Next time'],
    );
    const hint = result.problems.find((p) => p.code === 'unknown-key');
    assert.ok(hint);
    assert.equal(hint.line, 7);
    assert.equal(hint.severity, 'hint');
  });

  it('has no errors for a valid session', () => {
    assert.deepEqual(
      result.problems.filter((p) => p.severity === 'error'),
      [],
    );
  });

  it('warns on the date line when the date does not match the file name', () => {
    const r = parseSession('s.md', fixtureText('session-date-mismatch.md'), '2026-11-23.md');
    const p = r.problems.find((x) => x.code === 'date-mismatch');
    assert.ok(p);
    assert.equal(p.severity, 'warning');
    assert.equal(p.line, 2);
    assert.match(p.message, /2026-11-24.*2026-11-23/);
    assert.ok(r.session, 'a mismatch does not make the session unusable');
  });

  it('accepts a second session of the day named <date>-2.md', () => {
    const r = parseSession('s.md', '---\ndate: 2026-11-23\n---\n', '2026-11-23-2.md');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(sessionFileDate('2026-11-23-2.md'), { date: '2026-11-23', ordinal: 2 });
    assert.deepEqual(sessionFileDate('2026-11-23.md'), { date: '2026-11-23', ordinal: 1 });
    assert.equal(sessionFileDate('notes.md'), undefined);
  });

  it('warns when a session file name is not a date', () => {
    const r = parseSession('s.md', '---\ndate: 2026-11-23\n---\n', 'notes.md');
    assert.equal(r.problems[0]?.code, 'session-file-name');
  });

  it('reads durations written as 45, "45m", "1h", "1h30m" and "90 min", and rejects "soon"', () => {
    assert.equal(durationMinutes(45), 45);
    assert.equal(durationMinutes('45m'), 45);
    assert.equal(durationMinutes('1h'), 60);
    assert.equal(durationMinutes('1h30m'), 90);
    assert.equal(durationMinutes('90 min'), 90);
    assert.equal(durationMinutes('soon'), undefined);
    const r = parseSession('s.md', '---\ndate: 2026-11-23\nduration: soon\n---\n');
    assert.equal(r.problems[0]?.code, 'invalid-value');
    assert.equal(r.problems[0]?.line, 3);
  });

  it('requires the date, and reports an impossible one on its line', () => {
    assert.equal(
      parseSession('s.md', '---\nattendees: [A]\n---\n').problems[0]?.code,
      'missing-key',
    );
    const bad = parseSession('s.md', '---\nattendees: [A]\ndate: 2026-02-30\n---\n').problems[0];
    assert.equal(bad?.line, 3);
    assert.match(bad?.message ?? '', /not a real calendar date/);
  });

  it('matches section names case-insensitively', () => {
    const r = parseSession('s.md', '---\ndate: 2026-11-23\n---\n## ACTION ITEMS\n- [ ] x\n');
    assert.equal(r.session?.actionItems.length, 1);
  });
});
