// Release tags, read from real repositories: lightweight and annotated tags whose names are
// versions, with the commit each points at; only tags on the mentee's commits in the range reach
// the history read, and a tag made after a cached read is still seen by the next one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeTopics } from '../../src/core/topics/computeTopics';
import { cachedReadHistory } from '../../src/git/historyCache';
import { readHistory, type HistoryRequest } from '../../src/git/readHistory';
import { readReleaseTags } from '../../src/git/readReleaseTags';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { ALEX, BO, HistoryRepo } from './historyRepos';
import type { LogRunner } from '../../src/git/logRunner';
import { streamGit } from '../../src/git/streamGit';

/** A LogRunner on `dir`, hardened as readHistory's. */
function gitLogRunner(dir: string): LogRunner {
  return (args, onStdout) => streamGit({ cwd: dir, args, onStdout });
}

const MARCH: HistoryRequest = { authors: [ALEX.email], since: '2026-03-01', until: '2026-03-31' };

describe('git: release tags', function () {
  this.timeout(60_000);
  let dir: string;
  let cacheDir: string;
  let restoreEnv: () => void;
  let repo: HistoryRepo;
  beforeEach(() => {
    dir = tempDir('mj-release-tags-');
    cacheDir = tempDir('mj-release-tags-cache-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
    repo.commit({
      author: BO,
      date: '2026-02-20T09:00:00Z',
      message: 'Base',
      files: { 'a.c': '0\n' },
    });
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
    removeDir(cacheDir);
  });

  it('reads lightweight and annotated version tags with the commit each points at', async () => {
    const first = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Release 1.0.0',
      files: { VERSION: '1.0.0\n' },
    });
    const second = repo.commit({
      author: ALEX,
      date: '2026-03-09T09:00:00Z',
      message: 'Prepare the changelog',
      files: { 'CHANGELOG.md': '# 1.1.0\n' },
    });
    repo.git('tag', 'v1.0.0', first);
    repo.git('tag', '-a', '-m', 'gcsfs 1.1.0', 'gcsfs/v1.1.0', second);
    repo.git('tag', 'before-rewrite', first);
    // A tag of a tree is no commit.
    repo.git('tag', 'v9.9.9', `${second}^{tree}`);
    const tags = await readReleaseTags(gitLogRunner(dir));
    assert.deepEqual(
      tags.map((t) => [
        t.name,
        t.version,
        t.sha === first ? 'first' : t.sha === second ? 'second' : 'other',
      ]),
      [
        ['gcsfs/v1.1.0', '1.1.0', 'second'],
        ['v1.0.0', '1.0.0', 'first'],
        ['v9.9.9', '9.9.9', 'other'],
      ],
    );
  });

  it('peels a tag of a tag to its commit, with one more read only when there is one', async () => {
    const bump = repo.commit({
      author: ALEX,
      date: '2026-03-05T09:00:00Z',
      message: 'Updates for 2.3.0',
      files: { 'CHANGELOG.md': '# 2.3.0\n' },
    });
    repo.git('tag', '-a', '-m', 'Release candidate', 'rc', bump);
    // Re-announced: an annotated tag of the annotated tag.
    repo.git('tag', '-a', '-m', 'Version 2.3.0', 'v2.3.0', 'rc');
    repo.git('tag', '-a', '-m', 'Version 2.3.1', 'v2.3.1', 'v2.3.0');
    const calls: string[][] = [];
    const tags = await readReleaseTags(gitLogRunner(dir), (args, onStdout, stdin) => {
      calls.push(args);
      return streamGit({ cwd: dir, args, onStdout, stdin });
    });
    assert.deepEqual(tags, [
      { name: 'v2.3.0', version: '2.3.0', sha: bump },
      { name: 'v2.3.1', version: '2.3.1', sha: bump },
    ]);
    assert.deepEqual(calls, [['cat-file', '--batch-check=%(objectname)']]);
    // Without such a tag, no second read.
    repo.git('tag', '-d', 'v2.3.0', 'v2.3.1');
    calls.length = 0;
    await readReleaseTags(gitLogRunner(dir), () => {
      calls.push(['called']);
      return Promise.resolve();
    });
    assert.deepEqual(calls, []);
    // And the history read hands the peeled tag on.
    repo.git('tag', '-a', '-m', 'Version 2.3.0', 'v2.3.0', 'rc');
    const data = await readHistory(dir, MARCH);
    assert.deepEqual(data.releaseTags, [{ name: 'v2.3.0', version: '2.3.0', sha: bump }]);
  });

  it('hands the history read the tags on the mentee’s commits in the range, and the topics a release', async () => {
    repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Add the parser',
      files: { 'parser.c': '1\n2\n' },
    });
    const bump = repo.commit({
      author: ALEX,
      date: '2026-03-05T09:00:00Z',
      message: 'Updates for 2.3.0',
      files: { 'CHANGELOG.md': '# 2.3.0\n', 'README.md': 'Install 2.3.0\n' },
    });
    const theirs = repo.commit({
      author: BO,
      date: '2026-03-06T09:00:00Z',
      message: 'Fix a typo',
      files: { 'a.c': '1\n' },
    });
    repo.git('tag', 'v2.3.0', bump);
    repo.git('tag', 'v2.3.1', theirs);
    const data = await readHistory(dir, MARCH);
    assert.deepEqual(data.releaseTags, [{ name: 'v2.3.0', version: '2.3.0', sha: bump }]);
    const now = Date.parse('2026-04-01T00:00:00Z') / 1000;
    const release = computeTopics(data, { now }).find((t) => t.evidence.commits.includes(bump));
    assert.equal(release?.title, 'Released 2.3.0');
  });

  it('ranks a commit carrying 50,000 version tags in seconds, not minutes', async () => {
    const bump = repo.commit({
      author: ALEX,
      date: '2026-03-05T09:00:00Z',
      message: 'Updates for 2.3.0',
      files: { 'CHANGELOG.md': '# 2.3.0\n' },
    });
    // Written straight into packed-refs (no "sorted" trait: git sorts them): 50,000 `git tag` runs
    // would take minutes. Grouping them by commit once copied the commit's list for every tag.
    const lines = ['# pack-refs with: peeled fully-peeled '];
    for (let i = 0; i < 50_000; i++) lines.push(`${bump} refs/tags/v${i}.0.0`);
    fs.writeFileSync(path.join(dir, '.git', 'packed-refs'), `${lines.join('\n')}\n`);
    const started = Date.now();
    const data = await readHistory(dir, MARCH);
    const now = Date.parse('2026-04-01T00:00:00Z') / 1000;
    const release = computeTopics(data, { now }).find((t) => t.evidence.commits.includes(bump));
    const took = Date.now() - started;
    assert.equal(data.releaseTags?.length, 50_000);
    assert.equal(release?.title, 'Released 49999.0.0, a major version');
    assert.ok(took < 5_000, `took ${took} ms`);
  });

  it('peels 50,000 refs to one tag of a tag in seconds, not minutes', async () => {
    const bump = repo.commit({
      author: ALEX,
      date: '2026-03-05T09:00:00Z',
      message: 'Updates for 2.3.0',
      files: { 'CHANGELOG.md': '# 2.3.0\n' },
    });
    repo.git('tag', '-a', '-m', 'Candidate', 'rc', bump);
    repo.git('tag', '-a', '-m', 'Version 2.3.0', 'v2.3.0', 'rc');
    const outer = repo.git('rev-parse', 'v2.3.0').trim();
    // Every ref names the same tag of a tag: the peel groups them by the inner tag.
    const lines = ['# pack-refs with: peeled fully-peeled '];
    for (let i = 0; i < 50_000; i++) lines.push(`${outer} refs/tags/v${i}.0.0`);
    fs.appendFileSync(path.join(dir, '.git', 'packed-refs'), `${lines.join('\n')}\n`);
    const started = Date.now();
    const tags = await readReleaseTags(gitLogRunner(dir), (args, onStdout, stdin) =>
      streamGit({ cwd: dir, args, onStdout, stdin }),
    );
    const took = Date.now() - started;
    assert.equal(tags.length, 50_001);
    assert.ok(tags.every((t) => t.sha === bump));
    assert.ok(took < 5_000, `took ${took} ms`);
  });

  it('sees a tag made after a cached read of the same tip', async () => {
    const bump = repo.commit({
      author: ALEX,
      date: '2026-03-05T09:00:00Z',
      message: 'Updates for 2.3.0',
      files: { 'CHANGELOG.md': '# 2.3.0\n' },
    });
    const cache = { dir: cacheDir, identity: 'github.com/acme/api' };
    const cold = await cachedReadHistory(dir, MARCH, {}, cache);
    assert.deepEqual(cold.data.releaseTags, []);
    repo.git('tag', '-a', '-m', 'Version 2.3.0', 'v2.3.0', bump);
    const warm = await cachedReadHistory(dir, MARCH, {}, cache);
    assert.equal(warm.cache, 'warm');
    assert.deepEqual(warm.data.releaseTags, [{ name: 'v2.3.0', version: '2.3.0', sha: bump }]);
  });

  it('keeps a tag on a merge the mentee made, and the topics make it a release', async () => {
    repo.git('checkout', '-q', '-b', 'fix');
    repo.commit({
      author: BO,
      date: '2026-03-03T09:00:00Z',
      message: 'Fix the parser',
      files: { 'parser.c': 'fixed\n' },
    });
    repo.git('checkout', '-q', 'main');
    const merge = repo.merge(
      'fix',
      '2026-03-04T09:00:00Z',
      ALEX,
      'Merge pull request #7 from bo/fix',
    );
    repo.git('tag', 'v1.4.1', merge);
    const data = await readHistory(dir, MARCH);
    assert.deepEqual(data.releaseTags, [{ name: 'v1.4.1', version: '1.4.1', sha: merge }]);
    const now = Date.parse('2026-04-01T00:00:00Z') / 1000;
    const release = computeTopics(data, { now }).find((t) => t.evidence.commits.includes(merge));
    assert.equal(release?.title, 'Released 1.4.1');
  });
});
