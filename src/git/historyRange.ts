import * as fs from 'node:fs';
import * as path from 'node:path';
import { dateProblem } from '../core/dates';
import { GitError } from './gitError';
import { utcDate } from './logParser';
import { streamGit } from './streamGit';
import { t } from '../core/l10n';

/** Which part of the history to read: the last session's HEAD and date, or any whole days. */
export interface HistoryRangeRequest {
  /** The last session's HEAD: the range starts after it when it is an ancestor of HEAD. */
  sinceHead?: string;
  /** The first day of the range, YYYY-MM-DD (UTC); absent: from the first commit. */
  since?: string;
  /** The last day of the range, YYYY-MM-DD (UTC), included; absent: no end (today in `range`). */
  until?: string;
}

/** The git arguments that select one part of the history: date limits and revisions. */
export interface RangeSelection {
  /** `--since=@<seconds> +0000` / `--until=...`, or nothing. */
  dateArgs: string[];
  /** Full object names (or `<from>..<to>`) for after `--end-of-options`. */
  revisions: string[];
}

/** A range resolved against the repository, ready for the history read. */
export interface ResolvedRange extends RangeSelection {
  /** The work tree's top folder: every later call runs there, so paths are relative to it. */
  top: string;
  /** HEAD's commit when the range was resolved (every read uses it, not a moving HEAD). */
  toSha?: string;
  /** Set when the range starts after this commit (an ancestor of HEAD). */
  fromSha?: string;
  /** The first day, when there is one (with `fromSha`: the requested date, shown to people). */
  since?: string;
  /** The last day: the requested one, or the UTC date of `now`. */
  until: string;
  /** The history before the range, for first touches; absent when the range starts at the root. */
  earlier?: RangeSelection;
  /** No commits at all yet: there is nothing to read. */
  empty: boolean;
  /**
   * A shallow clone (the history is cut, so first touches may be wrong) or a partial clone (line
   * counts and dependencies are not read).
   */
  partial: boolean;
  /**
   * The boundary commits of a shallow clone (its `shallow` file): git shows each without parents,
   * as if it added the whole tree. Empty when the repository is not shallow.
   */
  shallowCommits: ReadonlySet<string>;
  /**
   * A partial clone (a promisor remote): blobs may be missing and must not be fetched, so only
   * paths are read, not line counts or patches.
   */
  partialClone: boolean;
  detached: boolean;
  /** Submodules listed in .gitmodules at HEAD (their own histories are not read). */
  submodules: number;
  /** Things to tell the user about the range. */
  notes: string[];
}

const SHA = /^[0-9a-f]{7,64}$/;
const DAY = 86_400;
// The limit simple-git's block timeout gave these calls; none reads more than a config blob.
const SHORT_CALL_MS = 10_000;

/**
 * Resolves what to read for `request` in the repository holding `repo`.
 *
 * Dates are whole UTC days: `since` is passed as `--since=@<start of that day> +0000` and `until`
 * as `--until=@<last second of that day> +0000` (git's raw "@seconds zone" form, which it parses
 * exactly, unlike free-form dates). Both are inclusive and compare the committer date, as git
 * does; like plain `git log --since`, git stops following a line of history at a commit dated
 * before `since`, so a commit with a skewed older date hides its ancestors on that line. `sinceHead` is used only when it looks like an object name, names a commit, and is an
 * ancestor of HEAD; otherwise the range falls back to `since` and a note says why.
 *
 * An empty repository, a shallow clone, a detached HEAD and submodules are outcomes (flags and
 * notes), not exceptions. Throws GitError 'invalid-range' for a malformed date or since > until,
 * 'not-a-repo', and 'git-missing'.
 */
