import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toIsoDate } from '../../src/core/dates';
import { ensureCliBuilt, removeDir, runCli, tempDir } from '../support/cli';

describe("cli: today (Open Today's Session's workflow)", function () {
  this.timeout(30_000);
  let dir: string;
  let sessions: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    sessions = path.join(dir, 'mentoring', 'alex', 'sessions');
    assert.equal(
      runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam Chen', '--started', '2026-09-01'], dir)
        .status,
      0,
    );
  });
  afterEach(() => removeDir(dir));

  // The CLI's today is the machine's: read it the way the CLI does (local date).
  const today = () => toIsoDate(new Date());

  it("creates today's log with the agenda, then prints the same file without writing again", () => {
    const first = runCli(['today', 'alex', '--no-git'], dir);
    assert.equal(first.status, 0, first.stderr);
    const day = today();
    assert.equal(first.stdout, `mentoring/alex/sessions/${day}.md\n`);
    const file = path.join(sessions, `${day}.md`);
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /^## Agenda$/m);
    const second = runCli(['today', 'alex', '--no-git'], dir);
    assert.deepEqual([second.status, second.stdout], [0, first.stdout]);
    assert.equal(fs.readFileSync(file, 'utf8'), text, 'the second run leaves the log as it was');
    assert.deepEqual(fs.readdirSync(sessions), [`${day}.md`]);
  });

  it("picks today's latest log that is not cancelled, never an earlier day's", () => {
    fs.mkdirSync(sessions, { recursive: true });
    const day = today();
    const log = (status: string) => `---\ndate: ${day}\nstatus: ${status}\n---\n\n## Agenda\n`;
    fs.writeFileSync(path.join(sessions, '2026-01-05.md'), log('held').replace(day, '2026-01-05'));
    fs.writeFileSync(path.join(sessions, `${day}.md`), log('held'));
    fs.writeFileSync(path.join(sessions, `${day}-2.md`), log('prepared'));
    fs.writeFileSync(path.join(sessions, `${day}-3.md`), log('cancelled'));
    const r = runCli(['today', 'alex', '--no-git'], dir);
    assert.deepEqual(
      [r.status, r.stdout, r.stderr],
      [0, `mentoring/alex/sessions/${day}-2.md\n`, ''],
    );
    assert.equal(fs.readdirSync(sessions).length, 4, 'nothing created');
  });

  it('creates a new log when the only one today is cancelled', () => {
    fs.mkdirSync(sessions, { recursive: true });
    const day = today();
    fs.writeFileSync(
      path.join(sessions, `${day}.md`),
      `---\ndate: ${day}\nstatus: cancelled\n---\n`,
    );
    const r = runCli(['today', 'alex', '--no-git'], dir);
    assert.deepEqual([r.status, r.stdout], [0, `mentoring/alex/sessions/${day}-2.md\n`]);
  });

  it('refuses an unknown relationship and an extra argument', () => {
    const unknown = runCli(['today', 'bo', '--no-git'], dir);
    assert.notEqual(unknown.status, 0);
    assert.match(unknown.stderr, /alex/);
    const extra = runCli(['today', 'alex', 'more'], dir);
    assert.equal(extra.status, 2);
    assert.match(extra.stderr, /unexpected argument "more"/);
  });
});
