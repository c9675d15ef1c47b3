import {
  addEvidenceFiles,
  evidence,
  truncate,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';
import { score, SCORES } from './topicScores';

/** At most this many revert topics, newest first. */
export const MAX_REVERT_TOPICS = 3;

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

/**
 * Reverts: a subject `Revert "..."` (git's own) or a body with "This reverts commit <sha>". The
 * reverted commit joins the evidence when it is in the range (an abbreviated name matches the
 * commit it starts).
 */
export function revertTopics(ctx: TopicContext): TopicDraft[] {
  const topics: TopicDraft[] = [];
  for (const commit of ctx.data.commits) {
    const reverted = revertedSha(commit.body);
    const bySubject = commit.subject.startsWith(REVERT_PREFIX);
    if (!bySubject && reverted === undefined) continue;
    const target =
      reverted === undefined
        ? undefined
        : ctx.data.commits.find((c) => c.sha !== commit.sha && c.sha.startsWith(reverted));
    let what = commit.subject;
    if (bySubject) {
      what = commit.subject.slice(REVERT_PREFIX.length);
      if (what.endsWith('"')) what = what.slice(0, -1);
    }
    const name = truncate(what);
    const files: string[] = [];
    addEvidenceFiles(files, commit.files);
    if (target !== undefined) addEvidenceFiles(files, target.files);
    topics.push({
      id: `revert:${commit.sha}`,
      kind: 'revert',
      title: `Reverted "${name}"`,
      subject: `"${name}"`,
      score: score(SCORES.revert, target === undefined ? 0 : 2),
      evidence: evidence(
        ctx,
        target === undefined ? [commit.sha] : [commit.sha, target.sha],
        files,
      ),
    });
    if (topics.length === MAX_REVERT_TOPICS) break;
  }
  return topics;
}
