// Other people's follow-ups of the mentee's commits (src/git/readFollowUps.ts through readHistory)
// against real temporary repositories with fixed authors and dates.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HistoryData } from '../../src/core/topics/historyData';
import { readHistory } from '../../src/git/readHistory';
import { WIDE_TREE } from '../../src/git/readFileWork';
import { removeDir, tempDir } from '../support/cli';
import { gitRunsOf, isolateProcessEnv } from './gitTestEnv';
import { ALEX, BO, CY, focusOnAll, HistoryRepo } from './historyRepos';

const RANGE = { since: '2026-03-01', until: '2026-05-31' };
const POOL = [
  'function connect(host) {',
  '  const socket = openSocket(host);',
  '  return socket;',
  '}',
];

function follow(data: HistoryData): string[] {
  return (data.followUps ?? []).map(
    (f) => `${f.kind} ${f.subject} -> ${f.targets.map((t) => t.slice(0, 7)).join(',')}`,
  );
}

describe('git: follow-ups of the mentee’s work by others', function () {
  this.timeout(60_000);
  let dir: string;
  let repo: HistoryRepo;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-followups-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
    repo.commit({
      author: BO,
      date: '2026-01-10T09:00:00Z',
      message: 'Start',
      files: { 'src/pool.js': 'start\n', 'README.md': 'x\n' },
    });
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('lists a revert by another author and a commit naming it in a Fixes: trailer', async () => {
    const added = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Add connect',
      files: { 'src/pool.js': POOL.join('\n') + '\n' },
    });
    const other = repo.commit({
      author: ALEX,
      date: '2026-03-03T09:00:00Z',
      message: 'Add docs',
      files: { 'README.md': 'Pool docs\n' },
    });
    repo.commit({
      author: BO,
      date: '2026-04-20T09:00:00Z',
      message: `Revert "Add docs"\n\nThis reverts commit ${other}.\n`,
      files: { 'README.md': 'x\n' },
    });
    repo.commit({
      author: CY,
      date: '2026-05-20T09:00:00Z',
      message: `Close the socket on error\n\nFixes: ${added.slice(0, 12)} ("Add connect")\n`,
      files: { 'src/pool.js': POOL.join('\n') + '\n// closes\n' },
    });
    const data = await readHistory(dir, { authors: [ALEX.email], ...RANGE, focus: focusOnAll });
    assert.deepEqual(follow(data), [
      `revert Revert "Add docs" -> ${other.slice(0, 7)}`,
      `fixes Close the socket on error -> ${added.slice(0, 7)}`,
    ]);
    assert.equal(data.followUps?.[0].authorEmail, BO.email);
    assert.equal(data.followUps?.[0].date, '2026-04-20');
  });

  it('lists a change to the lines the mentee added 3 days later, not one 40 days later or to other lines', async () => {
    const added = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Add connect',
      files: { 'src/pool.js': POOL.join('\n') + '\n' },
    });
    repo.commit({
      author: BO,
      date: '2026-03-05T09:00:00Z',
      message: 'Reuse sockets',
      files: { 'src/pool.js': POOL.join('\n').replace('openSocket(host)', 'reuse(host)') + '\n' },
    });
    const second = repo.commit({
      author: ALEX,
      date: '2026-03-10T09:00:00Z',
      message: 'Add close',
      files: { 'src/close.js': 'function closeAll(pool) {\n  pool.drain();\n}\n' },
    });
    // Other lines of a file the mentee touched, soon after: not a follow-up.
    repo.commit({
      author: CY,
      date: '2026-03-12T09:00:00Z',
      message: 'Add header',
      files: {
        'src/close.js': '// header comment here\nfunction closeAll(pool) {\n  pool.drain();\n}\n',
      },
    });
    // The mentee's lines, but 40 days later: not soon after.
    repo.commit({
      author: CY,
      date: '2026-04-19T09:00:00Z',
      message: 'Drain later',
      files: {
        'src/close.js':
          '// header comment here\nfunction closeAll(pool) {\n  pool.drainLater();\n}\n',
      },
    });
    const data = await readHistory(dir, { authors: [ALEX.email], ...RANGE, focus: focusOnAll });
    assert.deepEqual(follow(data), [`same-lines Reuse sockets -> ${added.slice(0, 7)}`]);
    assert.ok(!follow(data).some((f) => f.includes(second.slice(0, 7))));
  });

  it('a repository’s diff.interHunkContext does not join others’ hunks around the mentee’s line', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`);
    const edit = (at: number[], text: string) =>
      lines.map((l, i) => (at.includes(i + 1) ? `${l} ${text}` : l)).join('\n') + '\n';
    repo.commit({
      author: BO,
      date: '2026-02-01T09:00:00Z',
      message: 'Add list',
      files: { 'src/list.js': lines.join('\n') + '\n' },
    });
    repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Change line 15',
      files: { 'src/list.js': edit([15], 'alex') },
    });
    // Lines 5 and 25, around the mentee's line 15 but not on it: not a follow-up. With the
    // setting git prints one hunk from 5 to 25, line 15 among its context lines.
    repo.commit({
      author: BO,
      date: '2026-03-04T09:00:00Z',
      message: 'Change lines 5 and 25',
      files: { 'src/list.js': edit([5, 25], 'bo').replace('line 15\n', 'line 15 alex\n') },
    });
    repo.git('config', 'diff.interHunkContext', '20');
    const data = await readHistory(dir, { authors: [ALEX.email], ...RANGE, focus: focusOnAll });
    assert.deepEqual(follow(data), []);
  });

  it('does not count the mentee’s own revert or fix, nor a Fixes: naming a commit outside the range', async () => {
    const old = repo.commit({
      author: ALEX,
      date: '2026-02-02T09:00:00Z',
      message: 'Old work',
      files: { 'src/pool.js': 'old line of code\n' },
    });
    const added = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Add connect',
      files: { 'src/pool.js': POOL.join('\n') + '\n' },
    });
    repo.commit({
      author: ALEX,
      date: '2026-03-03T09:00:00Z',
      message: `Revert "Add connect"\n\nThis reverts commit ${added}.\n`,
      files: { 'src/pool.js': 'old line of code\n' },
    });
    repo.commit({
      author: BO,
      date: '2026-03-20T09:00:00Z',
      message: `Fix old work\n\nFixes: ${old.slice(0, 12)}\n`,
      files: { 'src/pool.js': 'old line of code, fixed\n' },
    });
    const data = await readHistory(dir, { authors: [ALEX.email], ...RANGE, focus: focusOnAll });
    assert.deepEqual(follow(data), []);
  });
  it('finds a change to the lines of a story older than the six months of recent activity, over a dated range and since a session’s HEAD', async () => {
    const start = repo.git('rev-parse', 'HEAD').trim();
    const added = repo.commit({
      author: ALEX,
      date: '2025-07-01T09:00:00Z',
      message: 'Add connect',
      files: { 'src/pool.js': POOL.join('\n') + '\n' },
    });
    repo.commit({
      author: BO,
      date: '2025-07-04T09:00:00Z',
      message: 'Reuse sockets',
      files: { 'src/pool.js': POOL.join('\n').replace('openSocket(host)', 'reuse(host)') + '\n' },
    });
    repo.commit({
      author: ALEX,
      date: '2026-05-02T09:00:00Z',
      message: 'Add close',
      files: { 'src/close.js': 'function closeAll(pool) {\n  pool.drain();\n}\n' },
    });
    const data = await readHistory(dir, {
      authors: [ALEX.email],
      since: '2025-06-01',
      until: '2026-05-31',
      focus: focusOnAll,
    });
    assert.deepEqual(follow(data), [`same-lines Reuse sockets -> ${added.slice(0, 7)}`]);
    // Bo's change is older than the activity window: not counted for the experts.
    const july = Date.parse('2025-07-04T09:00:00Z') / 1000;
    assert.ok(data.fileActivity);
    assert.ok(!data.fileActivity.some((a) => a.lastTime === july));
    // Since a session's HEAD there is no first day to read others' commits from: the old story
    // reads its own files over its own weeks.
    const sinceHead = await readHistory(dir, {
      authors: [ALEX.email],
      sinceHead: start,
      until: '2026-05-31',
      focus: focusOnAll,
    });
    assert.equal(sinceHead.commits.length, 2);
    assert.deepEqual(follow(sinceHead), [`same-lines Reuse sockets -> ${added.slice(0, 7)}`]);
  });

  it('reads others’ work in the top stories’ files from the range walk’s commits, and the same without it', async () => {
    const added = repo.commit({
      author: ALEX,
      date: '2026-01-20T09:00:00Z',
      message: 'Add connect',
      files: { 'src/pool.js': POOL.join('\n') + '\n' },
    });
    repo.commit({
      author: BO,
      date: '2026-01-23T09:00:00Z',
      message: 'Reuse sockets',
      files: { 'src/pool.js': POOL.join('\n').replace('openSocket(host)', 'reuse(host)') + '\n' },
    });
    repo.commit({
      author: CY,
      date: '2026-06-10T09:00:00Z',
      message: 'Tune the pool',
      files: { 'src/pool.js': POOL.join('\n').replace('openSocket(host)', 'tuned(host)') + '\n' },
    });
    // Commits after the range's end, which the walk lists too (others' follow-ups may come later).
    repo.commit({
      author: BO,
      date: '2026-12-01T09:00:00Z',
      message: 'Later work',
      files: { 'src/other.js': 'x\n' },
    });
    let walked: HistoryData | undefined;
    const logs = (
      await gitRunsOf(dir, async () => {
        walked = await readHistory(dir, {
          authors: [ALEX.email],
          since: '2026-01-01',
          until: '2026-10-31',
          focus: focusOnAll,
        });
      })
    ).filter((a) => a[0] === 'log');
    assert.ok(walked);
    // The two windows (recent activity, the older story's weeks): just their commits, on stdin.
    const work = logs.filter((a) => a.some((x) => x.endsWith('%at%x00%H%x00%s%x00')));
    assert.equal(work.length, 2, JSON.stringify(work));
    for (const a of work) {
      assert.ok(a.includes('--no-walk=unsorted') && a.includes('--stdin'), a.join(' '));
      assert.ok(!a.some((x) => x.startsWith('--since=') || x.startsWith('--until=')), a.join(' '));
    }
    assert.deepEqual(follow(walked), [`same-lines Reuse sockets -> ${added.slice(0, 7)}`]);
    // With merges kept the walk lists merges too, so the windows are walked from the tip: the
    // same follow-ups and activity (dates in order: with a commit dated before its parent, git's
    // --since stops a line early, and the walk's list holds what the walk saw).
    const tipWalk = await readHistory(dir, {
      authors: [ALEX.email],
      since: '2026-01-01',
      until: '2026-10-31',
      includeMerges: true,
      focus: focusOnAll,
    });
    assert.deepEqual(follow(tipWalk), follow(walked));
    const activity = (d: HistoryData) =>
      (d.fileActivity ?? []).map((a) => `${a.path} ${a.email} ${a.commits} ${a.lastTime}`).sort();
    assert.deepEqual(activity(tipWalk), activity(walked));
    assert.ok(activity(walked).some((a) => a.startsWith(`src/pool.js ${CY.email} 1`)));
  });

  it('looks for changes to the lines of the focus stories only, and lists reverts of any story', async () => {
    const added = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Add connect',
      files: { 'src/pool.js': POOL.join('\n') + '\n' },
    });
    const docs = repo.commit({
      author: ALEX,
      date: '2026-03-03T09:00:00Z',
      message: 'Add docs',
      files: { 'README.md': 'Pool docs\n' },
    });
    repo.commit({
      author: BO,
      date: '2026-03-05T09:00:00Z',
      message: 'Reuse sockets',
      files: { 'src/pool.js': POOL.join('\n').replace('openSocket(host)', 'reuse(host)') + '\n' },
    });
    repo.commit({
      author: CY,
      date: '2026-04-20T09:00:00Z',
      message: `Revert "Add docs"\n\nThis reverts commit ${docs}.\n`,
      files: { 'README.md': 'x\n' },
    });
    const request = { authors: [ALEX.email], ...RANGE };
    const onlyDocs = await readHistory(dir, {
      ...request,
      focus: () => ({ paths: ['README.md'], commits: [docs] }),
    });
    assert.deepEqual(follow(onlyDocs), [`revert Revert "Add docs" -> ${docs.slice(0, 7)}`]);
    // Only the focus file's activity: Bo's start and Cy's revert, not Bo's change to the pool.
    assert.deepEqual(
      onlyDocs.fileActivity?.map((a) => `${a.path} ${a.email} ${a.commits}`).sort(),
      [`README.md ${BO.email} 1`, `README.md ${CY.email} 1`],
    );
    const both = await readHistory(dir, { ...request, focus: focusOnAll });
    assert.deepEqual(follow(both), [
      `same-lines Reuse sockets -> ${added.slice(0, 7)}`,
      `revert Revert "Add docs" -> ${docs.slice(0, 7)}`,
    ]);
    // Without a focus, only the reverts and fixes, and no activity read at all.
    const none = await readHistory(dir, request);
    assert.deepEqual(follow(none), [`revert Revert "Add docs" -> ${docs.slice(0, 7)}`]);
    assert.equal(none.fileActivity, undefined);
  });
  it('in a top folder too wide for a pathspec, finds the same follow-ups and activity from others’ recent commits read beside the mentee’s logs', async () => {
    const wide: Record<string, string> = {};
    for (let i = 0; i <= WIDE_TREE; i++) wide[`file${i}.txt`] = `${i}\n`;
    repo.commit({ author: CY, date: '2026-01-11T09:00:00Z', message: 'Wide', files: wide });
    const added = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Add connect',
      files: { 'src/pool.js': POOL.join('\n') + '\n' },
    });
    repo.commit({
      author: BO,
      date: '2026-03-05T09:00:00Z',
      message: 'Reuse sockets',
      files: { 'src/pool.js': POOL.join('\n').replace('openSocket(host)', 'reuse(host)') + '\n' },
    });
    const trace = path.join(dir, '.git', 'trace.json');
    process.env.GIT_TRACE2_EVENT = trace;
    let data: HistoryData;
    try {
      data = await readHistory(dir, { authors: [ALEX.email], ...RANGE, focus: focusOnAll });
    } finally {
      delete process.env.GIT_TRACE2_EVENT;
    }
    assert.deepEqual(follow(data), [`same-lines Reuse sockets -> ${added.slice(0, 7)}`]);
    assert.deepEqual(data.fileActivity?.map((a) => `${a.path} ${a.email} ${a.commits}`).sort(), [
      `src/pool.js ${BO.email} 2`,
    ]);
    const logs = fs
      .readFileSync(trace, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"event":"start"'))
      .map((line) => (JSON.parse(line) as { argv: string[] }).argv)
      .filter((argv) => argv.includes('log') && !argv.includes('--no-walk=unsorted'));
    // No log limited to the story's file: its share came from the read of everyone's months.
    assert.ok(
      logs.every((argv) => argv[argv.length - 1] === '--'),
      JSON.stringify(logs.map((a) => a.slice(-3))),
    );
  });
});
