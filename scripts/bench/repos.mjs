// The repositories benchmark: a mentee who works in three repositories, read by `topics` through
// the history cache, against raw git on the same repositories, in one run.
//
//   node scripts/bench.mjs --only repos [--runs N] [--check]
//
// Three synthetic repositories (scripts/benchRepo.mjs, other seeds, 20,000 commits over 3 years
// each; and for the memory check a double-history set, 40,000 over 6 years), cached under
// .bench/repos/. Each is cloned once into .bench/repos/work/ (a local clone: objects are hard
// links) with a remote `https://bench.example/<set>/r<N>`, and a plan names the three by that
// identity, so `topics alex --repos-dir` finds them by remote. Measured, as medians:
// - raw git: per repository the same two logs as the topics benchmark (the mentee's range with
//   --numstat, their earlier history with --name-only), one after the other, summed over the three;
// - cold: `topics` with --clear-cache (reads the three in parallel and writes the cache);
//   target at most 1.0x the sum of raw git;
// - warm: the same again with the cache; target at most 0.3x;
// - incremental: after 20 new commits of the mentee in the first repository (the cache was
//   written at the commit before them); reported against raw git, with how many commits it read;
// - peak memory of a cold run (GNU time), on the history and the double-history sets: under
//   200 MB, and node's own peak flat (at most x1.15) when the history doubles.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MENTEE, TOPICS_PARAMS, ensureBenchRepo, isolatedGitEnv } from '../benchRepo.mjs';

const SETS = [
  ['history', { commits: 20_000, years: 3 }],
  ['double', { commits: 40_000, years: 6 }],
];
const RANGE = { since: '2025-11-21', until: '2026-11-20' };
const NEW_COMMITS = 20;
const TARGETS = { cold: 1.0, warm: 0.3, peakMb: 200, flat: 1.15 };
const BIG = 1024 * 1024 * 1024;

/**
 * Runs the benchmark; `top` is the project folder, `cli` the built CLI. Returns whether every
 * target was met; exits 2 when it cannot measure.
 */
