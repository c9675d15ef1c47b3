import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, git, linesOf, makeRepo, removeDir, runCli, tempDir } from '../support/cli';

describe('cli: install-hook', function () {
  this.timeout(30_000);
  let dir: string;
  let hook: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    makeRepo(dir);
    hook = path.join(dir, '.git', 'hooks', 'pre-commit');
  });
  afterEach(() => removeDir(dir));

  it('installs the guard, which runs validate --staged without npx, and says where', () => {
    const r = runCli(['install-hook'], dir);
    assert.deepEqual([r.status, r.stderr], [0, '']);
    assert.deepEqual(linesOf(r.stdout), [
      'Installed the pre-commit guard: .git/hooks/pre-commit',
      'Records roots guarded: mentoring',
    ]);
    const text = fs.readFileSync(hook, 'utf8');
    assert.match(text, /^# mentoring-journal pre-commit guard$/m);
    assert.match(text, /validate --staged --root 'mentoring' \|\| exit 1$/m);
    assert.doesNotMatch(text, /npx/);
  });

  it('says so when installing again', () => {
    assert.equal(runCli(['install-hook'], dir).status, 0);
    const r = runCli(['install-hook'], dir);
    assert.equal(r.status, 0);
    assert.match(
      r.stdout,
      /^Pre-commit guard already installed, brought up to date: \.git\/hooks\/pre-commit$/m,
    );
  });

  it('keeps an existing hook, runs it first, and tells the user', () => {
    fs.mkdirSync(path.dirname(hook), { recursive: true });
    fs.writeFileSync(hook, '#!/bin/sh\necho team\n', { mode: 0o755 });
    const r = runCli(['install-hook'], dir);
    assert.equal(r.status, 0);
    assert.deepEqual(linesOf(r.stdout), [
      'Installed the pre-commit guard: .git/hooks/pre-commit',
      'Records roots guarded: mentoring',
      'Your existing pre-commit hook is kept at .git/hooks/pre-commit.before-mentoring-journal and runs first; the guard runs after it.',
    ]);
    assert.equal(
      fs.readFileSync(path.join(dir, '.git/hooks/pre-commit.before-mentoring-journal'), 'utf8'),
      '#!/bin/sh\necho team\n',
    );
  });

  it('uses --command when given, and adds a second --root to the roots already guarded', () => {
    assert.equal(runCli(['install-hook', '--command', 'node tools/guard.js'], dir).status, 0);
    assert.match(fs.readFileSync(hook, 'utf8'), /^\( node tools\/guard\.js \) \|\| exit \$\?$/m);
    const r = runCli(['--root', 'team-notes', 'install-hook'], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Records roots guarded: mentoring, team-notes$/m);
    const text = fs.readFileSync(hook, 'utf8');
    assert.match(text, /validate --staged --root 'mentoring' \|\| exit 1$/m);
    assert.match(text, /validate --staged --root 'team-notes' \|\| exit 1$/m);
  });

  it('honours core.hooksPath', () => {
    git(dir, 'config', 'core.hooksPath', '.husky');
    const r = runCli(['install-hook'], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /: \.husky\/pre-commit$/m);
    assert.ok(fs.existsSync(path.join(dir, '.husky', 'pre-commit')));
  });

  it('exits 2 with one line outside a git repository, and for an empty --command', () => {
    const plain = tempDir();
    try {
      const r = runCli(['install-hook'], plain);
      assert.equal(r.status, 2);
      assert.equal(linesOf(r.stderr).length, 1);
      assert.match(r.stderr, /^mentoring-journal install-hook: .*not inside a git repository/);
    } finally {
      removeDir(plain);
    }
    assert.equal(runCli(['install-hook', '--command', ' '], dir).status, 2);
  });

  it('is listed in --help', () => {
    assert.match(
      runCli(['--help'], dir).stdout,
      /^ {2}install-hook +install the pre-commit guard$/m,
    );
  });
});
