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
 * in the same window (from `git log --format=%H %P`). Linear: every commit is visited once over
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
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (visited.has(sha)) continue;
      visited.add(sha);
      const c = mentee.get(sha);
      if (c !== undefined && c.merge === undefined) c.merge = { sha: m.sha, subject: m.subject };
      const parents = parentsOf.get(sha) ?? c?.parents;
      if (parents !== undefined) stack.push(...parents);
    }
  }
}
