// The history read fills Commit.commitTime (%ct) and Commit.trailers (parsed from the body it
// already reads) from real repositories: a series applied with `git am` shares one commit time
// while its author times differ, which is how a patch series is told from rework.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readHistory } from '../../src/git/readHistory';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { ALEX, BO, HistoryRepo, runGitIn } from './historyRepos';

const MARCH = { since: '2026-03-01', until: '2026-03-31' };

describe('git: commit time and trailers for stories', function () {
  this.timeout(60_000);
  let dir: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-series-');
    restoreEnv = isolateProcessEnv(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('reads one commit time for a three-patch series applied with git am, and each author time', async () => {
    const source = path.join(dir, 'source');
    const target = path.join(dir, 'target');
    fs.mkdirSync(source);
    fs.mkdirSync(target);
    const base = HistoryRepo.init(source);
    base.commit({
      author: BO,
      date: '2026-03-01T09:00:00Z',
      message: 'Base',
      files: { 'a.c': '0\n' },
    });
    runGitIn(dir, ['clone', '-q', source, target]);
    for (const [i, day] of [2, 3, 4].entries()) {
      base.commit({
        author: ALEX,
        date: `2026-03-0${day}T09:00:00Z`,
        message: `pool: step ${i + 1}\n\nWhy.\n\nReviewed-by: Bo Lind <bo@example.com>\nhelped-BY: Cy Park <cy@example.com>\n`,
        files: { [`pool${i}.c`]: `${i}\n` },
      });
    }
    const patches = runGitIn(source, ['format-patch', '--stdout', 'HEAD~3']);
    runGitIn(target, ['config', 'commit.gpgsign', 'false']);
    runGitIn(target, ['am', '-q', '--committer-date-is-author-date'], { input: patches });
    // Apply again without keeping dates: one committer time for the whole series.
    runGitIn(target, ['reset', '-q', '--hard', 'HEAD~3']);
    runGitIn(target, ['am', '-q'], {
      input: patches,
      env: { GIT_COMMITTER_DATE: '2026-03-10T12:00:00Z' },
    });
    const data = await readHistory(target, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(
      data.commits.map((c) => c.subject),
      ['pool: step 3', 'pool: step 2', 'pool: step 1'],
    );
    const committed = Date.UTC(2026, 2, 10, 12) / 1000;
    assert.deepEqual(
      data.commits.map((c) => c.commitTime),
      [committed, committed, committed],
    );
    assert.deepEqual(
      data.commits.map((c) => c.time),
      [4, 3, 2].map((d) => Date.UTC(2026, 2, d, 9) / 1000),
    );
    assert.deepEqual(data.commits[0].trailers, [
      { key: 'Reviewed-by', value: 'Bo Lind <bo@example.com>' },
      { key: 'helped-BY', value: 'Cy Park <cy@example.com>' },
    ]);
  });

  it('reads no trailers from a body whose last paragraph is prose with a colon', async () => {
    const repo = HistoryRepo.init(dir);
    repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Add app\n\nNote: this paragraph is prose,\nnot a block of trailers at all.\n',
      files: { 'a.ts': 'a\n' },
    });
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.equal(data.commits[0].trailers, undefined);
    assert.equal(data.commits[0].commitTime, Date.UTC(2026, 2, 2, 9) / 1000);
  });
});
