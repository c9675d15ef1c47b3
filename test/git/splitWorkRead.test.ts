// A long read of others' work in the top stories' files, split between two git processes
// (src/git/readFileWork.ts through readHistory), against a real temporary repository.
import * as assert from 'node:assert/strict';
import { readHistory } from '../../src/git/readHistory';
import { runningGitProcesses, streamGit } from '../../src/git/streamGit';
import { removeDir, tempDir } from '../support/cli';
import { gitRunsOf, isolateProcessEnv } from './gitTestEnv';
import { ALEX, BO, focusOnAll, HistoryRepo, runGitIn, type Person } from './historyRepos';

// Over 183 days, so that the activity window lies inside the range walk and is read with
// `--no-walk` from the walk's commits.
const RANGE = { since: '2025-06-01', until: '2026-03-31' };
const ALEX_TIME = Date.parse('2026-01-01T00:00:00Z') / 1000;
// Bo's commits, one a minute after Alex's: more than readFileWork splits (2,000).
const BO_COMMITS = 2400;

describe('git: a long read of others’ work split between two processes', function () {
  this.timeout(60_000);
  let dir: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-splitwork-');
    restoreEnv = isolateProcessEnv(dir);
    HistoryRepo.init(dir);
    // Alex's commit, then Bo's, one a minute after it, in one `git fast-import`: commit i
    // rewrites src/m<i % 50>/file<i % 7>.txt, so the multiples of 350 rewrite Alex's file.
    const commits = [
      { author: ALEX, time: ALEX_TIME, message: 'Add the first file', content: 'line by alex' },
    ];
    for (let i = 0; i < BO_COMMITS; i++)
      commits.push({
        author: BO,
        time: ALEX_TIME + 60 + i * 60,
        message: `Change ${i}`,
        content: `line ${i}`,
      });
    const file = (i: number) => (i < 0 ? 'src/m0/file0.txt' : `src/m${i % 50}/file${i % 7}.txt`);
    runGitIn(dir, ['fast-import', '--quiet'], {
      input: commits
        .map((c, n) => stanza(c.author, c.time, c.message, file(n - 1), c.content))
        .join(''),
    });
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('counts each of Bo’s commits in the file once and finds his change to Alex’s line, read by two processes', async () => {
    let data: Awaited<ReturnType<typeof readHistory>> | undefined;
    const runs = await gitRunsOf(dir, async () => {
      data = await readHistory(dir, { authors: [ALEX.email], ...RANGE, focus: focusOnAll });
    });
    assert.ok(data);
    const workReads = runs.filter(
      (r) => r[0] === 'log' && r.includes('--stdin') && r.includes('src/m0/file0.txt'),
    );
    assert.equal(workReads.length, 2, JSON.stringify(runs));
    const bo = (data.fileActivity ?? []).filter((a) => a.email === BO.email);
    // i = 0, 350, ..., 2100: seven commits, the last at minute 2101.
    assert.deepEqual(
      bo.map((a) => [a.path, a.commits, a.lastTime]),
      [['src/m0/file0.txt', 7, ALEX_TIME + 60 + 2100 * 60]],
    );
    // Bo's first commit (in the older half, read by the second process) rewrote Alex's line.
    assert.deepEqual(
      (data.followUps ?? []).map((f) => `${f.kind} ${f.subject}`),
      ['same-lines Change 0'],
    );
  });

  it('counts a git process from its start until it closes, so that a read splits only when no other git runs', async () => {
    const before = runningGitProcesses();
    const seen: number[] = [];
    await streamGit({
      cwd: dir,
      args: ['log', '--format=%H', '-n', '3'],
      onStdout: () => seen.push(runningGitProcesses()),
    });
    assert.ok(seen.length > 0);
    assert.ok(
      seen.every((n) => n === before + 1),
      seen.join(','),
    );
    assert.equal(runningGitProcesses(), before);
  });
});

/** One commit of a fast-import stream on main, writing one file. */
function stanza(
  author: Person,
  time: number,
  message: string,
  file: string,
  content: string,
): string {
  const who = `${author.name} <${author.email}> ${time} +0000`;
  return [
    'commit refs/heads/main',
    `author ${who}`,
    `committer ${who}`,
    `data ${Buffer.byteLength(message)}`,
    message,
    `M 644 inline ${file}`,
    `data ${Buffer.byteLength(content + '\n')}`,
    `${content}\n`,
  ].join('\n');
}
