/**
 * "Partly revert change of 0167691", "Revert 1a2b3c4d (too eager)": a subject that says it
 * reverts a commit named by its hex id, for reverts written by hand rather than by `git revert`
 * (which would say `This reverts commit <sha>.` in the body).
 */
const NAMED_REVERT =
  /\brevert(?:s|ed|ing)?\b(?:\s+(?:the\s+)?(?:change|commit)s?(?:\s+(?:of|from|in))?)?\s+([0-9a-f]{7,40})\b/i;

/**
 * The hex id (lower case, 7 to 40 hex digits, at least one a decimal digit, so that a word like
 * "defaced" is not taken for one) a hand-written revert subject names, if any. A wrong guess
 * costs nothing: only an id of a commit in the range ties the revert to that commit's story.
 */
export function subjectRevertedSha(subject: string): string | undefined {
  const m = NAMED_REVERT.exec(subject);
  if (m === null) return undefined;
  const id = m[1].toLowerCase();
  return /\d/.test(id) ? id : undefined;
}
