// `topics` hints at the mentee's other addresses, and `identities add` puts one in the plan:
// a real temporary repository with fixed authors and dates, the built CLI in a child process.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, removeDir, runCli, tempDir } from '../support/cli';
import { ALEX, HistoryRepo } from '../git/historyRepos';

const PLAN = [
  '---',
  'mentee: Alex Rivera',
  'mentors: [Sam Chen]',
  'started: 2026-01-01',
  '# the addresses Alex commits under',
  'identities: [alex@example.com]',
  '---',
  '# Mentoring plan: Alex Rivera',
  '',
].join('\n');

describe('cli: identity hints and identities add', function () {
  this.timeout(60_000);
  let dir: string;
  let planFile: string;

  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir('mj-cli-identities-');
    const repo = HistoryRepo.init(dir);
    for (let i = 1; i <= 3; i++) {
      repo.commit({
        author: { name: 'Álex Rivera', email: 'alex@old.example' },
        date: `2025-0${i}-02T10:00:00Z`,
        message: `Old ${i}`,
        files: { 'a.txt': `${i}\n` },
      });
    }
    repo.commit({
      author: ALEX,
      date: '2026-03-02T10:00:00Z',
      message: 'New',
      files: { 'a.txt': 'new\n' },
    });
    planFile = path.join(dir, 'mentoring', 'alex-rivera', 'plan.md');
    fs.mkdirSync(path.dirname(planFile), { recursive: true });
    fs.writeFileSync(planFile, PLAN);
  });
  afterEach(() => removeDir(dir));

  it('lists the other address in json and as a note with the command that adds it', () => {
    const json = runCli(
      [
        'topics',
        'alex-rivera',
        '--since',
        '2026-03-01',
        '--until',
        '2026-03-31',
        '--format',
        'json',
      ],
      dir,
    );
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual((JSON.parse(json.stdout) as { identityHints: unknown }).identityHints, [
      { name: 'Álex Rivera', email: 'alex@old.example', commits: 3 },
    ]);
    const text = runCli(
      [
        'topics',
        'alex-rivera',
        '--since',
        '2026-03-01',
        '--until',
        '2026-03-31',
        '--format',
        'text',
      ],
      dir,
    );
    assert.equal(text.status, 0, text.stderr);
    assert.ok(
      text.stdout.includes('Álex Rivera also commits as alex@old.example (3 commits)') &&
        text.stdout.includes('mentoring-journal identities add alex-rivera alex@old.example'),
      text.stdout,
    );
  });

  it('adds the address to the plan, changing only the identities value, and then no hint is left', () => {
    const r = runCli(['identities', 'add', 'alex-rivera', 'alex@old.example'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /identities: alex@example\.com, alex@old\.example/);
    assert.equal(
      fs.readFileSync(planFile, 'utf8'),
      PLAN.replace(
        'identities: [alex@example.com]',
        'identities: [alex@example.com, alex@old.example]',
      ),
    );
    const json = runCli(
      [
        'topics',
        'alex-rivera',
        '--since',
        '2026-03-01',
        '--until',
        '2026-03-31',
        '--format',
        'json',
      ],
      dir,
    );
    assert.deepEqual((JSON.parse(json.stdout) as { identityHints: unknown }).identityHints, []);
    const again = runCli(['identities', 'add', 'alex-rivera', 'ALEX@old.example'], dir);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /already matched/);
  });

  it('refuses an unknown action and a missing address, exit 2', () => {
    assert.equal(runCli(['identities', 'remove', 'alex-rivera', 'x@y'], dir).status, 2);
    assert.equal(runCli(['identities', 'add', 'alex-rivera'], dir).status, 2);
  });
});
