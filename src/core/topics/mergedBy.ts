import type { Commit } from './historyData';

/** A merge commit on the first-parent line of HEAD: its object name, parents and subject. */
export interface FirstParentMerge {
  sha: string;
  parents: string[];
  subject: string;
}

/** The merge that brought a commit in, as a commit carries it (`commit.merge`). */
export interface MergeRef {
  sha: string;
  subject: string;
}

/**
 * Marks each of `commits` brought in by a merge on HEAD's first-parent line with that merge
 * (`commit.merge`, see mergesBringing). Commits already carrying a merge (read earlier) keep it.
 */
export function markMergedBy(
  commits: readonly Commit[],
  merges: readonly FirstParentMerge[],
  parentsOf: ReadonlyMap<string, readonly string[]>,
): void {
  if (merges.length === 0) return;
  const mentee = new Map<string, readonly string[]>();
  for (const c of commits) if (c.parents.length <= 1) mentee.set(c.sha, c.parents);
  markFrom(commits, mergesBringing(mentee, merges, parentsOf));
}

/** Gives each of `commits` without a merge the one `brought` names for it. */
export function markFrom(commits: readonly Commit[], brought: ReadonlyMap<string, MergeRef>): void {
  for (const c of commits) {
    const m = c.merge === undefined ? brought.get(c.sha) : undefined;
    if (m !== undefined) c.merge = { sha: m.sha, subject: m.subject };
  }
}

/**
 * Which merge on HEAD's first-parent line brought in each of the mentee's commits (`mentee`: their
 * object names, merges left out, each with its own parents for when `parentsOf` lacks it): the
 * first such merge, oldest first, from whose second (or later) parent the commit is reachable
 * without passing the first-parent line. `merges` come newest first (as `git log --first-parent
 * --merges` prints them); `parentsOf` gives the parents of every commit in the same window (from
 * `git log --format=%H %P`). A merge that brought in more of others' work than the mentee's
 * brings nothing (see MENTEE_SHARE). Linear: every commit is visited once over all merges. Needs
 * only object names and parents, so a read can work it out before the mentee's commits are read
 * whole.
 */
export function mergesBringing(
  mentee: ReadonlyMap<string, readonly string[] | undefined>,
  merges: readonly FirstParentMerge[],
  parentsOf: ReadonlyMap<string, readonly string[]>,
): Map<string, MergeRef> {
  const out = new Map<string, MergeRef>();
  if (merges.length === 0) return out;
  // The first-parent line below the newest merge: a commit on it was not brought by a merge.
  const visited = new Set<string>();
  for (let at: string | undefined = merges[0].sha; at !== undefined && !visited.has(at); ) {
    visited.add(at);
    at = parentsOf.get(at)?.[0];
  }
  for (let i = merges.length - 1; i >= 0; i--) {
    const m = merges[i];
    const stack = m.parents.slice(1);
    const brought: string[] = [];
    let others = 0;
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (visited.has(sha)) continue;
      visited.add(sha);
      const mine = mentee.has(sha);
      const parents = parentsOf.get(sha) ?? mentee.get(sha);
      if (mine) brought.push(sha);
      else if (parents !== undefined && parents.length <= 1) others++;
      if (parents !== undefined) stack.push(...parents);
    }
    // A branch of mostly others' work (a maintenance branch merged forward, a sync) is not the
    // mentee's pull request: its commits are left as if made on the first-parent line.
    if (brought.length < MENTEE_SHARE * (brought.length + others)) continue;
    for (const sha of brought) if (!out.has(sha)) out.set(sha, { sha: m.sha, subject: m.subject });
  }
  return out;
}

/** A merge is the mentee's pull request when at least this share of what it brought is theirs. */
export const MENTEE_SHARE = 0.5;
