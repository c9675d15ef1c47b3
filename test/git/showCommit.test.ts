// showCommit (src/git/showCommit.ts): the read-only commit view, against real temporary
// repositories with fixed authors and dates (historyRepos.ts).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitError } from '../../src/git/gitError';
import { SHOW_COMMIT_CAP, showCommit } from '../../src/git/showCommit';
import { isolatedGitEnv, removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { ALEX, HistoryRepo } from './historyRepos';

/** Asserts that `promise` rejects with a GitError of `kind` whose message matches `message`. */
async function rejectsWith(promise: Promise<unknown>, kind: string, message: RegExp) {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof GitError, `expected a GitError, got ${String(e)}`);
    assert.equal(e.kind, kind, e.message);
    assert.match(e.message, message);
    return true;
  });
}

describe('git: showing a commit', function () {
  this.timeout(30_000);
  let dir: string;
  let repo: HistoryRepo;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-show-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('shows the header, message, stat and patch of a commit, also given a short id', async () => {
    repo.commit({ date: '2026-03-01T09:00:00Z', files: { 'src/app.ts': 'a\n' } });
    const sha = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Extend the app\n\nBecause we needed b.\n',
      files: { 'src/app.ts': 'a\nb\n' },
    });
    for (const id of [sha, sha.slice(0, 7)]) {
      const text = await showCommit(dir, id);
      assert.ok(text.startsWith(`commit ${sha}\n`), text);
      assert.match(text, /^Author: +Alex Rivera <alex@example\.com>$/m);
      assert.match(text, /^AuthorDate: .*2026/m);
      assert.match(text, /^ {4}Extend the app$/m);
      assert.match(text, /^ {4}Because we needed b\.$/m);
      assert.match(text, /^ src\/app\.ts \| 1 \+$/m);
      assert.match(text, /^diff --git a\/src\/app\.ts b\/src\/app\.ts$/m);
      assert.match(text, /^\+b$/m);
    }
  });

  it('refuses a blob or tree id: only commits are shown', async () => {
    repo.commit({ date: '2026-03-01T09:00:00Z', files: { 'secret.txt': 'not for the view\n' } });
    const blob = repo.git('rev-parse', 'HEAD:secret.txt').trim();
    const tree = repo.git('rev-parse', 'HEAD^{tree}').trim();
    for (const id of [blob, tree, blob.slice(0, 10)]) {
      await rejectsWith(showCommit(dir, id), 'failed', new RegExp(`${id} is not a commit`));
    }
    await rejectsWith(showCommit(dir, 'deadbeefdeadbeef'), 'failed', /is not a commit/);
  });

  it('refuses an id that is not hex without running git, so it is never read as an option', async () => {
    repo.commit({ date: '2026-03-01T09:00:00Z', files: { 'a.txt': 'a\n' } });
    for (const id of ['--output=hacked', 'HEAD', 'main', 'abc', `${'a'.repeat(40)}\n`]) {
      await rejectsWith(showCommit(dir, id), 'failed', /^not a commit id/);
    }
    assert.equal(fs.existsSync(path.join(dir, 'hacked')), false);
  });

  it('says a missing folder does not exist, rather than that git is missing', async () => {
    const sha = repo.commit({ date: '2026-03-01T09:00:00Z', files: { 'a.txt': 'a\n' } });
    const missing = path.join(dir, 'gone');
    await rejectsWith(showCommit(missing, sha), 'not-a-repo', /gone does not exist/);
  });

  it("runs none of the repository's diff programs, while plain git runs them", async () => {
    const marker = `${dir}-ran`;
    const script = (name: string) => {
      const file = path.join(dir, '.git', `evil-${name}.sh`);
      fs.writeFileSync(file, `#!/bin/sh\necho ${name} >> '${marker}'\nexit 1\n`, { mode: 0o755 });
      return file;
    };
    try {
      const sha = repo.commit({
        date: '2026-03-01T09:00:00Z',
        files: { '.gitattributes': '* diff=evil\n', 'a.txt': 'plain text\n' },
      });
      repo.git('config', 'diff.external', script('external'));
      repo.git('config', 'diff.evil.textconv', script('textconv'));
      repo.git('config', 'core.pager', script('pager'));
      repo.git('config', 'pager.show', script('pager'));
      const text = await showCommit(dir, sha);
      assert.match(text, /^\+plain text$/m);
      assert.equal(fs.existsSync(marker), false, 'showCommit ran a configured program');

      // The same repository makes plain git run them: the check above can fail.
      const plain = (...args: string[]) =>
        spawnSync('git', args, { cwd: dir, env: isolatedGitEnv(dir) });
      plain('show', '--ext-diff', sha);
      plain('show', '--no-ext-diff', sha);
      const ran = fs.readFileSync(marker, 'utf8').split('\n');
      assert.deepEqual([...new Set(ran)].filter((l) => l !== '').sort(), ['external', 'textconv']);
    } finally {
      fs.rmSync(marker, { force: true });
    }
  });

  it('cuts a commit over the cap and says so', async () => {
    const big = Array.from({ length: 80_000 }, (_, i) => `generated line ${i} of a large file`);
    const sha = repo.commit({
      date: '2026-03-01T09:00:00Z',
      files: { 'big.txt': `${big.join('\n')}\n` },
    });
    const text = await showCommit(dir, sha);
    const note = '\n… cut at 2 MB.\n';
    assert.ok(text.endsWith(note));
    assert.equal(text.length, SHOW_COMMIT_CAP + note.length);
    assert.ok(text.startsWith(`commit ${sha}\n`));
  });
});
