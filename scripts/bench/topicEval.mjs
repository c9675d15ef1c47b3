// The topic evaluation: the built CLI's learning topics for real contributors to real projects,
// judged against what a mentor wrote down first (test/fixtures/topic-eval/, its README says how).
//
//   node scripts/bench.mjs --only topic-eval
//
// The summary is printed for every split present (tuning, heldout, heldout2, heldout3, heldout4,
// heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, then all);
// MJ_EVAL_SPLIT=<split> runs and prints one split only.
//
// The repositories are not part of this project: they are read from MJ_EVAL_REPOS (default
// /work/evalrepos), one folder per label's `repo`. Without them, or without a label's pinned
// commit, the evaluation says it skipped that label and why, and does not fail. Each label pins the commit its history was read at: when the
// folder's HEAD is elsewhere, a shared clone at that commit is made once under .bench/.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isolatedGitEnv } from '../benchRepo.mjs';
import { overallScores, scoreContributor, summarySplits } from './topicEvalScore.mjs';

const top = path.resolve(new URL('../..', import.meta.url).pathname);
const labelsDir = path.join(top, 'test', 'fixtures', 'topic-eval');
const benchDir = path.join(top, '.bench');
const cli = path.join(top, 'dist', 'cli.js');
const BIG = 1024 * 1024 * 1024;

/** Issue 16's targets: precision at 10 and recall of at least 0.7, and no wrong topic. */
const TARGET = { precisionAt10: 0.7, recall: 0.7, wrong: 0 };

/**
 * Runs the evaluation and prints it; writes .bench/topic-eval.json. Returns whether the targets
 * were met on the tuning split (true when skipped: nothing to measure is not a miss).
 */
export async function benchTopicEval() {
  const reposRoot = process.env.MJ_EVAL_REPOS ?? '/work/evalrepos';
  if (!fs.existsSync(reposRoot)) {
    console.log(
      `bench topic-eval: skipped: no evaluation repositories at ${reposRoot} (set MJ_EVAL_REPOS to the folder holding ${repoNames().join(', ')})`,
    );
    return true;
  }
  if (!fs.existsSync(cli)) {
    console.error('bench topic-eval: dist/cli.js is missing: run `npm run build` first');
    process.exit(2);
  }
  const env = isolatedGitEnv();
  const onlySplit = process.env.MJ_EVAL_SPLIT || undefined;
  const results = [];
  const timings = new Map();
  for (const file of labelFiles()) {
    const label = JSON.parse(fs.readFileSync(path.join(labelsDir, file), 'utf8'));
    // MJ_EVAL_SPLIT=tuning runs and prints the tuning contributors only: whoever tunes the
    // ranking never sees the held-out output.
    if (onlySplit !== undefined && label.split !== onlySplit) continue;
    const name = file.replace(/\.json$/, '');
    const source = path.join(reposRoot, label.repo);
    if (!fs.existsSync(source)) {
      console.log(`bench topic-eval ${name} [${label.split}]: skipped: no repository at ${source}`);
      continue;
    }
    // An older copy of the repository lacks the commit the labels were read at: its history is
    // not the one judged, so it is skipped, like a missing one, rather than scored or failed.
    if (!hasCommit(source, label.head, env)) {
      console.log(
        `bench topic-eval ${name} [${label.split}]: skipped: ${source} has no commit ${label.head} (fetch it)`,
      );
      continue;
    }
    const repo = repositoryAt(source, label.head, env);
    const authors = label.authors.flatMap((a) => ['--author', a]);
    const range = ['--since', label.since, '--until', label.until];
    const ours = run(
      process.execPath,
      [cli, 'topics', '--repo', repo, ...authors, ...range, '--format', 'json'],
      { cwd: repo, env },
    );
    const raw = run(
      'git',
      [
        '-C',
        repo,
        'log',
        '--numstat',
        ...label.authors.map((a) => `--author=${a}`),
        `--since=${label.since}T00:00:00Z`,
        `--until=${label.until}T23:59:59Z`,
      ],
      { env },
    );
    const topics = JSON.parse(ours.stdout).topics ?? [];
    const score = scoreContributor(label, topics);
    results.push({
      name,
      split: label.split,
      repo: label.repo,
      seconds: ours.seconds,
      raw: raw.seconds,
      ...score,
    });
    const t = timings.get(label.repo) ?? { ours: 0, raw: 0 };
    timings.set(label.repo, { ours: t.ours + ours.seconds, raw: t.raw + raw.seconds });
    printContributor(name, label, score, ours.seconds, raw.seconds);
  }
  if (results.length === 0) {
    const which = onlySplit === undefined ? '' : ` for split ${onlySplit}`;
    console.log(
      `bench topic-eval: skipped: none of the labelled repositories${which} (${repoNames(onlySplit).join(', ')}) is in ${reposRoot}`,
    );
    return true;
  }
  const splits = {};
  for (const split of summarySplits(results)) {
    const rows = results.filter((r) => split === 'all' || r.split === split);
    splits[split] = overallScores(rows);
    const o = splits[split];
    console.log(
      `bench topic-eval ${split} (${o.contributors} contributors): precision@5 ${o.precisionAt5.toFixed(2)}, precision@10 ${o.precisionAt10.toFixed(2)}, recall ${o.recall.toFixed(2)}, factually wrong ${o.wrong}`,
    );
  }
  const repos = {};
  for (const [repo, t] of timings) {
    repos[repo] = { ours: t.ours, raw: t.raw, ratio: t.ours / t.raw };
    console.log(
      `bench topic-eval time ${repo}: ours ${t.ours.toFixed(2)} s, raw git ${t.raw.toFixed(2)} s (git log --numstat of the same ranges): ${(t.ours / t.raw).toFixed(2)}x`,
    );
  }
  fs.mkdirSync(benchDir, { recursive: true });
  const out = path.join(benchDir, 'topic-eval.json');
  fs.writeFileSync(
    out,
    JSON.stringify(
      { when: new Date().toISOString(), target: TARGET, splits, repos, contributors: results },
      null,
      2,
    ) + '\n',
  );
  console.log(`bench topic-eval: summary in ${path.relative(top, out)}`);
  const tuning = splits.tuning ?? splits.all;
  return (
    tuning.precisionAt10 >= TARGET.precisionAt10 &&
    tuning.recall >= TARGET.recall &&
    tuning.wrong <= TARGET.wrong
  );
}

