import { createHash } from 'node:crypto';
import type { AtTip } from '../core/topics/historyCacheSchema';
import type {
  Commit,
  DependencyAdd,
  EarlierTouches,
  OwnMerge,
} from '../core/topics/historyData';
import { GitError } from './gitError';
import type { ResolvedRange } from './historyRange';
import { streamGit } from './streamGit';

/**
 * What one read of a mentee's history found up to `tip`: the range's commits, the earlier paths
 * and the dependencies those commits added. A later read of the same selection whose HEAD
 * descends from `tip` reads only `tip..HEAD` and adds it to these.
 */
export interface KnownHistory {
  /** HEAD's full object name when it was read. */
  tip: string;
  commits: Commit[];
  earlier: EarlierTouches;
  dependencyAdds: DependencyAdd[];
  /** The notes about manifests that could not be read, for the commits above. */
  dependencyNotes: string[];
  /** The mentee's merges on the first-parent line in the range, newest first. */
  ownMerges: OwnMerge[];
  /**
   * What was read at `tip` for a range ending `until`: others' follow-ups and activity, identity
   * hints and docs. Used again only at the same HEAD and range end (the key holds the rest of the
   * request), so a warm read runs no history log at all.
   */
  atTip?: AtTip;
}

/**
 * Where readHistory finds and leaves what it read (the history cache), by a key naming the
 * selection: whose commits, which dates, from which session HEAD. Nothing here is trusted for
 * ancestry: readHistory checks that `tip` is an ancestor of HEAD before using it.
 */
export interface HistoryReuse {
  recall(key: string): KnownHistory | undefined;
  /** What this read found; `from` is the recalled tip it extended, undefined after a full read. */
  keep(key: string, found: KnownHistory, from: string | undefined): void;
}

/**
 * The key of a resolved selection: the authors (in any order and case), merges or not, the
 * starting commit, the date limits of the range and of the earlier history, and the clone's
 * shape (a partial clone reads no line counts; a shallow one cuts history at its boundaries).
 * HEAD is not in it: a read at a later HEAD extends the same selection.
 */
export function selectionKey(
  range: ResolvedRange,
  authors: readonly string[],
  includeMerges: boolean,
): string {
  const shape = JSON.stringify({
    authors: [...new Set(authors.map((a) => a.trim().toLowerCase()))].sort(),
    merges: includeMerges,
    from: range.fromSha ?? null,
    dates: range.dateArgs,
    earlier: range.earlier?.dateArgs ?? null,
    partialClone: range.partialClone,
    shallow: [...range.shallowCommits].sort(),
  });
  return createHash('sha256').update(shape).digest('hex');
}

/**
 * `known` when its tip is HEAD or an ancestor of it (one `git merge-base --is-ancestor`); else
 * undefined, so that a rewritten history (a rebase, a force push) is read again in full.
 */
export async function usableKnown(
  top: string,
  toSha: string,
  known: KnownHistory | undefined,
  timeoutMs?: number,
): Promise<KnownHistory | undefined> {
  if (!known || !/^[0-9a-f]{40,64}$/.test(known.tip)) return undefined;
  if (known.tip === toSha) return known;
  try {
    // Both are full hex names (ours and git's), after --end-of-options all the same.
    await streamGit({
      cwd: top,
      args: ['merge-base', '--is-ancestor', '--end-of-options', known.tip, toSha],
      timeoutMs,
    });
    return known;
  } catch (e) {
    // Exit 1 (not an ancestor) and a tip the repository no longer has both mean: read again.
    if (e instanceof GitError && (e.kind === 'failed' || e.kind === 'not-a-repo')) return undefined;
    throw e;
  }
}

/** The same selection, limited to commits that are not ancestors of `tip`. */
export function afterTip<T extends { revisions: string[] }>(selection: T, tip: string): T {
  return { ...selection, revisions: [...selection.revisions, `^${tip}`] };
}