export async function benchRepos({ top, cli, runs }) {
  const base = path.join(top, '.bench', 'repos');
  const cacheDir = path.join(base, 'cache');
  const env = { ...isolatedGitEnv(), TZ: 'UTC', MENTORING_JOURNAL_CACHE_DIR: cacheDir };
  if (!fs.existsSync(cli)) {
    console.error('bench repos: dist/cli.js is missing; run "npm run bench" (it builds first).');
    process.exit(2);
  }
  const sets = {};
  for (const [label, size] of SETS) sets[label] = await prepareSet(base, label, size, env);

  const history = sets.history;
  const raw = () => history.clones.reduce((sum, dir) => sum + rawGit(dir, env), 0);
  const topics = (extra) => [
    cli,
    'topics',
    'alex',
    '--dir',
    history.records,
    '--repos-dir',
    history.work,
    '--since',
    RANGE.since,
    '--until',
    RANGE.until,
    '--format',
    'json',
    ...extra,
  ];

  // The first repository back at its base, without the new commits, and its cache written there.
  const first = history.clones[0];
  const atBase = () => git(first, ['reset', '-q', '--hard', history.bases[0]], env);
  atBase();
  const check = runJson(topics(['--clear-cache']), env);
  const seen = { raw: [], cold: [], warm: [], incremental: [] };
  for (let i = 0; i < runs; i++) {
    atBase();
    seen.raw.push(raw());
    seen.cold.push(timed(process.execPath, topics(['--clear-cache']), env));
    seen.warm.push(timed(process.execPath, topics([]), env));
    addCommits(first, env);
    seen.incremental.push(timed(process.execPath, topics([]), env));
  }
  atBase();
  runJson(topics([]), env);
  addCommits(first, env);
  const extended = runJson(topics([]), env);
  atBase();

  const peaks = {};
  for (const [label, set] of Object.entries(sets)) {
    const argv = [
      cli,
      'topics',
      'alex',
      '--dir',
      set.records,
      '--repos-dir',
      set.work,
      '--since',
      RANGE.since,
      '--until',
      RANGE.until,
      '--format',
      'json',
      '--clear-cache',
    ];
    peaks[label] = peak(argv, env, path.join(base, 'peak-hook.cjs'));
  }

  const m = Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, median(v)]));
  const ratio = (k) => m[k] / m.raw;
  const flat = peaks.double.nodeMb / peaks.history.nodeMb;
  const ok = {
    cold: ratio('cold') <= TARGETS.cold,
    warm: ratio('warm') <= TARGETS.warm,
    peak: peaks.history.mb < TARGETS.peakMb && peaks.double.mb < TARGETS.peakMb,
    flat: flat <= TARGETS.flat,
  };
  const s = (x) => `${x.toFixed(3)} s`;
  console.log(
    `bench repos: a mentee in 3 repositories (${history.commits.join(', ')} commits), ${RANGE.since} to ${RANGE.until}: ${check.commits} commits of theirs, ${check.topics.length} topics from ${new Set(check.topics.map((t) => t.repository)).size} repositories`,
  );
  console.log(
    `bench repos: medians of ${runs} runs; raw git is the two logs per repository, one after another, summed`,
  );
  for (const k of ['raw', 'cold', 'warm', 'incremental']) {
    console.log(
      `  ${k.padEnd(12)} ${s(m[k]).padStart(9)}  ${k === 'raw' ? '' : `${ratio(k).toFixed(2)}x raw`}  (${seen[k].map((x) => x.toFixed(3)).join(' ')})`,
    );
  }
  console.log(
    `bench repos: incremental run after ${NEW_COMMITS} new commits: ${extended.commits - check.commits} more commits in the result`,
  );
  console.log(
    `bench repos: peak memory of a cold run, largest process (node or git): ${mb(peaks.history.mb)} -> ${mb(peaks.double.mb)} when the history doubles; node alone ${mb(peaks.history.nodeMb)} -> ${mb(peaks.double.nodeMb)} (x${flat.toFixed(2)}) [${peaks.history.how}]`,
  );
  const v = (b) => (b ? 'ok' : 'MISSED');
  console.log(
    `bench summary: repos cold ${ratio('cold').toFixed(2)}x raw (target <= ${TARGETS.cold}): ${v(ok.cold)}; warm ${ratio('warm').toFixed(2)}x (target <= ${TARGETS.warm}): ${v(ok.warm)}; incremental ${ratio('incremental').toFixed(2)}x; peak ${mb(Math.max(peaks.history.mb, peaks.double.mb))} (target < ${TARGETS.peakMb} MB): ${v(ok.peak)}; node's peak when history doubles x${flat.toFixed(2)} (target <= x${TARGETS.flat}): ${v(ok.flat)}`,
  );
  return Object.values(ok).every(Boolean);
}

/**
 * The three repositories of one set: built (or reused) under .bench/repos/, cloned into
 * .bench/repos/work-<label>/ with their bench remote, and a records folder whose plan names them.
 */
async function prepareSet(base, label, size, env) {
  const work = path.join(base, `work-${label}`);
  const records = path.join(base, `records-${label}`);
  const clones = [];
  const bases = [];
  const commits = [];
  for (let i = 0; i < 3; i++) {
    const params = { ...TOPICS_PARAMS, seed: TOPICS_PARAMS.seed + i + 1, ...size };
    const repo = await ensureBenchRepo(base, params);
    if (repo.built)
      console.log(
        `bench repos: built ${path.relative(base, repo.dir)} (${repo.commits} commits) in ${repo.seconds} s`,
      );
    const clone = path.join(work, `r${i + 1}`);
    if (
      !fs.existsSync(path.join(clone, '.git')) ||
      git(clone, ['rev-parse', 'origin/main'], env, true)?.trim() !== repo.head
    ) {
      fs.rmSync(clone, { recursive: true, force: true });
      fs.mkdirSync(work, { recursive: true });
      git(base, ['clone', '-q', '--', repo.dir, clone], env);
    }
    git(clone, ['remote', 'set-url', 'origin', `https://bench.example/${label}/r${i + 1}`], env);
    clones.push(clone);
    bases.push(repo.head);
    commits.push(repo.commits);
  }
  const plan = path.join(records, 'mentoring', 'alex', 'plan.md');
  fs.mkdirSync(path.dirname(plan), { recursive: true });
  fs.writeFileSync(
    plan,
    [
      '---',
      `mentee: ${MENTEE.name}`,
      'mentors: [Sam Chen]',
      'started: 2024-01-01',
      `identities: [${MENTEE.email}]`,
      'repositories:',
      ...clones.map((_, i) => `  - bench.example/${label}/r${i + 1}`),
      '---',
      `# Mentoring plan: ${MENTEE.name}`,
      '',
    ].join('\n'),
  );
  return { work, records, clones, bases, commits };
}

