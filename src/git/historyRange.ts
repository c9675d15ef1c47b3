import * as fs from 'node:fs';
import * as path from 'node:path';
import { dateProblem } from '../core/dates';
import { GitError } from './gitError';
import { utcDate } from './logParser';
import { readRepoConfig, type RepoConfig } from './repoConfig';
import { repoTip, type RepoTip } from './repoTip';
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
  /**
   * How many entries the tip's top folder has (readTreeWidth's answer, read here to see whether
   * there is a .gitmodules to ask about); undefined when there is no tip or git did not say.
   */
  treeWidth?: number;
  /** Things to tell the user about the range. */
  notes: string[];
}

/**
 * What finding the repository already read, handed on so the range does not ask git again: its
 * rev-parse (top, tip, shallow, detached) and its config. The tip is the one the logs then read,
 * so what keys a kept result is what was read.
 */
export interface KnownRepository {
  /** Its one rev-parse (repoTip): top, tip, shallow, detached. */
  head?: RepoTip;
  /** Its one `config --list` (readRepoConfig), maybe still running. */
  config?: Promise<RepoConfig>;
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
 * 'not-a-repo', 'git-missing', and 'failed' when HEAD names an object git cannot read as a
 * commit (a damaged repository: a missing object, unreadable refs).
 */
export async function resolveHistoryRange(
  repo: string,
  request: HistoryRangeRequest,
  options: { now?: number; known?: KnownRepository } = {},
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

  // At most one round of two git calls, in `repo` itself (a subfolder is fine for both), and
  // none for what finding the repository read already.
  const known = options.known;
  const [{ top, tip: toSha, shallow, detached: headDetached }, config] = await Promise.all([
    known?.head ?? headFacts(repo),
    known?.config ?? readRepoConfig(repo),
  ]);
  const partialClone = config.partialClone;
  const shallowCommits = shallow ? await boundaryCommits(top) : new Set<string>();
  const partial = !!shallow || partialClone;
  // Without a commit the rev-parse cannot tell; symbolic-ref fails exactly when HEAD is detached.
  const detached =
    headDetached ?? (await quiet(top, ['symbolic-ref', '--quiet', 'HEAD'])) === undefined;
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
  if (!toSha || !/^[0-9a-f]{40,64}$/.test(toSha)) {
    // HEAD^{commit} failed: an unborn branch, or a HEAD (or refs) git cannot read, a damaged
    // repository that must not read as "no commits". One more run, on this rare path only.
    const named = await quiet(top, ['rev-parse', '--verify', '--quiet', 'HEAD']);
    if (named && /^[0-9a-f]{40,64}$/.test(named)) {
      throw new GitError(
        'failed',
        t(
          'git could not read HEAD ({0}) or the refs of {1}: the repository may be damaged (git fsck tells more).',
          named.slice(0, 12),
          top,
        ),
      );
    }
    notes.push(t('The repository has no commits yet: there is no history to read.'));
    return { ...base, since: request.since, empty: true, notes };
  }
  if (shallow) {
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

  const [fromSha, { submodules, treeWidth }] = await Promise.all([
    ancestorStart(top, request, toSha, notes),
    topFolderFacts(top, toSha),
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
      treeWidth,
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
    treeWidth,
    notes,
  };
}

/** Seconds since the epoch at 00:00:00 UTC of a YYYY-MM-DD day. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

/**
 * The top folder, HEAD's commit, shallowness and detachment from one git run (repoTip). No
 * repository: 'not-a-repo'.
 */
async function headFacts(repo: string): Promise<RepoTip> {
  const head = await repoTip(repo);
  if (!head) throw new GitError('not-a-repo', t('{0} is not inside a git work tree.', repo));
  return head;
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

/**
 * The tip's top folder: how many entries it has (readTreeWidth's answer, which the history read
 * then uses instead of its own ls-tree) and how many submodule paths its .gitmodules lists. The
 * .gitmodules blob is read only when the folder has one: most repositories have none, and that
 * saves a git process per read. When the listing fails, .gitmodules is asked about as before.
 */
async function topFolderFacts(
  top: string,
  toSha: string,
): Promise<{ submodules: number; treeWidth?: number }> {
  let names: string[] | undefined;
  try {
    // Each name ends with NUL, whatever it holds (-z); the text after the last one is empty.
    names = (await output(top, ['ls-tree', '-z', '--name-only', '--end-of-options', toSha])).split(
      '\0',
    );
    names.pop();
  } catch (e) {
    if (e instanceof GitError && e.kind === 'git-missing') throw e;
  }
  const treeWidth = names?.length;
  if (names !== undefined && !names.includes('.gitmodules')) return { submodules: 0, treeWidth };
  // Reading the blob (not the work tree's file) keeps the answer tied to the commit being read.
  // `config --blob` would follow an absolute `include.path` into a file on this machine: the
  // repository's text must not choose what is read, so --no-includes.
  const out = await quiet(top, [
    'config',
    '-z',
    '--no-includes',
    `--blob=${toSha}:.gitmodules`,
    '--get-regexp',
    '^submodule\\..*\\.path$',
  ]);
  return { submodules: out ? out.split('\0').filter((e) => e !== '').length : 0, treeWidth };
}
