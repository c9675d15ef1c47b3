import { isWork } from './firstTouches';
import { isRevert } from './revertTopics';
import {
  addEvidenceFile,
  compareText,
  count,
  evidence,
  truncate,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';
import { score, SCORES } from './topicScores';

/** A commit is large from this many lines added plus deleted, or this many files. */
export const LARGE_CHANGE_LINES = 500;
export const LARGE_CHANGE_FILES = 30;

/** At most this many large-change topics, largest first. */
export const MAX_LARGE_CHANGE_TOPICS = 3;

/**
 * Large commits: LARGE_CHANGE_LINES lines or LARGE_CHANGE_FILES files, counting neither lock
 * files nor generated or vendored code (a dependency update is large without being much work),
 * nor files only moved (`git mv src/utils lib` moves 35 files and writes nothing). Reverts are
 * left out.
 */
export function largeChangeTopics(ctx: TopicContext): TopicDraft[] {
  const large: { sha: string; subject: string; lines: number; changed: number; files: string[] }[] =
    [];
  for (const commit of ctx.data.commits) {
    // A revert is as large as what it undoes; the revert topic already covers it.
    if (isRevert(commit)) continue;
    let lines = 0;
    let changed = 0;
    const files: string[] = [];
    for (const file of commit.files) {
      if (!isWork(file)) continue;
      lines += file.added + file.deleted;
      changed++;
      addEvidenceFile(files, file.path);
    }
    if (lines < LARGE_CHANGE_LINES && changed < LARGE_CHANGE_FILES) continue;
    large.push({ sha: commit.sha, subject: commit.subject, lines, changed, files });
  }
  return large
    .sort((a, b) => b.lines - a.lines || b.changed - a.changed || compareText(a.sha, b.sha))
    .slice(0, MAX_LARGE_CHANGE_TOPICS)
    .map((c) => {
      const name = truncate(c.subject);
      return {
        id: `large-change:${c.sha}`,
        kind: 'large-change',
        title: `Large change "${name}" (${count(c.lines, 'line')}, ${count(c.changed, 'file')})`,
        subject: `"${name}"`,
        score: score(SCORES.largeChange, c.lines / 1000 - 0.5),
        evidence: evidence(ctx, [c.sha], c.files),
      };
    });
}
