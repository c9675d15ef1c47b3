// Parsing `git log --format=%H %P` as it streams, in place: the same map as splitting every line,
// however git's output is cut into chunks.
import * as assert from 'node:assert/strict';
import { parentLines } from '../../src/git/readMerges';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { BO, HistoryRepo } from './historyRepos';

describe('git: the parents of every commit in the merge window', function () {
  this.timeout(30_000);
  let dir: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-parents-');
    restoreEnv = isolateProcessEnv(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('maps a root, plain commits and merges to their parents, wherever the chunks are cut', () => {
    const repo = HistoryRepo.init(dir);
    repo.commit({ date: '2026-03-01T09:00:00Z', files: { 'a.c': '0\n' } });
    for (let i = 1; i <= 3; i++) {
      repo.git('checkout', '-q', '-b', `topic${i}`);
      repo.commit({ date: `2026-03-0${i + 1}T09:00:00Z`, files: { [`t${i}.c`]: `${i}\n` } });
      repo.git('checkout', '-q', 'main');
      repo.commit({
        author: BO,
        date: `2026-03-0${i + 1}T10:00:00Z`,
        files: { [`m${i}.c`]: `${i}\n` },
      });
      repo.git('merge', '-q', '--no-ff', '-m', `Merge ${i}`, `topic${i}`);
    }
    const text = repo.git('log', '--format=%H %P');
    const expected = new Map<string, string[]>();
    for (const line of text.split('\n').filter((l) => l !== '')) {
      // The old reading: every word of the line (a root's line ends with a space).
      const [sha, ...parents] = line.split(' ').filter((w) => w !== '');
      expected.set(sha, parents);
    }
    assert.equal([...expected.values()].filter((p) => p.length === 2).length, 3);
    assert.equal([...expected.values()].filter((p) => p.length === 0).length, 1);
    for (const size of [1, 7, 40, 41, 82, 1000, text.length]) {
      const got = new Map<string, string[]>();
      const feed = parentLines(got);
      for (let i = 0; i < text.length; i += size) feed(text.slice(i, i + size));
      assert.deepEqual(got, expected, `chunks of ${size}`);
    }
  });

  it('keeps an unfinished last line for the next chunk, and skips empty lines', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    const got = new Map<string, string[]>();
    const feed = parentLines(got);
    feed(`\n${a} ${b}\n${b}`);
    assert.deepEqual([...got], [[a, [b]]]);
    feed('\n');
    assert.deepEqual(
      [...got],
      [
        [a, [b]],
        [b, []],
      ],
    );
  });
});