export async function resolveHistoryRange(
  repo: string,
  request: HistoryRangeRequest,
  options: { now?: number } = {},
): Promise<ResolvedRange> {
  for (const key of ['since', 'until'] as const) {
    const value = request[key];
    const why = value === undefined ? undefined : dateProblem(value);
    if (why) throw new GitError('invalid-range', `${key}: ${why}.`);
  }
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const until = request.until ?? utcDate(now);
  if (request.since !== undefined && request.since > until) {
    throw new GitError(
      'invalid-range',
      t('The range starts ({0}) after it ends ({1}).', request.since, until),
    );
  }

  // One round of git calls, all in `repo` itself (a subfolder is fine for each of them).
  const [{ top, toSha, shallow }, branch, partialClone] = await Promise.all([
    headFacts(repo),
    quiet(repo, ['symbolic-ref', '--quiet', 'HEAD']),
    isPartialClone(repo),
  ]);
  const shallowCommits = shallow === 'true' ? await boundaryCommits(top) : new Set<string>();
  const partial = shallow === 'true' || partialClone;
  const detached = branch === undefined;
  const notes: string[] = [];
  const base = {
    top,
    until,
    partial,
    shallowCommits,
    partialClone,
    detached,
    dateArgs: [],
    revisions: [],
    submodules: 0,
  };
  if (toSha === undefined || !/^[0-9a-f]{40,64}$/.test(toSha)) {
    notes.push(t('The repository has no commits yet: there is no history to read.'));
    return { ...base, since: request.since, empty: true, notes };
  }
  if (shallow === 'true') {
    notes.push(
      t(
        'This is a shallow clone: the history is incomplete, so first touches may be wrong (topics are partial).',
      ),
    );
  }
  if (partialClone) {
    notes.push(
      t('This is a partial clone: line counts and dependencies are not read (topics are partial).'),
    );
  }
  if (detached) {
    notes.push(
      t('HEAD is detached at {0}: reading the history of that commit.', toSha.slice(0, 7)),
    );
  }

  const [fromSha, submodules] = await Promise.all([
    ancestorStart(top, request, toSha, notes),
    submoduleCount(top, toSha),
  ]);
  if (submodules > 0) {
    notes.push(
      submodules === 1
        ? t("1 submodule is not mined: only this repository's own history is read.")
        : t(
            "{0} submodules are not mined: only this repository's own history is read.",
            submodules,
          ),
    );
  }

  const sinceArg = request.since && `--since=@${dayStart(request.since)} +0000`;
  const untilArg = request.until && `--until=@${dayStart(request.until) + DAY - 1} +0000`;
  if (fromSha) {
    return {
      ...base,
      toSha,
      fromSha,
      since: request.since,
      dateArgs: untilArg ? [untilArg] : [],
      revisions: [`${fromSha}..${toSha}`],
      earlier: { dateArgs: [], revisions: [fromSha] },
      empty: false,
      submodules,
      notes,
    };
  }
  return {
    ...base,
    toSha,
    since: request.since,
    dateArgs: [sinceArg, untilArg].filter((a): a is string => !!a),
    revisions: [toSha],
    earlier: request.since
      ? { dateArgs: [`--until=@${dayStart(request.since) - 1} +0000`], revisions: [toSha] }
      : undefined,
    empty: false,
    submodules,
    notes,
  };
}

/** Seconds since the epoch at 00:00:00 UTC of a YYYY-MM-DD day. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/** What one `rev-parse` tells: the top folder, HEAD's commit (none yet: undefined), shallowness. */
interface HeadFacts {
  top: string;
  toSha?: string;
  /** `rev-parse --is-shallow-repository`: "true", "false", or undefined when it failed. */
  shallow?: string;
}

/**
 * The top folder, HEAD's commit and whether the clone is shallow, from one git process in the
 * common case. It fails when there is no commit yet (or no repository): then the answers come
 * one by one, so that a missing repository still says 'not-a-repo' and an empty one has no sha.
 */
async function headFacts(repo: string): Promise<HeadFacts> {
  let out: string;
  try {
    // --verify prints its object name after everything else, so the top folder (which may hold
    // a newline) is what lies between the first and the last line.
    out = await output(repo, [
      'rev-parse',
      '--is-shallow-repository',
      '--show-toplevel',
      '--verify',
      '--quiet',
      'HEAD^{commit}',
    ]);
  } catch (e) {
    if (e instanceof GitError && e.kind === 'git-missing') throw e;
    const top = await topFolder(repo);
    const [toSha, shallow] = await Promise.all([
      quiet(top, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']),
      quiet(top, ['rev-parse', '--is-shallow-repository']),
    ]);
    return { top, toSha, shallow };
  }
  const text = out.endsWith('\n') ? out.slice(0, -1) : out;
  const first = text.indexOf('\n');
  const last = text.lastIndexOf('\n');
  const top = first >= 0 && last > first ? text.slice(first + 1, last) : '';
  if (!top) throw new GitError('not-a-repo', t('{0} is not inside a git work tree.', repo));
  return { top: path.resolve(top), toSha: text.slice(last + 1), shallow: text.slice(0, first) };
}

async function topFolder(repo: string): Promise<string> {
  try {
    const top = (await output(repo, ['rev-parse', '--show-toplevel'])).trim();
    if (top) return path.resolve(top);
  } catch (e) {
    if (e instanceof GitError && e.kind === 'git-missing') throw e;
    throw new GitError(
      'not-a-repo',
      t('{0} is not inside a git work tree.', repo),
      e instanceof GitError ? e.output : undefined,
    );
  }
  throw new GitError('not-a-repo', t('{0} is not inside a git work tree.', repo));
}

/**
 * The commits listed in the shallow file (`rev-parse --git-path` gives its place, also for a
 * linked worktree, relative to `top`). A missing or unreadable file lists none.
 */
async function boundaryCommits(top: string): Promise<Set<string>> {
  const file = await quiet(top, ['rev-parse', '--git-path', 'shallow']);
  if (!file) return new Set();
  let text: string;
  try {
    text = await fs.promises.readFile(path.resolve(top, file), 'utf8');
  } catch {
    return new Set();
  }
  return new Set(
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[0-9a-f]{40,64}$/.test(l)),
  );
}

