// The history read marks each of the mentee's commits with the merge on HEAD's first-parent
// line that brought it in (Commit.merge), from real repositories: a pull request merged with
// --no-ff, a maintenance branch of others' work merged forward, a fast-forwarded series, and a
// merge of main into the feature branch before the pull request was merged.
import * as assert from 'node:assert/strict';
import { readHistory } from '../../src/git/readHistory';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { ALEX, BO, HistoryRepo, type Person } from './historyRepos';

const MARCH = { since: '2026-03-01', until: '2026-03-31' };

/** Merges `branch` with a merge commit and the message GitHub writes; the merge's sha. */
function mergePr(repo: HistoryRepo, branch: string, pr: number, date: string, by: Person = BO) {
  return repo.merge(branch, date, by, `Merge pull request #${pr} from alex/${branch}`);
}

describe('git: which merge brought each commit in', function () {
  this.timeout(60_000);
  let dir: string;
  let restoreEnv: () => void;
  let repo: HistoryRepo;
  beforeEach(() => {
    dir = tempDir('mj-merges-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
    repo.commit({ author: BO, date: '2026-03-01T09:00:00Z', message: 'Base', files: { 'a.c': '0\n' } });
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  const subjectsAndMerges = (commits: { subject: string; merge?: { sha: string } }[]) =>
    commits.map((c) => [c.subject, c.merge?.sha]);

  it('marks every commit of a pull request merged with --no-ff with that merge and its subject', async () => {
    repo.git('checkout', '-q', '-b', 'pool');
    repo.commit({ date: '2026-03-02T09:00:00Z', message: 'Add the pool', files: { 'pool.c': '1\n' } });
    repo.commit({ date: '2026-03-05T09:00:00Z', message: 'Review: rename', files: { 'pool.c': '2\n' } });
    repo.git('checkout', '-q', 'main');
    repo.commit({ author: BO, date: '2026-03-06T09:00:00Z', message: 'Other', files: { 'b.c': '1\n' } });
    repo.commit({ date: '2026-03-07T09:00:00Z', message: 'Direct push', files: { 'c.c': '1\n' } });
    const merge = mergePr(repo, 'pool', 12, '2026-03-08T09:00:00Z');
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(subjectsAndMerges(data.commits), [
      ['Direct push', undefined],
      ['Review: rename', merge],
      ['Add the pool', merge],
    ]);
    assert.equal(data.commits[1].merge?.subject, 'Merge pull request #12 from alex/pool');
  });

  it('marks nothing for a maintenance branch of mostly others work merged forward (a sync)', async () => {
    repo.git('checkout', '-q', '-b', 'stable');
    repo.commit({ author: BO, date: '2026-03-02T09:00:00Z', message: 'Fix 1', files: { 's1.c': '1\n' } });
    repo.commit({ date: '2026-03-03T09:00:00Z', message: 'Release 1.0.1', files: { 'v.txt': '1\n' } });
    repo.commit({ author: BO, date: '2026-03-04T09:00:00Z', message: 'Fix 2', files: { 's2.c': '1\n' } });
    repo.commit({ author: BO, date: '2026-03-05T09:00:00Z', message: 'Fix 3', files: { 's3.c': '1\n' } });
    repo.git('checkout', '-q', 'main');
    repo.commit({ author: BO, date: '2026-03-06T09:00:00Z', message: 'Main', files: { 'm.c': '1\n' } });
    repo.merge('stable', '2026-03-07T09:00:00Z', BO);
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(subjectsAndMerges(data.commits), [['Release 1.0.1', undefined]]);
  });

  it('marks nothing for a series fast-forwarded onto main', async () => {
    repo.git('checkout', '-q', '-b', 'series');
    repo.commit({ date: '2026-03-02T09:00:00Z', message: 'Step 1', files: { 'x.c': '1\n' } });
    repo.commit({ date: '2026-03-03T09:00:00Z', message: 'Step 2', files: { 'x.c': '2\n' } });
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--ff-only', 'series');
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(subjectsAndMerges(data.commits), [
      ['Step 2', undefined],
      ['Step 1', undefined],
    ]);
  });

  it('takes the pull request merge, not a merge of main into the branch, and leaves main commits unmarked', async () => {
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit({ date: '2026-03-02T09:00:00Z', message: 'Feature 1', files: { 'f.c': '1\n' } });
    repo.git('checkout', '-q', 'main');
    repo.commit({ date: '2026-03-03T09:00:00Z', message: 'On main', files: { 'm.c': '1\n' } });
    repo.git('checkout', '-q', 'feature');
    repo.merge('main', '2026-03-04T09:00:00Z', ALEX);
    repo.commit({ date: '2026-03-05T09:00:00Z', message: 'Feature 2', files: { 'f.c': '2\n' } });
    repo.git('checkout', '-q', 'main');
    const merge = mergePr(repo, 'feature', 3, '2026-03-06T09:00:00Z');
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(subjectsAndMerges(data.commits), [
      ['Feature 2', merge],
      ['On main', undefined],
      ['Feature 1', merge],
    ]);
  });
});
