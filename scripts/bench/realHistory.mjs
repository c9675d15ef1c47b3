// The topics benchmark on a large real history: git.git (MJ_EVAL_REPOS, default /work/evalrepos,
// holds it as `git`), one prolific contributor over one year, cold (`--no-cache`), against the
// same raw-git pair as the synthetic case: `git log --numstat --no-merges --author` over the
// year plus `git log --name-only --author` of their history before it. Raw git and ours
// alternate run by run; medians. Skipped with a message when the repository is not there.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isolatedGitEnv } from '../benchRepo.mjs';

// Patrick Steinhardt: 576 non-merge commits in git.git over this year (git shortlog -sne).
const CONTRIBUTOR = 'ps@pks.im';
const RANGE = { since: '2025-06-01', until: '2026-05-31', before: '2025-05-31' };
const BIG = 1024 * 1024 * 1024;

/**
 * Times `topics` cold on git.git against raw git; returns { ratio, oursMedian, rawMedian,
 * commits } or undefined when skipped.
 */
export function benchRealHistory({ cli, runs }) {
  const root = process.env.MJ_EVAL_REPOS || '/work/evalrepos';
  const repo = path.join(root, 'git');
  if (!fs.existsSync(path.join(repo, '.git')) && !fs.existsSync(path.join(repo, 'HEAD'))) {
    console.log(`bench: real history skipped: no git.git at ${repo} (set MJ_EVAL_REPOS)`);
    return undefined;
  }
  const env = { ...isolatedGitEnv(), TZ: 'UTC' };
  const raw = [
    [
      'log',
      '--numstat',
      '--no-merges',
      `--author=${CONTRIBUTOR}`,
      `--since=${RANGE.since}T00:00:00Z`,
      `--until=${RANGE.until}T23:59:59Z`,
    ],
    ['log', '--name-only', `--author=${CONTRIBUTOR}`, `--until=${RANGE.before}T23:59:59Z`],
  ];
  const ours = [
    cli,
    'topics',
    '--author',
    CONTRIBUTOR,
    '--repo',
    repo,
    '--since',
    RANGE.since,
    '--until',
    RANGE.until,
    '--format',
    'json',
    '--no-cache',
  ];
  // Warm-up: the page cache, and the commit count the two sides are checked against.
  const first = run(process.execPath, ours, { env });
  const commits = JSON.parse(first.stdout).commits;
  for (const argv of raw) run('git', argv, { cwd: repo, env });
  const rawTimes = [];
  const oursTimes = [];
  for (let i = 0; i < runs; i++) {
    rawTimes.push(raw.reduce((sum, argv) => sum + run('git', argv, { cwd: repo, env }).seconds, 0));
    oursTimes.push(run(process.execPath, ours, { env }).seconds);
  }
  const rawMedian = median(rawTimes);
  const oursMedian = median(oursTimes);
  console.log(
    `bench: real history git.git, ${CONTRIBUTOR} ${RANGE.since} to ${RANGE.until} (${commits} commits): raw git ${rawTimes.map((s) => s.toFixed(3)).join(' ')} s; ours ${oursTimes.map((s) => s.toFixed(3)).join(' ')} s`,
  );
  return { ratio: oursMedian / rawMedian, oursMedian, rawMedian, commits };
}

/** Runs a command to the end; a failure stops the benchmark, since its time means nothing. */
function run(command, argv, options) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, argv, { ...options, encoding: 'utf8', maxBuffer: BIG });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) {
    console.error(
      `bench: ${path.basename(command)} ${argv.join(' ')} exited ${r.status}\n${r.stderr}`,
    );
    process.exit(2);
  }
  return { stdout: r.stdout, seconds };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
