import * as assert from 'node:assert/strict';
import {
  sessionStamp,
  stampSessionTimesInText,
  toClockTime,
} from '../../src/core/edits/stampSessionTimes';
import { parseSession } from '../../src/core/records/session';
import { fixtureText } from '../support/fixtures';
import { applyOk, editsOf } from '../support/text';

const STAMP = { started: '14:00', ended: '14:45', minutes: 45 };

describe('unit: stampSessionTimes (End Session)', () => {
  it('adds started, ended, duration and status held as new lines before the closing fence', () => {
    const text = '---\ndate: 2026-11-23\n---\n# Session 2026-11-23\n\n## Notes\nkept\n';
    const after = applyOk(text, stampSessionTimesInText('s.md', text, STAMP));
    assert.equal(
      after,
      '---\ndate: 2026-11-23\nstarted: "14:00"\nended: "14:45"\nduration: 45\nstatus: held\n---\n# Session 2026-11-23\n\n## Notes\nkept\n',
    );
    const { session, problems } = parseSession('s.md', after, '2026-11-23.md');
    assert.deepEqual(problems, []);
    assert.equal(session?.started, '14:00');
    assert.equal(session?.ended, '14:45');
    assert.equal(session?.durationMinutes, 45);
    assert.equal(session?.status, 'held');
  });

  it('changes only the values of keys already there, keeping their comments and the order', () => {
    const text =
      '---\ndate: 2026-11-23\nstatus: prepared   # set by New Session Log\nduration: 1h # planned\nmood: calm\n---\nbody\n';
    const after = applyOk(text, stampSessionTimesInText('s.md', text, STAMP));
    assert.equal(
      after,
      '---\ndate: 2026-11-23\nstatus: held   # set by New Session Log\nduration: 45 # planned\nmood: calm\nstarted: "14:00"\nended: "14:45"\n---\nbody\n',
    );
  });

  it('touches only front-matter lines: every edit ends before the body starts', () => {
    const text = fixtureText('session-full.md');
    const bodyStart = text.indexOf('# Session');
    const edits = editsOf(stampSessionTimesInText('s.md', text, STAMP));
    assert.ok(edits.length > 0);
    for (const e of edits) assert.ok(e.end <= bodyStart, `edit at ${e.start}-${e.end} is in the front matter`);
    const after = applyOk(text, stampSessionTimesInText('s.md', text, STAMP));
    assert.equal(after.slice(after.indexOf('# Session')), text.slice(bodyStart));
    assert.match(after, /^attendees: \[Alex Rivera, Sam Chen\] {3}# optional$/m);
  });

  it('keeps CRLF line breaks on the lines it adds', () => {
    const text = '---\r\ndate: 2026-11-23\r\n---\r\nbody\r\n';
    const after = applyOk(text, stampSessionTimesInText('s.md', text, STAMP));
    assert.equal(
      after,
      '---\r\ndate: 2026-11-23\r\nstarted: "14:00"\r\nended: "14:45"\r\nduration: 45\r\nstatus: held\r\n---\r\nbody\r\n',
    );
  });

  it('restamps an earlier stamp in place, keeping its quote style', () => {
    const text = "---\ndate: 2026-11-23\nstarted: '09:00'\nended: \"09:30\"\nduration: 30\nstatus: held\n---\n";
    const after = applyOk(
      text,
      stampSessionTimesInText('s.md', text, { started: '10:05', ended: '11:10', minutes: 65 }),
    );
    assert.equal(
      after,
      "---\ndate: 2026-11-23\nstarted: '10:05'\nended: \"11:10\"\nduration: 65\nstatus: held\n---\n",
    );
  });

  it('refuses a log it cannot parse and one without front matter, changing nothing', () => {
    for (const text of [
      fixtureText('conflict-markers.md'),
      fixtureText('malformed-yaml.md'),
      '# Session without front matter\n',
    ]) {
      const result = stampSessionTimesInText('s.md', text, STAMP);
      assert.equal(result.ok, false, text.slice(0, 40));
    }
  });
});

describe('unit: sessionStamp', () => {
  it('gives local clock times and whole minutes between the two moments', () => {
    const start = new Date(2026, 10, 23, 14, 0, 10);
    const end = new Date(2026, 10, 23, 14, 44, 50);
    assert.deepEqual(sessionStamp(start, end), { started: '14:00', ended: '14:44', minutes: 45 });
  });

  it('counts the minutes across midnight from the moments, not the clock times', () => {
    const start = new Date(2026, 10, 23, 23, 40);
    const end = new Date(2026, 10, 24, 0, 25);
    assert.deepEqual(sessionStamp(start, end), { started: '23:40', ended: '00:25', minutes: 45 });
  });

  it('never writes a negative duration when the clock went back', () => {
    assert.equal(sessionStamp(new Date(2026, 0, 1, 10, 0), new Date(2026, 0, 1, 9, 0)).minutes, 0);
  });

  it('pads hours and minutes to two digits', () => {
    assert.equal(toClockTime(new Date(2026, 0, 1, 7, 5)), '07:05');
  });
});
