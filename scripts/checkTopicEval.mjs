// Checks the topic evaluation's label files against the repositories they were read from,
// without running the tool (so it is safe on held-out contributors):
//
//   node scripts/checkTopicEval.mjs
//
// Labels are read from MJ_EVAL_LABELS (default test/fixtures/topic-eval), repositories from
// MJ_EVAL_REPOS (default /work/evalrepos), as the scorer does. Each file must have the fields the
// scorer reads (scripts/bench/topicEvalShape.mjs), and each commit it names must exist and be
// reachable from the pinned `head`; the contributor's own commits (a topic's `commits`, a
// forbidden claim's `commits`) must be authored under one of `authors` and committed inside the
// window, i.e. be among what `git log --author --since --until` gives; `othersCommits` must be
// someone else's. A label naming a commit the tool cannot see would count against the tool for
// no fault of its own. Exit 0: all good; 1: a problem (listed); 2: a labelled repository is
// missing (a check that could not run is not a pass).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isolatedGitEnv } from './benchRepo.mjs';
import { labelProblems } from './bench/topicEvalShape.mjs';

const top = path.resolve(new URL('..', import.meta.url).pathname);
const labelsDir = process.env.MJ_EVAL_LABELS ?? path.join(top, 'test', 'fixtures', 'topic-eval');
const reposRoot = process.env.MJ_EVAL_REPOS ?? '/work/evalrepos';
const env = isolatedGitEnv();

/** Runs git in `repo`; its trimmed output, or undefined when git fails. */
function git(repo, argv) {
  const r = spawnSync('git', ['-C', repo, ...argv], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** The problems with one well-formed label's commits in its repository. */
function historyProblems(label, repo) {
  if (git(repo, ['cat-file', '-e', `${label.head}^{commit}`]) === undefined) {
    return [`head ${label.head} is not a commit in ${repo}`];
  }
  // The contributor's commits in the window, as the scorer's raw `git log` selects them (whole
  // UTC days, commit dates), from the pinned head.
  const visible = new Set(
    (
      git(repo, [
        'log',
        '--format=%H',
        ...label.authors.map((a) => `--author=${a}`),
        `--since=${label.since}T00:00:00Z`,
        `--until=${label.until}T23:59:59Z`,
        '--end-of-options',
        label.head,
      ]) ?? ''
    )
      .split('\n')
      .filter((l) => l !== ''),
  );
  const addresses = new Set(label.authors.map((a) => a.toLowerCase()));
  const problems = [];
  const check = (sha, where, own) => {
    if (git(repo, ['cat-file', '-e', `${sha}^{commit}`]) === undefined) {
      problems.push(`${where}: ${sha} is not a commit`);
      return;
    }
    if (git(repo, ['merge-base', '--is-ancestor', sha, label.head]) === undefined) {
      problems.push(`${where}: ${sha} is not reachable from head ${label.head}`);
    }
    const author = (git(repo, ['show', '-s', '--format=%aE', sha]) ?? '').toLowerCase();
    if (own && !addresses.has(author)) {
      problems.push(`${where}: ${sha} is authored by ${author}, not one of authors`);
    } else if (own && !visible.has(sha)) {
      problems.push(`${where}: ${sha} is not committed within ${label.since}..${label.until}`);
    } else if (!own && addresses.has(author)) {
      problems.push(`${where}: ${sha} is the contributor's own commit, not someone else's`);
    }
  };
  for (const t of label.topics) {
    for (const sha of t.commits) check(sha, t.id, true);
    for (const sha of t.othersCommits ?? []) check(sha, `${t.id} othersCommits`, false);
  }
  for (const f of label.forbidden) for (const sha of f.commits ?? []) check(sha, f.id, true);
  return problems;
}

let failed = false;
let missing = false;
const files = fs
  .readdirSync(labelsDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
for (const file of files) {
  let label;
  try {
    label = JSON.parse(fs.readFileSync(path.join(labelsDir, file), 'utf8'));
  } catch (e) {
    console.error(`${file}: not JSON: ${e.message}`);
    failed = true;
    continue;
  }
  const problems = labelProblems(label);
  if (problems.length === 0) {
    const repo = path.join(reposRoot, label.repo);
    if (!fs.existsSync(repo)) {
      console.error(`${file}: not checked: no repository at ${repo} (set MJ_EVAL_REPOS)`);
      missing = true;
      continue;
    }
    problems.push(...historyProblems(label, repo));
  }
  for (const p of problems) console.error(`${file}: ${p}`);
  if (problems.length > 0) {
    failed = true;
    continue;
  }
  const commits = label.topics.reduce((n, t) => n + t.commits.length, 0);
  console.log(
    `${file}: ok (${label.split}, ${label.topics.length} topics over ${commits} commits, ${label.forbidden.length} forbidden claims)`,
  );
}
process.exit(failed ? 1 : missing ? 2 : 0);