/** The label files, in a stable order. */
function labelFiles() {
  return fs
    .readdirSync(labelsDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** The repositories the labels (of one split, when given) need, for the skip messages. */
function repoNames(split) {
  const labels = labelFiles().map((f) =>
    JSON.parse(fs.readFileSync(path.join(labelsDir, f), 'utf8')),
  );
  const names = labels.filter((l) => split === undefined || l.split === split).map((l) => l.repo);
  return [...new Set(names)].sort();
}

/** Whether `repo` holds `sha` as a commit (a plain check, not through run(), which exits). */
function hasCommit(repo, sha, env) {
  const r = spawnSync('git', ['-C', repo, 'cat-file', '-e', `${sha}^{commit}`], { env });
  return r.status === 0;
}

/**
 * A folder whose HEAD is `head`: the source itself when it is there already, else a shared clone
 * (objects borrowed, nothing copied) checked out at `head`, made once under .bench/.
 */
function repositoryAt(source, head, env) {
  const current = run('git', ['-C', source, 'rev-parse', 'HEAD'], { env }).stdout.trim();
  if (current === head) return source;
  const dest = path.join(benchDir, `topic-eval-${path.basename(source)}-${head.slice(0, 12)}`);
  if (!fs.existsSync(dest)) {
    run('git', ['clone', '--quiet', '--shared', '--no-checkout', source, dest], { env });
    run('git', ['-C', dest, 'checkout', '--quiet', '--detach', head], { env });
  }
  return dest;
}

/** Runs a command to the end; a failure stops the evaluation, since its numbers mean nothing. */
function run(command, argv, options) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, argv, { ...options, encoding: 'utf8', maxBuffer: BIG });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) {
    console.error(
      `bench topic-eval: ${path.basename(command)} ${argv.join(' ')} exited ${r.status}\n${r.stderr}`,
    );
    process.exit(2);
  }
  return { stdout: r.stdout, seconds };
}

/** One contributor: the scores, the top 10 with their verdicts (for re-judging by reading). */
function printContributor(name, label, s, ours, raw) {
  console.log(
    `bench topic-eval ${name} [${label.split}] (${label.repo}, ${label.since}..${label.until}): precision@5 ${s.precisionAt5.toFixed(2)}, precision@10 ${s.precisionAt10.toFixed(2)}, recall ${s.recall.toFixed(2)} (${s.recalled.length} of ${label.topics.length}), wrong ${s.wrong}; ${ours.toFixed(2)} s against raw git ${raw.toFixed(2)} s`,
  );
  for (const j of s.judged) {
    const verdict =
      j.verdict === 'wrong'
        ? `WRONG ${j.forbidden.join(',')}`
        : j.verdict === 'miss'
          ? 'miss'
          : `${j.verdict === 'hit' ? 'hit' : 'dup'} ${j.expected}`;
    console.log(`  ${String(j.rank).padStart(2)}. ${verdict.padEnd(12)} [${j.kind}] ${j.title}`);
  }
  if (s.missed.length > 0) {
    const titles = new Map(label.topics.map((t) => [t.id, t.title]));
    for (const id of s.missed) console.log(`      not found ${id}: ${titles.get(id)}`);
  }
}
