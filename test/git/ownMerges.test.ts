// The mentee's own merges on HEAD's first-parent line in the range, from real repositories:
// whose work each merged (the merged tip's author), the mentee's own branches told apart, and
// merges by others, off the first-parent line or outside the range left out; the history cache
// keeps them for warm and incremental reads.
import * as assert from 'node:assert/strict';
import { cachedReadHistory } from '../../src/git/historyCache';
import { readHistory, type HistoryRequest } from '../../src/git/readHistory';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { ALEX, BO, CY, HistoryRepo, type Person } from './historyRepos';

const MARCH: HistoryRequest = { authors: [ALEX.email], since: '2026-03-01', until: '2026-03-31' };

/** A branch `name` off main with one commit by `by`, then back on main. */
function branchWork(repo: HistoryRepo, name: string, by: Person, date: string) {
  repo.git('checkout', '-q', '-b', name, 'main');
  repo.commit({ author: by, date, message: `Work on ${name}`, files: { [`${name}.c`]: '1\n' } });
  repo.git('checkout', '-q', 'main');
}

describe('git: the mentee’s own merges', function () {
  this.timeout(60_000);
  let dir: string;
  let cacheDir: string;
  let restoreEnv: () => void;
  let repo: HistoryRepo;
  beforeEach(() => {
    dir = tempDir('mj-own-merges-');
    cacheDir = tempDir('mj-own-merges-cache-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
    repo.commit({ author: BO, date: '2026-02-20T09:00:00Z', message: 'Base', files: { 'a.c': '0\n' } });
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
    removeDir(cacheDir);
  });

  it('lists the mentee’s first-parent merges in the range with whose tip each merged, newest first', async () => {
    // Before the range: not listed.
    branchWork(repo, 'early', BO, '2026-02-25T09:00:00Z');
    repo.merge('early', '2026-02-26T09:00:00Z', ALEX, 'Merge pull request #1 from bo/early');
    branchWork(repo, 'fix-parser', BO, '2026-03-02T09:00:00Z');
    const review = repo.merge('fix-parser', '2026-03-03T09:00:00Z', ALEX, 'Merge pull request #7 from bo/fix-parser');
    branchWork(repo, 'pool', ALEX, '2026-03-04T09:00:00Z');
    const own = repo.merge('pool', '2026-03-05T09:00:00Z', ALEX, 'Merge pull request #8 from alex/pool');
    // Someone else's merge: not the mentee's.
    branchWork(repo, 'docs', CY, '2026-03-06T09:00:00Z');
    repo.merge('docs', '2026-03-07T09:00:00Z', BO, 'Merge pull request #9 from cy/docs');
    // The mentee catches Cy's branch up with main (off the first-parent line), then Bo merges it.
    branchWork(repo, 'cache', CY, '2026-03-08T09:00:00Z');
    repo.git('checkout', '-q', 'cache');
    repo.merge('main', '2026-03-09T09:00:00Z', ALEX);
    repo.git('checkout', '-q', 'main');
    repo.merge('cache', '2026-03-10T09:00:00Z', BO, 'Merge pull request #10 from cy/cache');
    // After the range: not listed.
    branchWork(repo, 'late', BO, '2026-04-02T09:00:00Z');
    repo.merge('late', '2026-04-03T09:00:00Z', ALEX, 'Merge pull request #11 from bo/late');

    const data = await readHistory(dir, MARCH);
    assert.deepEqual(
      data.ownMerges?.map((m) => [m.sha, m.date, m.subject, m.tipName, m.tipEmail, m.tipByMentee]),
      [
        [own, '2026-03-05', 'Merge pull request #8 from alex/pool', ALEX.name, ALEX.email, true],
        [review, '2026-03-03', 'Merge pull request #7 from bo/fix-parser', BO.name, BO.email, false],
      ],
    );
  });

  it('keeps them in the history cache: a warm read and an extended one give the same as a cold one', async () => {
    branchWork(repo, 'fix-parser', BO, '2026-03-02T09:00:00Z');
    repo.merge('fix-parser', '2026-03-03T09:00:00Z', ALEX, 'Merge pull request #7 from bo/fix-parser');
    const cache = { dir: cacheDir, identity: 'github.com/acme/api' };
    const cold = await cachedReadHistory(dir, MARCH, {}, cache);
    const warm = await cachedReadHistory(dir, MARCH, {}, cache);
    assert.equal(warm.cache, 'warm');
    assert.deepEqual(warm.data.ownMerges, cold.data.ownMerges);
    assert.equal(cold.data.ownMerges?.length, 1);
    branchWork(repo, 'docs', CY, '2026-03-12T09:00:00Z');
    repo.merge('docs', '2026-03-13T09:00:00Z', ALEX, 'Merge pull request #9 from cy/docs');
    const extended = await cachedReadHistory(dir, MARCH, {}, cache);
    assert.equal(extended.cache, 'extended');
    assert.deepEqual(extended.data.ownMerges, (await readHistory(dir, MARCH)).ownMerges);
    assert.deepEqual(
      extended.data.ownMerges?.map((m) => m.tipName),
      [CY.name, BO.name],
    );
  });
});
