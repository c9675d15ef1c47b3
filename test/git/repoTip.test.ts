// One rev-parse per repository: its top, tip, shallowness and detachment, on real repositories.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRepoTip, repoTip } from '../../src/git/repoTip';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { HistoryRepo, runGitIn } from './historyRepos';

describe('git: the top, tip and HEAD of a repository in one rev-parse', function () {
  this.timeout(30_000);
  let dir: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = fs.realpathSync(tempDir('mj-tip-'));
    restoreEnv = isolateProcessEnv(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('reads a branch tip from a subfolder, with files named HEAD and -- in the work tree', async () => {
    const repo = HistoryRepo.init(dir);
    const tip = repo.commit({
      date: '2026-03-01T12:00:00Z',
      files: { HEAD: 'h\n', '--': 'x\n', 'sub/a': 'a\n' },
    });
    assert.deepEqual(await repoTip(path.join(dir, 'sub')), {
      top: dir,
      tip,
      shallow: false,
      detached: false,
    });
  });

  it('says a detached HEAD is detached', async () => {
    const repo = HistoryRepo.init(dir);
    const first = repo.commit({ date: '2026-03-01T12:00:00Z' });
    repo.commit({ date: '2026-03-02T12:00:00Z' });
    repo.git('checkout', '-q', '--detach', first);
    assert.deepEqual(await repoTip(dir), { top: dir, tip: first, shallow: false, detached: true });
  });

  it('gives a null tip for an empty repository and an unborn branch, leaving detachment unsaid', async () => {
    const repo = HistoryRepo.init(dir);
    assert.deepEqual(await repoTip(dir), { top: dir, tip: null, shallow: false });
    repo.commit({ date: '2026-03-01T12:00:00Z' });
    repo.git('checkout', '-q', '--orphan', 'fresh');
    assert.deepEqual(await repoTip(dir), { top: dir, tip: null, shallow: false });
    // The tags are printed before HEAD fails: still the same top.
    repo.git('tag', 'v1.0.0', 'main');
    assert.deepEqual(await repoTip(dir), { top: dir, tip: null, shallow: false });
  });

  it('reads a shallow clone, and a top folder whose path holds line breaks', async () => {
    const source = path.join(dir, 'source');
    fs.mkdirSync(source);
    const repo = HistoryRepo.init(source);
    repo.commit({ date: '2026-03-01T12:00:00Z' });
    const tip = repo.commit({ date: '2026-03-02T12:00:00Z' });
    runGitIn(dir, ['clone', '-q', '--depth', '1', `file://${source}`, 'odd\nname\n--']);
    const top = path.join(dir, 'odd\nname\n--');
    assert.deepEqual(await repoTip(top), { top, tip, shallow: true, detached: false });
  });

  it('gives a digest of the tags that changes when a tag is made or moved, HEAD staying', async () => {
    const repo = HistoryRepo.init(dir);
    const first = repo.commit({ date: '2026-03-01T12:00:00Z' });
    const tip = repo.commit({ date: '2026-03-02T12:00:00Z' });
    const untagged = await repoTip(dir);
    assert.deepEqual(untagged, { top: dir, tip, shallow: false, detached: false });
    repo.git('tag', 'v1.0.0', first);
    const one = await repoTip(dir);
    assert.equal(one?.tip, tip);
    assert.match(one?.tags ?? '', /^1:[0-9a-f]{16}$/);
    repo.git('tag', '-a', '-m', 'Version 1.1.0', 'v1.1.0', tip);
    const two = await repoTip(dir);
    assert.match(two?.tags ?? '', /^2:/);
    repo.git('tag', '-f', 'v1.0.0', tip);
    const moved = await repoTip(dir);
    assert.match(moved?.tags ?? '', /^2:/);
    assert.notEqual(moved?.tags, two?.tags);
    assert.deepEqual({ ...moved, tags: undefined }, { ...untagged, tags: undefined });
  });

  it("reads HEAD's own tip when a branch or a tag is also named HEAD", async () => {
    // rev-parse takes HEAD for .git/HEAD, but `--symbolic-full-name HEAD` calls it ambiguous
    // and prints nothing: the line before `--` is then the tip, not a ref name.
    const repo = HistoryRepo.init(dir);
    const first = repo.commit({ date: '2026-03-01T12:00:00Z' });
    const tip = repo.commit({ date: '2026-03-02T12:00:00Z' });
    repo.git('update-ref', 'refs/heads/HEAD', first);
    assert.deepEqual(await repoTip(dir), { top: dir, tip, shallow: false });
    repo.git('update-ref', 'refs/tags/HEAD', first);
    const tagged = await repoTip(dir);
    assert.deepEqual(
      { ...tagged, tags: undefined },
      { top: dir, tip, shallow: false, tags: undefined },
    );
    assert.match(tagged?.tags ?? '', /^1:[0-9a-f]{16}$/);
  });

  it('tells the tags from the top folder and the tip', () => {
    const sha = (c: string) => c.repeat(40);
    const out = (...lines: string[]) => [...lines, '--', ''].join('\n');
    const tagged = parseRepoTip(
      out('false', '/work/odd', '--', sha('c'), sha('d'), sha('b'), 'refs/heads/main'),
      false,
    );
    assert.deepEqual(
      { ...tagged, tags: undefined },
      {
        top: '/work/odd\n--',
        tip: sha('b'),
        shallow: false,
        detached: false,
        tags: undefined,
      },
    );
    assert.match(tagged?.tags ?? '', /^2:[0-9a-f]{16}$/);
    const untagged = parseRepoTip(out('false', '/x', sha('b'), 'HEAD'), false);
    assert.deepEqual(untagged, { top: '/x', tip: sha('b'), shallow: false, detached: true });
  });

  it('finds nothing outside a repository, in a missing folder, or in a git directory', async () => {
    assert.equal(await repoTip(dir), undefined);
    assert.equal(await repoTip(path.join(dir, 'missing')), undefined);
    HistoryRepo.init(dir).commit({ date: '2026-03-01T12:00:00Z' });
    assert.equal(await repoTip(path.join(dir, '.git')), undefined);
  });

  it('refuses output that is not the shape asked for', () => {
    const sha = 'a'.repeat(40);
    assert.equal(parseRepoTip(`false\n${sha}\nHEAD\n--\n`, false), undefined);
    assert.equal(parseRepoTip(`false\n/top\nnot-a-sha\nHEAD\n--\n`, false), undefined);
    assert.equal(parseRepoTip(`false\nrelative\n${sha}\nHEAD\n--\n`, false), undefined);
    assert.equal(parseRepoTip(`false\n/top\n${sha}\nrefs/heads/main\n`, false), undefined);
    assert.equal(parseRepoTip('', true), undefined);
  });
});
