const REVERT_PREFIX = 'Revert "';
const REVERTS_COMMIT = 'This reverts commit ';

/** The hex object name after "This reverts commit " in a body (7 to 64 digits), if any. */
export function revertedSha(body: string): string | undefined {
  const at = body.indexOf(REVERTS_COMMIT);
  if (at < 0) return undefined;
  let end = at + REVERTS_COMMIT.length;
  const start = end;
  while (end < body.length && end - start < 64 && isHex(body[end])) end++;
  return end - start >= 7 ? body.slice(start, end).toLowerCase() : undefined;
}

/** True for a lower- or upper-case hex digit. */
function isHex(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

/** True for a commit that reverts another: git's `Revert "..."` subject or its body line. */
export function isRevert(commit: { subject: string; body: string }): boolean {
  return commit.subject.startsWith(REVERT_PREFIX) || revertedSha(commit.body) !== undefined;
}
