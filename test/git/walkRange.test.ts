// A cold read walks its range once (src/git/walkRange.ts) and reads the mentee's numstat and
// others' naming commits with --no-walk: checked against the two logs it replaced (the mentee's
// `--author` log with numstat, the `--grep` log of everyone), run here as they were, on a real
// temporary repository with fixed authors and dates.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Commit, HistoryData } from '../../src/core/topics/historyData';
import { identityMatcher } from '../../src/core/topics/foldName';
import { authorArgs } from '../../src/git/authorArgs';
import { dayStart } from '../../src/git/historyRange';
import { LOG_FORMAT_ARGS, LogParser } from '../../src/git/logParser';
import type { LogRunner } from '../../src/git/logRunner';
import { readHistory } from '../../src/git/readHistory';
import { namedFollowUps, readNamingCommits } from '../../src/git/readFollowUps';
import { hintNames, IdentityHintTally } from '../../src/git/readIdentityHints';
import { streamGit } from '../../src/git/streamGit';
import { walkRange } from '../../src/git/walkRange';
import { removeDir, tempDir } from '../support/cli';
import { gitRunsOf, isolateProcessEnv } from './gitTestEnv';
import { ALEX, BO, CY, HistoryRepo, runGitIn, type Person } from './historyRepos';

const SINCE = '2026-03-01';
const UNTIL = '2026-05-31';
const SINCE_ARG = `--since=@${dayStart(SINCE)} +0000`;
const UNTIL_ARG = `--until=@${dayStart(UNTIL) + 86_400 - 1} +0000`;
const AUTHORS = [ALEX.email, 'Rene Dupont'];
const RENE: Person = { name: 'René Dupont', email: 'rene@example.org' };
const RENE_CAPS: Person = { name: 'RENE DUPONT', email: 'rd@work.example' };
// Mapped to the mentee by .mailmap.
const ALEX_OLD: Person = { name: 'A. R.', email: 'alex@old.example' };
// Other addresses under the mentee's name: identity hints, not the mentee's commits.
const ALEX_HOME: Person = { name: 'Alex Rivera', email: 'alex@home.example' };
const ALEX_ACCENT: Person = { name: 'Álex Rivera', email: 'alex@elsewhere.example' };

const READ_CONFIG = ['log.showRoot=true', 'log.follow=false'];

/** A LogRunner on `dir` like readHistory's (hardened, its read config). */
function runnerIn(dir: string): LogRunner {
  return (args, onStdout) => streamGit({ cwd: dir, args, onStdout, config: READ_CONFIG });
}

/** The commits of the old range read: the `--author` pre-filtered log, then the exact match. */
async function oldRangeLog(
  dir: string,
  tip: string,
  includeMerges: boolean,
): Promise<{ commits: Commit[]; hints: IdentityHintTally }> {
  const isMentee = identityMatcher(AUTHORS);
  const names = await hintNames(runnerIn(dir), tip, AUTHORS, isMentee);
  const hints = new IdentityHintTally(names, isMentee);
  const parser = new LogParser({
    accept: (name, email) => {
      if (isMentee(name, email)) return true;
      hints.add(name, email);
      return false;
    },
  });
  const commits: Commit[] = [];
  await runnerIn(dir)(
    [
      '--literal-pathspecs',
      'log',
      '--use-mailmap',
      ...LOG_FORMAT_ARGS,
      '--no-textconv',
      '--no-ext-diff',
      ...(includeMerges ? [] : ['--no-merges']),
      ...authorArgs([...AUTHORS, ...names.values()]),
      SINCE_ARG,
      UNTIL_ARG,
      '--end-of-options',
      tip,
      '--',
    ],
    (text) => commits.push(...parser.push(text)),
  );
  commits.push(...parser.end());
  return { commits, hints };
}

/** The old naming read: one `--grep` walk of everyone's commits from the range's start. */
function oldNamingLog(dir: string, tip: string): Promise<Commit[]> {
  return readNamingCommits({
    run: runnerIn(dir),
    revisions: [tip],
    since: dayStart(SINCE),
    isMentee: identityMatcher(AUTHORS),
  });
}

/** A commit as the comparison sees it: without the merge that brought it (read separately). */
function plain(c: Commit): Commit {
  const copy = { ...c };
  delete copy.merge;
  return copy;
}

