import type { Commit } from './historyData';

/** A merge commit on the first-parent line of HEAD: its object name, parents and subject. */
export interface FirstParentMerge {
  sha: string;
  parents: string[];
  subject: string;
}

/**
 * Marks each of `commits` brought in by a merge on HEAD's first-parent line with that merge
 * (`commit.merge`): the first such merge, oldest first, from whose second (or later) parent the
 * commit is reachable without passing the first-parent line. `merges` come newest first (as
 * `git log --first-parent --merges` prints them); `parentsOf` gives the parents of every commit
 * in the same window (from `git log --format=%H %P`). A merge that brought in more of others' work than the mentee's
 * marks nothing (see MENTEE_SHARE). Linear: every commit is visited once over
 * all merges. Commits already carrying a merge (read earlier) keep it.
 */
export function markMergedBy(
  commits: readonly Commit[],
  merges: readonly FirstParentMerge[],
  parentsOf: ReadonlyMap<string, readonly string[]>,
): void {
  if (merges.length === 0) return;
  const mentee = new Map<string, Commit>();
  for (const c of commits) if (c.parents.length <= 1) mentee.set(c.sha, c);
  // The first-parent line below the newest merge: a commit on it was not brought by a merge.
  const visited = new Set<string>();
  for (let at: string | undefined = merges[0].sha; at !== undefined && !visited.has(at); ) {
    visited.add(at);
    at = parentsOf.get(at)?.[0];
  }
  for (let i = merges.length - 1; i >= 0; i--) {
    const m = merges[i];
    const stack = m.parents.slice(1);
    const brought: Commit[] = [];
    let others = 0;
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (visited.has(sha)) continue;
      visited.add(sha);
      const c = mentee.get(sha);
      const parents = parentsOf.get(sha) ?? c?.parents;
      if (c !== undefined) brought.push(c);
      else if (parents !== undefined && parents.length <= 1) others++;
      if (parents !== undefined) stack.push(...parents);
    }
    // A branch of mostly others' work (a maintenance branch merged forward, a sync) is not the
    // mentee's pull request: its commits are left as if made on the first-parent line.
    if (brought.length < MENTEE_SHARE * (brought.length + others)) continue;
    for (const c of brought) if (c.merge === undefined) c.merge = { sha: m.sha, subject: m.subject };
  }
}

/** A merge is the mentee's pull request when at least this share of what it brought is theirs. */
export const MENTEE_SHARE = 0.5;