/** Adds the mentee's new commits on the last day of the range (same ids every time). */
function addCommits(dir, env) {
  for (let i = 0; i < NEW_COMMITS; i++) {
    const file = path.join(dir, 'bench-new', `change-${i % 5}.txt`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, `line ${i}\n`);
    const date = `2026-11-20T19:${String(i).padStart(2, '0')}:00Z`;
    git(dir, ['add', '-A'], env);
    git(dir, ['commit', '-q', '--no-verify', '-m', `Bench change ${i}`], {
      ...env,
      GIT_AUTHOR_NAME: MENTEE.name,
      GIT_AUTHOR_EMAIL: MENTEE.email,
      GIT_COMMITTER_NAME: MENTEE.name,
      GIT_COMMITTER_EMAIL: MENTEE.email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    });
  }
}

/** Seconds for raw git's two logs in one repository. */
function rawGit(dir, env) {
  const { since, until } = RANGE;
  const before = new Date(Date.parse(`${since}T00:00:00Z`) - 1000).toISOString().slice(0, 19);
  return (
    timed(
      'git',
      [
        'log',
        '--numstat',
        '--no-merges',
        `--author=${MENTEE.email}`,
        `--since=${since}T00:00:00Z`,
        `--until=${until}T23:59:59Z`,
      ],
      env,
      dir,
    ) +
    timed('git', ['log', '--name-only', `--author=${MENTEE.email}`, `--until=${before}Z`], env, dir)
  );
}

function git(cwd, args, env, quiet = false) {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: BIG });
  if (r.status === 0) return r.stdout;
  if (quiet) return undefined;
  console.error(`bench repos: git ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
  process.exit(2);
}

function runJson(argv, env) {
  const r = spawnSync(process.execPath, argv, { env, encoding: 'utf8', maxBuffer: BIG });
  if (r.status !== 0) {
    console.error(`bench repos: topics exited ${r.status}: ${r.stderr}`);
    process.exit(2);
  }
  return JSON.parse(r.stdout);
}

function timed(command, argv, env, cwd) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, argv, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: BIG,
  });
  if (r.status !== 0) {
    console.error(
      `bench repos: ${path.basename(command)} ${argv.join(' ')} exited ${r.status}\n${r.stderr}`,
    );
    process.exit(2);
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Peak memory of one run: GNU time's (the largest process) and node's own (a preloaded hook). */
function peak(argv, env, hook) {
  fs.writeFileSync(
    hook,
    "process.on('exit', () => process.stderr.write('\\nNODE_MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  const full = [process.execPath, '--require', hook, ...argv];
  const withTime = fs.existsSync('/usr/bin/time');
  const r = withTime
    ? spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB %M', ...full], {
        env,
        encoding: 'utf8',
        maxBuffer: BIG,
      })
    : spawnSync(full[0], full.slice(1), { env, encoding: 'utf8', maxBuffer: BIG });
  const own = /^NODE_MAXRSS_KB (\d+)$/m.exec(r.stderr);
  const largest = /^MAXRSS_KB (\d+)$/m.exec(r.stderr);
  const nodeMb = own ? Number(own[1]) / 1024 : NaN;
  return {
    mb: largest ? Number(largest[1]) / 1024 : nodeMb,
    nodeMb,
    how: largest ? '/usr/bin/time' : 'node only',
  };
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function mb(x) {
  return Number.isNaN(x) ? '-' : `${x.toFixed(0)} MB`;
}
