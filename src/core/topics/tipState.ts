/**
 * What a kept topics ranking depends on in a repository besides its plan: HEAD's commit, and
 * what its tags point at (releases are named by tags, which can be made while HEAD stays).
 */
export interface TipState {
  /** HEAD's full commit id; null for a repository without commits. */
  tip: string | null;
  /** A digest of the tags (git/repoTip.ts); absent when there are none. */
  tags?: string;
}
