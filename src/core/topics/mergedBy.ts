import type { Commit, MergedBy } from './historyData';

/** A merge commit on the first-parent line of HEAD: its object name, parents and subject. */
export interface FirstParentMerge {
  sha: string;
  parents: string[];
  subject: string;
}

/** A merge is the mentee's pull request when at least this share of what it brought is theirs. */
export const MENTEE_SHARE = 0.5;

/** What mergedByOf found: the merge of each commit it could tell, and where it could not see. */
export interface MergedByResult {
  /** Commit sha to the merge that brought it in. */
  marks: Map<string, MergedBy>;
  /** Commits a walk reached whose parents are unknown (neither the mentee's nor given). */
  missing: string[];
}

/**
 * Which merge on HEAD's first-parent line brought each of `commits` in: the first such merge,
 * oldest first, from whose second (or later) parent the commit is reachable without passing a
 * commit of the first-parent line (`onLine`) or one an earlier merge brought. `merges` come
 * newest first (as `git log --first-parent` prints them); parents come from the mentee's commits
 * and `parentsOf` (others' commits). A merge that brought in more of others' work than the
 * mentee's marks nothing (MENTEE_SHARE); others' commits in `before` (committed before the
 * range: the old base of a long-lived branch) are walked but not counted. Linear: each commit is visited once over all merges.
 */
export function mergedByOf(
  commits: readonly Commit[],
  merges: readonly FirstParentMerge[],
  onLine: ReadonlySet<string>,
  parentsOf: ReadonlyMap<string, readonly string[]>,
  before: ReadonlySet<string> = new Set(),
): MergedByResult {
  const marks = new Map<string, MergedBy>();
  const missing: string[] = [];
  if (merges.length === 0) return { marks, missing };
  const mentee = new Map<string, Commit>();
  for (const c of commits) if (c.parents.length <= 1 && c.merge === undefined) mentee.set(c.sha, c);
  const visited = new Set<string>();
  for (let i = merges.length - 1; i >= 0; i--) {
    const m = merges[i];
    const stack = m.parents.slice(1);
    const brought: string[] = [];
    let others = 0;
    while (stack.length > 0) {
      const sha = stack.pop() as string;
      if (visited.has(sha) || onLine.has(sha)) continue;
      visited.add(sha);
      const c = mentee.get(sha);
      const parents = c?.parents ?? parentsOf.get(sha);
      if (c !== undefined) brought.push(sha);
      else if (parents !== undefined && parents.length <= 1 && !before.has(sha)) others++;
      if (parents === undefined) missing.push(sha);
      else stack.push(...parents);
    }
    // A branch of mostly others' work (a maintenance branch merged forward, a sync) is not the
    // mentee's pull request: its commits are left as if made on the first-parent line.
    if (brought.length < MENTEE_SHARE * (brought.length + others)) continue;
    for (const sha of brought) marks.set(sha, { sha: m.sha, subject: m.subject });
  }
  return { marks, missing };
}
