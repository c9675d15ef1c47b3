// The mentee's commits read with numstat in batches while the range walk goes on
// (src/git/readHistory.ts, walkRange.ts), against a real temporary repository.
import * as assert from 'node:assert/strict';
import { readHistory } from '../../src/git/readHistory';
import { removeDir, tempDir } from '../support/cli';
import { gitRunsOf, isolateProcessEnv } from './gitTestEnv';
import { ALEX, fastImportCommits, HistoryRepo, runGitIn } from './historyRepos';

describe('git: the mentee’s numstat read in batches during the range walk', function () {
  this.timeout(60_000);
  let dir: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-batches-');
    restoreEnv = isolateProcessEnv(dir);
    HistoryRepo.init(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('gives each of 3,000 commits once, newest first, with its files, whatever batch read it', async () => {
    fastImportCommits(dir, 3000, { startSeconds: Date.parse('2026-01-01T00:00:00Z') / 1000 });
    const newestFirst = runGitIn(dir, ['log', '--format=%H']).trim().split('\n');
    let data: Awaited<ReturnType<typeof readHistory>> | undefined;
    const runs = await gitRunsOf(dir, async () => {
      data = await readHistory(dir, {
        authors: [ALEX.email],
        since: '2026-01-01',
        until: '2026-03-31',
      });
    });
    assert.ok(data);
    const numstatReads = runs.filter((r) => r[0] === 'log' && r.includes('--numstat'));
    assert.ok(numstatReads.length > 1, `${numstatReads.length} numstat read(s)`);
    assert.ok(
      numstatReads.every((r) => r.includes('--stdin')),
      JSON.stringify(numstatReads),
    );
    assert.deepEqual(
      data.commits.map((c) => c.sha),
      newestFirst,
    );
    // Commit i changed src/m<i % 50>/file<i % 7>.txt, adding one line.
    const last = data.commits[0];
    assert.equal(last.subject, 'Change 2999');
    assert.deepEqual(
      last.files.map((f) => [f.path, f.added]),
      [[`src/m${2999 % 50}/file${2999 % 7}.txt`, 1]],
    );
  });
});
