// git in a test workspace as a given person at a given day: the commits and merges the
// integration and end-to-end tests make in the repository the extension reads.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Someone who commits in a test repository. */
export interface GitPerson {
  name: string;
  email: string;
}

/** How one git run is made: by whom, on which day (UTC noon), with what input and environment. */
export interface GitRun {
  who: GitPerson;
  /** YYYY-MM-DD. */
  date: string;
  input?: string;
  env?: Record<string, string>;
}

/** Runs git in `cwd` as `how.who`, author and committer, at noon of `how.date`; its output, trimmed. */
export function gitIn(cwd: string, how: GitRun, ...args: string[]): string {
  const when = `${how.date}T12:00:00Z`;
  const env = {
    ...process.env,
    ...how.env,
    GIT_AUTHOR_NAME: how.who.name,
    GIT_AUTHOR_EMAIL: how.who.email,
    GIT_COMMITTER_NAME: how.who.name,
    GIT_COMMITTER_EMAIL: how.who.email,
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_DATE: when,
  };
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8', input: how.input });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** Writes `files` in `cwd` and commits just them as `who` at `date`; the commit's sha. */
export function commitFilesIn(
  cwd: string,
  who: GitPerson,
  date: string,
  message: string,
  files: Record<string, string>,
): string {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    fs.writeFileSync(path.join(cwd, file), text);
  }
  const how = { who, date };
  gitIn(cwd, how, 'add', '--', ...Object.keys(files));
  gitIn(cwd, how, 'commit', '-q', '-m', message, '--', ...Object.keys(files));
  return gitIn(cwd, how, 'rev-parse', 'HEAD');
}

/** A pull request: who wrote it and when, the one file it adds, and its merge. */
export interface PullRequest {
  author: GitPerson;
  date: string;
  file: string;
  text: string;
  maintainer: GitPerson;
  mergedOn: string;
  /** The merge's message ("Merge pull request #7 from ana/fix"). */
  message: string;
}

/**
 * A pull request adding one file, merged with a merge commit onto the current branch of `cwd`;
 * the merge's sha. Made with plumbing on a private index, since a test workspace may hold local
 * and staged changes that a porcelain merge refuses to go past; the real index and working tree
 * then get the one new file, so nothing else about them changes.
 */
export function mergedPullRequestIn(cwd: string, pr: PullRequest): string {
  const by = { who: pr.author, date: pr.date };
  const head = gitIn(cwd, by, 'rev-parse', 'HEAD');
  const branch = gitIn(cwd, by, 'symbolic-ref', 'HEAD');
  const blob = gitIn(cwd, { ...by, input: pr.text }, 'hash-object', '-w', '--stdin');
  const indexFile = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'mj-pr-index-')),
    'index',
  );
  const onIndex = { ...by, env: { GIT_INDEX_FILE: indexFile } };
  try {
    gitIn(cwd, onIndex, 'read-tree', head);
    gitIn(cwd, onIndex, 'update-index', '--add', '--cacheinfo', `100644,${blob},${pr.file}`);
    const tree = gitIn(cwd, onIndex, 'write-tree');
    const work = gitIn(cwd, by, 'commit-tree', tree, '-p', head, '-m', `Work for: ${pr.message}`);
    const merged = { who: pr.maintainer, date: pr.mergedOn };
    const merge = gitIn(cwd, merged, 'commit-tree', tree, '-p', head, '-p', work, '-m', pr.message);
    gitIn(cwd, merged, 'update-ref', branch, merge, head);
    fs.mkdirSync(path.dirname(path.join(cwd, pr.file)), { recursive: true });
    fs.writeFileSync(path.join(cwd, pr.file), pr.text);
    gitIn(cwd, merged, 'update-index', '--add', '--cacheinfo', `100644,${blob},${pr.file}`);
    return merge;
  } finally {
    fs.rmSync(path.dirname(indexFile), { recursive: true, force: true });
  }
}
