/**
 * Settings for history reads, on top of the hardening config, so that a repository's or a
 * user's git config cannot change what the topics say (measured with a sweep of ordinary
 * settings over labelled histories; docs/architecture.md):
 * - `log.showRoot=false` would hide the first commit's files;
 * - `log.follow` changes a one-path log into --follow;
 * - `diff.algorithm` (histogram, patience) changes numstat's line counts, so the same commits
 *   would weigh differently on two machines of one team.
 * (`diff.interHunkContext` joins `-U0` hunks with the lines between them as context; the patch
 * parser counts only added and removed lines, so it needs no setting: test/git/followUps.)
 */
export const HISTORY_READ_CONFIG: readonly string[] = [
  'log.showRoot=true',
  'log.follow=false',
  'diff.algorithm=myers',
];
