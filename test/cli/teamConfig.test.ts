import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, git, makeRepo, removeDir, runCli, tempDir } from '../support/cli';

/** An open item in the first of three sessions: the agenda of 2026-11-23 carries it twice. */
function writeSessions(dir: string): void {
  const sessions = path.join(dir, 'mentoring', 'alex', 'sessions');
  const session = (date: string, items: string[] = []) =>
    `---\ndate: ${date}\n---\n# Session ${date}\n\n## Notes\n\n## Action items\n${items.join('\n')}\n`;
  fs.writeFileSync(
    path.join(sessions, '2026-11-02.md'),
    session('2026-11-02', ['- [ ] @alex Write the ADR']),
  );
  fs.writeFileSync(path.join(sessions, '2026-11-09.md'), session('2026-11-09'));
  fs.writeFileSync(path.join(sessions, '2026-11-16.md'), session('2026-11-16'));
}

const decideOf = (dir: string, extra: string[] = []) => {
  const r = runCli(
    ['agenda', 'alex', '--date', '2026-11-23', '--format', 'json', '--no-git', ...extra],
    dir,
  );
  assert.equal(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as { carriedActions: { decide: boolean }[] }).carriedActions[0]
    .decide;
};

describe('cli: the team config and learning topics in agendas', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    const init = runCli(
      ['init', '--mentee', 'Alex', '--mentor', 'Sam Chen', '--identity', 'alex@example.com'],
      dir,
    );
    assert.equal(init.status, 0, init.stderr);
    writeSessions(dir);
  });
  afterEach(() => removeDir(dir));

  it('takes agenda.maxCarries from <root>/config.yml, and --max-carries over it', () => {
    assert.equal(decideOf(dir), false, 'default 3');
    fs.writeFileSync(path.join(dir, 'mentoring', 'config.yml'), 'agenda:\n  maxCarries: 2\n');
    assert.equal(decideOf(dir), true, 'config.yml 2');
    assert.equal(decideOf(dir, ['--max-carries', '3']), false, 'the flag wins');
  });

  it('fills a new session with the agenda marked by the team carries limit', () => {
    fs.writeFileSync(path.join(dir, 'mentoring', 'config.yml'), 'agenda:\n  maxCarries: 2\n');
    const r = runCli(['new-session', 'alex', '--date', '2026-11-23', '--no-git'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const text = fs.readFileSync(
      path.join(dir, 'mentoring', 'alex', 'sessions', '2026-11-23.md'),
      'utf8',
    );
    assert.match(text, /Write the ADR.*\*\*decide:\*\*/);
  });

  it('warns about a bad value in config.yml, uses the default, and validate fails on it', () => {
    fs.writeFileSync(path.join(dir, 'mentoring', 'config.yml'), 'agenda:\n  maxCarries: many\n');
    const r = runCli(['agenda', 'alex', '--date', '2026-11-23', '--no-git'], dir);
    assert.equal(r.status, 0);
    assert.equal(
      r.stderr,
      'mentoring-journal agenda: mentoring/config.yml:2: agenda.maxCarries: must be a whole number of sessions, 1 or more; got "many". The default or your own setting applies.\n',
    );
    const v = runCli(['validate'], dir);
    assert.equal(v.status, 1);
    assert.match(v.stdout, /^mentoring\/config\.yml:2:3: error config-bad-value: /m);
  });

  it("puts the mentee's learning topics into a new session's agenda, and none with --no-git", () => {
    makeRepo(dir);
    fs.mkdirSync(path.join(dir, 'src', 'billing'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'src', 'billing', 'invoice.ts'),
      'export const a = 1;\n'.repeat(30),
    );
    git(dir, 'add', 'src');
    git(
      dir,
      '-c',
      'user.name=Alex',
      '-c',
      'user.email=alex@example.com',
      'commit',
      '-q',
      '--author',
      'Alex <alex@example.com>',
      '-m',
      'Add invoices',
    );
    const withTopics = runCli(['new-session', 'alex', '--date', '2026-11-23'], dir);
    assert.equal(withTopics.status, 0, withTopics.stderr);
    assert.equal(withTopics.stderr, '');
    const sessions = path.join(dir, 'mentoring', 'alex', 'sessions');
    const text = fs.readFileSync(path.join(sessions, '2026-11-23.md'), 'utf8');
    assert.match(text, /\n- Add invoices — .*\? \([0-9a-f]{7}\)\n/);
    assert.match(text, /^head: [0-9a-f]{40}$/m);
    const without = runCli(['new-session', 'alex', '--date', '2026-11-23', '--no-git'], dir);
    assert.equal(without.status, 0, without.stderr);
    const second = fs.readFileSync(path.join(sessions, '2026-11-23-2.md'), 'utf8');
    assert.doesNotMatch(second, /Add invoices/);
    assert.doesNotMatch(second, /^head:/m);
  });
});