describe('git: one walk of the range gives what the two old logs gave', function () {
  this.timeout(60_000);
  let dir: string;
  let repo: HistoryRepo;
  let restoreEnv: () => void;
  const shas: Record<string, string> = {};

  beforeEach(() => {
    dir = tempDir('mj-walkrange-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
    repo.commit({
      author: BO,
      date: '2026-01-10T09:00:00Z',
      message: 'Start',
      files: {
        '.mailmap': `${ALEX.name} <${ALEX.email}> <${ALEX_OLD.email}>\n`,
        'src/pool.js': 'start\n',
      },
    });
    repo.commit({ author: BO, date: '2026-02-01T09:00:00Z', files: { 'a.txt': '0\n' } });
    shas.add = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Add connect',
      files: { 'src/pool.js': 'connect\n' },
    });
    shas.accented = repo.commit({
      author: RENE,
      date: '2026-03-03T09:00:00Z',
      message: 'Café menu',
      files: { 'src/menu.js': 'menu\n' },
    });
    shas.caps = repo.commit({
      author: RENE_CAPS,
      date: '2026-03-04T09:00:00Z',
      files: { 'src/menu.js': 'menu 2\n' },
    });
    shas.mapped = repo.commit({
      author: ALEX_OLD,
      date: '2026-03-05T09:00:00Z',
      message: 'Old address, mapped',
      files: { 'src/old.js': 'old\n' },
    });
    shas.moved = repo.commit({
      author: ALEX,
      date: '2026-03-06T09:00:00Z',
      message: 'Move pool',
      files: { 'src/pool.js': null, 'lib/pool.js': 'connect\n' },
    });
    repo.commit({ author: ALEX_HOME, date: '2026-03-07T09:00:00Z', files: { 'a.txt': '1\n' } });
    repo.commit({ author: ALEX_ACCENT, date: '2026-03-08T09:00:00Z', files: { 'a.txt': '2\n' } });
    repo.commit({
      author: BO,
      date: '2026-03-10T09:00:00Z',
      message: `Revert "Add connect"\n\nThis reverts commit ${shas.add}.\n`,
      files: { 'b.txt': 'revert\n' },
    });
    repo.commit({
      author: CY,
      date: '2026-03-11T09:00:00Z',
      message: `Pool: close sockets\n\nFixes: ${shas.moved.slice(0, 12)} ("Move pool")\n`,
      files: { 'b.txt': 'fix\n' },
    });
    repo.commit({
      author: BO,
      date: '2026-03-12T09:00:00Z',
      message: `Menu: backport\n\n(cherry picked from commit ${shas.accented})\n`,
      files: { 'b.txt': 'pick\n' },
    });
    repo.commit({
      author: CY,
      date: '2026-03-13T09:00:00Z',
      message: `Tidy the menu\n\nThis FIXES ${shas.caps.slice(0, 9)} in prose.\n`,
      files: { 'b.txt': 'prose\n' },
    });
    // The subject paragraph joins lines: "This reverts commit <sha>" in %s, on no line git greps.
    repo.commit({
      author: BO,
      date: '2026-03-14T09:00:00Z',
      message: `This reverts\ncommit ${shas.mapped}\n`,
      files: { 'b.txt': 'split\n' },
    });
    // Names a commit, but with "fix" and hex digits that name nothing.
    repo.commit({
      author: BO,
      date: '2026-03-15T09:00:00Z',
      message: 'fix colour ffeedd0 of the menu\n',
      files: { 'b.txt': 'colour\n' },
    });
    // The mentee reverting their own commit is no follow-up.
    repo.commit({
      author: ALEX,
      date: '2026-03-16T09:00:00Z',
      message: `Revert my move\n\nThis reverts commit ${shas.moved}.\n`,
      files: { 'c.txt': 'self\n' },
    });
    repo.git('checkout', '-q', '-b', 'topic');
    repo.commit({ author: ALEX, date: '2026-03-20T09:00:00Z', files: { 'd.txt': 'topic\n' } });
    repo.git('checkout', '-q', 'main');
    repo.commit({ author: BO, date: '2026-03-21T09:00:00Z', files: { 'e.txt': 'main\n' } });
    repo.merge('topic', '2026-03-22T09:00:00Z', ALEX);
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit({ author: BO, date: '2026-03-23T09:00:00Z', files: { 'f.txt': 'side\n' } });
    repo.git('checkout', '-q', 'main');
    repo.commit({ author: CY, date: '2026-03-24T09:00:00Z', files: { 'g.txt': 'main\n' } });
    // A merge whose message names a commit: never a naming commit (merges are left out).
    runGitIn(
      dir,
      ['merge', '-q', '--no-ff', '-m', `Merge side\n\nThis reverts commit ${shas.add}.`, 'side'],
      {
        env: {
          GIT_AUTHOR_NAME: BO.name,
          GIT_AUTHOR_EMAIL: BO.email,
          GIT_AUTHOR_DATE: '2026-03-25T09:00:00Z',
          GIT_COMMITTER_NAME: BO.name,
          GIT_COMMITTER_EMAIL: BO.email,
          GIT_COMMITTER_DATE: '2026-03-25T09:00:00Z',
        },
      },
    );
    // After the range's end: not the mentee's range, still a follow-up.
    repo.commit({ author: ALEX, date: '2026-06-02T09:00:00Z', files: { 'h.txt': 'late\n' } });
    repo.commit({
      author: CY,
      date: '2026-06-03T09:00:00Z',
      message: `Revert "Café menu"\n\nThis reverts commit ${shas.accented}.\n`,
      files: { 'b.txt': 'late revert\n' },
    });
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  for (const includeMerges of [false, true]) {
    it(`keeps exactly the old reads' mentee commits, follow-ups and hints (includeMerges ${includeMerges})`, async () => {
      const tip = repo.head();
      const old = await oldRangeLog(dir, tip, includeMerges);
      const oldNaming = await oldNamingLog(dir, tip);
      const data: HistoryData = await readHistory(dir, {
        authors: AUTHORS,
        since: SINCE,
        until: UNTIL,
        includeMerges,
      });
      assert.deepEqual(data.commits.map(plain), old.commits);
      assert.deepEqual(data.followUps, namedFollowUps(oldNaming, old.commits));
      assert.deepEqual(data.identityHints, old.hints.hints());
      // The scenario has what it claims: each kind of commit was there to be picked.
      const subjects = old.commits.map((c) => c.subject);
      assert.ok(subjects.includes('Café menu') && subjects.includes('Old address, mapped'));
      assert.equal(
        old.commits.some((c) => c.parents.length > 1),
        includeMerges,
      );
      assert.deepEqual(
        (data.followUps ?? []).map((f) => `${f.kind} ${f.subject}`),
        [
          'revert Revert "Add connect"',
          'fixes Pool: close sockets',
          'fixes Menu: backport',
          'fixes Tidy the menu',
          'revert Revert "Café menu"',
        ],
      );
      assert.deepEqual(
        data.identityHints?.map((h) => `${h.email} ${h.commits}`),
        ['alex@elsewhere.example 1', 'alex@home.example 1'],
      );
    });
  }

  it('picks the mentee’s commits up to the range’s end and naming candidates past it', async () => {
    const tip = repo.head();
    const walk = await walkRange({
      run: runnerIn(dir),
      revisions: [tip],
      sinceArg: SINCE_ARG,
      until: dayStart(UNTIL) + 86_400 - 1,
      includeMerges: false,
      isMentee: identityMatcher(AUTHORS),
    });
    const old = await oldRangeLog(dir, tip, false);
    assert.deepEqual(
      walk.mentee,
      old.commits.map((c) => c.sha),
    );
    const subjects = walk.naming.map((sha) => repo.git('log', '-1', '--format=%s', sha).trim());
    assert.ok(subjects.includes('Revert "Café menu"'), subjects.join(' | '));
    // Candidates are a superset the --grep read narrows: the split subject is one, and git drops it.
    assert.ok(subjects.includes('This reverts commit ' + shas.mapped), subjects.join(' | '));
    assert.ok(!subjects.includes('Start'));
  });

  it('walks the range once on a cold read: no --author log, the --grep read looks at candidates only', async () => {
    const logs = (
      await gitRunsOf(dir, () => readHistory(dir, { authors: AUTHORS, since: SINCE, until: UNTIL }))
    ).filter((a) => a[0] === 'log');
    // The earlier paths' log and the small lookup of the mentee's names keep their pre-filter.
    const authorLogs = logs.filter((a) => a.some((x) => x.startsWith('--author=')));
    assert.ok(
      authorLogs.every((a) => a.includes('-n20') || a.includes('--name-only')),
      JSON.stringify(authorLogs),
    );
    const walks = logs.filter((a) => a.some((x) => x.endsWith('%s%x00%b%x00')));
    assert.equal(walks.length, 1);
    assert.ok(walks[0].includes(SINCE_ARG) && !walks[0].includes('--no-walk=unsorted'));
    const numstat = logs.filter((a) => a.includes('--numstat'));
    assert.equal(numstat.length, 1);
    assert.ok(numstat[0].includes('--no-walk=unsorted') && numstat[0].includes('--stdin'));
    const greps = logs.filter((a) => a.some((x) => x.startsWith('--grep=')));
    assert.equal(greps.length, 1);
    assert.ok(greps[0].includes('--no-walk=unsorted') && greps[0].includes('--stdin'));
  });

  it('never hands a hostile commit message to git as an option or a path', async () => {
    const hostile = [
      `--output=${path.join(dir, 'pwned')}`,
      '',
      `fix ${shas.add.slice(0, 7)} --exec=touch pwned2`,
      '-n0',
      '--all',
      `Fixes: --output=pwned3 ${shas.add}`,
      `This reverts commit ${shas.add}`,
      '--',
      'src/pool.js',
    ].join('\n');
    repo.commit({
      author: BO,
      date: '2026-04-01T09:00:00Z',
      message: hostile,
      files: { 'i.txt': 'x\n' },
    });
    repo.commit({
      author: ALEX,
      date: '2026-04-02T09:00:00Z',
      message: hostile,
      files: { 'j.txt': 'x\n' },
    });
    const tip = repo.head();
    const old = await oldRangeLog(dir, tip, false);
    const data = await readHistory(dir, { authors: AUTHORS, since: SINCE, until: UNTIL });
    assert.deepEqual(data.commits.map(plain), old.commits);
    assert.deepEqual(data.followUps, namedFollowUps(await oldNamingLog(dir, tip), old.commits));
    assert.ok(data.followUps?.some((f) => f.subject.startsWith('--output=')));
    for (const f of ['pwned', 'pwned2', 'pwned3']) assert.ok(!fs.existsSync(path.join(dir, f)), f);
  });
});