/**
 * True for a partial clone: `extensions.partialClone` names a promisor remote, or some remote has
 * `promisor` set true (what `git clone --filter` writes). Such a repository may lack blobs that git
 * would fetch on demand, which history reads must not do.
 */
async function isPartialClone(top: string): Promise<boolean> {
  const [extension, promisors] = await Promise.all([
    quiet(top, ['config', '--get', 'extensions.partialClone']),
    // -z: each entry is "key\nvalue\0", whatever a remote's name holds.
    quiet(top, ['config', '-z', '--type=bool', '--get-regexp', '^remote\\..*\\.promisor$']),
  ]);
  if (extension) return true;
  return (promisors ?? '').split('\0').some((entry) => entry.endsWith('\ntrue'));
}

/**
 * The standard output of a short git call. streamGit rather than runGit: simple-git waits 50 ms
 * after a command that printed nothing (`config --get` of an unset key, `merge-base
 * --is-ancestor`), and these calls run before every history read.
 */
async function output(dir: string, args: string[]): Promise<string> {
  let text = '';
  await streamGit({ cwd: dir, args, onStdout: (t) => (text += t), timeoutMs: SHORT_CALL_MS });
  return text;
}

/** The trimmed output of a git call that may fail for an expected reason; undefined then. */
async function quiet(dir: string, args: string[]): Promise<string | undefined> {
  try {
    return (await output(dir, args)).trim();
  } catch (e) {
    if (e instanceof GitError && e.kind === 'git-missing') throw e;
    return undefined;
  }
}

/** The full name of `request.sinceHead` when the range can start after it; else a note why not. */
async function ancestorStart(
  top: string,
  request: HistoryRangeRequest,
  toSha: string,
  notes: string[],
): Promise<string | undefined> {
  const head = request.sinceHead?.trim().toLowerCase();
  if (!head) return undefined;
  const fallback = request.since
    ? t('reading since {0} instead', request.since)
    : t('reading all of it');
  if (!SHA.test(head)) {
    notes.push(
      t('The last session\'s HEAD "{0}" is not a commit id: {1}.', head.slice(0, 70), fallback),
    );
    return undefined;
  }
  // The value is hex only, so it cannot be taken for an option (rev-parse of git 2.39 prints
  // --end-of-options instead of honouring it).
  const full = await quiet(top, ['rev-parse', '--verify', '--quiet', `${head}^{commit}`]);
  if (!full || !/^[0-9a-f]{40,64}$/.test(full)) {
    notes.push(
      t("The last session's HEAD {0} is not in this repository: {1}.", head.slice(0, 12), fallback),
    );
    return undefined;
  }
  const ancestor = await quiet(top, ['merge-base', '--is-ancestor', full, toSha]);
  if (ancestor === undefined) {
    notes.push(
      t(
        "The last session's HEAD {0} is not an ancestor of HEAD (rebased or another branch?): {1}.",
        full.slice(0, 7),
        fallback,
      ),
    );
    return undefined;
  }
  return full;
}

/** How many submodule paths .gitmodules at `toSha` lists (0 when it has none or no such file). */
async function submoduleCount(top: string, toSha: string): Promise<number> {
  // Reading the blob (not the work tree's file) keeps the answer tied to the commit being read;
  // `config --blob` follows no include directives.
  const out = await quiet(top, [
    'config',
    '-z',
    `--blob=${toSha}:.gitmodules`,
    '--get-regexp',
    '^submodule\\..*\\.path$',
  ]);
  return out ? out.split('\0').filter((e) => e !== '').length : 0;
}
