import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hardenedGit } from '../../src/git/hardenedGit';
import { readGitIdentity, readHead } from '../../src/git/readRepoFacts';
import { git, isolatedGitEnv, makeRepo, removeDir, tempDir } from '../support/cli';

/** simple-git passes our environment on to git: isolate it from the user's config for the suite. */
function isolateProcessEnv(home: string): () => void {
  const saved = { ...process.env };
  Object.assign(process.env, isolatedGitEnv(home));
  return () => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  };
}

describe('git: reading repository facts', function () {
  this.timeout(30_000);
  let dir: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-git-');
    restoreEnv = isolateProcessEnv(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  describe('readHead', () => {
    it('reads the commit HEAD points at, also from a subfolder', async () => {
      makeRepo(dir);
      fs.mkdirSync(path.join(dir, 'src', 'deep'), { recursive: true });
      const expected = git(dir, 'rev-parse', 'HEAD').trim();
      // Fixed author, committer and dates make the commit id the same on every run and machine.
      assert.equal(expected, '1ecf4cc00a662e1d2fb708203ddbb97c92a3edfe');
      assert.equal(await readHead(dir), expected);
      assert.equal(await readHead(path.join(dir, 'src', 'deep')), expected);
    });

    it('follows HEAD to a new commit', async () => {
      makeRepo(dir);
      fs.writeFileSync(path.join(dir, 'b.txt'), 'b\n');
      git(dir, 'add', 'b.txt');
      git(dir, 'commit', '-q', '-m', 'Second');
      const head = await readHead(dir);
      assert.equal(head, git(dir, 'rev-parse', 'HEAD').trim());
      assert.equal(
        git(dir, 'log', '-1', '--format=%an <%ae> %aI').trim(),
        'Test Author <author@example.com> 2026-11-23T10:00:00+00:00',
      );
    });

    it('reads a detached HEAD', async () => {
      makeRepo(dir);
      const first = git(dir, 'rev-parse', 'HEAD').trim();
      fs.writeFileSync(path.join(dir, 'b.txt'), 'b\n');
      git(dir, 'add', 'b.txt');
      git(dir, 'commit', '-q', '-m', 'Second');
      git(dir, 'checkout', '-q', '--detach', first);
      assert.equal(await readHead(dir), first);
    });

    it('gives undefined for a repository without commits and for a folder outside any repository', async () => {
      makeRepo(dir, { empty: true });
      assert.equal(await readHead(dir), undefined);
      const plain = tempDir('mj-plain-');
      try {
        assert.equal(await readHead(plain), undefined);
        assert.equal(await readHead(path.join(plain, 'does-not-exist')), undefined);
      } finally {
        removeDir(plain);
      }
    });
  });

  describe('readGitIdentity', () => {
    it("reads the repository's user.name and user.email", async () => {
      makeRepo(dir, { empty: true });
      assert.deepEqual(await readGitIdentity(dir), { name: 'Sam Chen', email: 'sam@example.com' });
    });

    it('gives undefined for what is not configured, or only blank', async () => {
      makeRepo(dir, { empty: true });
      git(dir, 'config', '--unset', 'user.name');
      git(dir, 'config', 'user.email', '   ');
      assert.deepEqual(await readGitIdentity(dir), { name: undefined, email: undefined });
    });

    it('gives no identity outside a repository when no global config exists', async () => {
      assert.deepEqual(await readGitIdentity(dir), { name: undefined, email: undefined });
    });
  });

  describe('a hostile repository', () => {
    let marker: string;
    beforeEach(() => {
      makeRepo(dir);
      marker = path.join(dir, '..', `${path.basename(dir)}-fsmonitor-ran`);
      const hook = path.join(dir, '.git', 'evil-fsmonitor.sh');
      // An fsmonitor hook that leaves a marker, then fails so git falls back to a normal scan.
      fs.writeFileSync(hook, `#!/bin/sh\necho ran >> '${marker}'\nexit 1\n`, { mode: 0o755 });
      git(dir, 'config', 'core.fsmonitor', hook);
    });
    afterEach(() => fs.rmSync(marker, { force: true }));

    it('does not run core.fsmonitor for our calls, while plain git status does', async () => {
      assert.match((await readHead(dir)) ?? '', /^[0-9a-f]{40}$/);
      assert.deepEqual(await readGitIdentity(dir), { name: 'Sam Chen', email: 'sam@example.com' });
      // status reads the work tree, which is what makes git consult the monitor.
      await hardenedGit(dir).status();
      assert.equal(fs.existsSync(marker), false, 'our git calls ran the fsmonitor command');
      git(dir, 'status', '--porcelain');
      assert.equal(
        fs.existsSync(marker),
        true,
        'plain git status should run the hook, proving the check can fail',
      );
    });
  });
});
