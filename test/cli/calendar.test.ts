import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, makeRepo, removeDir, runCli, tempDir } from '../support/cli';

describe('cli: calendar', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    makeRepo(dir);
    const init = runCli(
      ['init', '--mentee', 'Alex Rivera', '--mentor', 'Sam; Chen, Jr', '--cadence', 'weekly'],
      dir,
    );
    assert.equal(init.status, 0, init.stderr);
  });
  afterEach(() => removeDir(dir));

  it('writes the next sessions to --out with CRLF line ends and prints the path', () => {
    const r = runCli(['calendar', 'alex-rivera', '--count', '3', '--out', 'alex.ics'], dir);
    assert.deepEqual([r.status, r.stdout, r.stderr], [0, 'alex.ics\n', '']);
    const ics = fs.readFileSync(path.join(dir, 'alex.ics'), 'utf8');
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'a line ends without CR');
    assert.equal((ics.match(/^BEGIN:VEVENT\r$/gm) ?? []).length, 3);
    assert.match(ics, /^SUMMARY:Mentoring: Alex Rivera & Sam\\; Chen\\, Jr\r$/m);
    assert.match(ics, /^DTSTART;VALUE=DATE:\d{8}\r$/m);
  });

  it('prints the calendar line by line without --out, timed with --time', () => {
    const r = runCli(['calendar', 'alex-rivera', '--count', '1', '--time', '09:30'], dir);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.ok(lines.some((l) => /^DTSTART:\d{8}T093000$/.test(l)));
    assert.ok(lines.includes('DURATION:PT60M'));
  });

  it('never replaces a file unless --force, and refuses a bad count or time with exit 2', () => {
    fs.writeFileSync(path.join(dir, 'mine.ics'), 'keep');
    const kept = runCli(['calendar', 'alex-rivera', '--out', 'mine.ics'], dir);
    assert.equal(kept.status, 2);
    assert.match(kept.stderr, /mine\.ics already exists \(--force replaces it\)/);
    assert.equal(fs.readFileSync(path.join(dir, 'mine.ics'), 'utf8'), 'keep');
    const forced = runCli(['calendar', 'alex-rivera', '--out', 'mine.ics', '--force'], dir);
    assert.equal(forced.status, 0);
    assert.match(fs.readFileSync(path.join(dir, 'mine.ics'), 'utf8'), /^BEGIN:VCALENDAR/);
    for (const args of [
      ['--count', 'x'],
      ['--count', '0'],
      ['--time', '9am'],
    ]) {
      const r = runCli(['calendar', 'alex-rivera', ...args], dir);
      assert.equal(r.status, 2, args.join(' '));
    }
    assert.equal(runCli(['calendar', 'nobody'], dir).status, 2);
  });
});
