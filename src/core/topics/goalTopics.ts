import type { TopicGoal } from './computeTopics';
import { compileArea } from './matchesArea';
import {
  addEvidenceFile,
  addEvidenceFiles,
  count,
  evidence,
  truncate,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';
import { score, SCORES } from './topicScores';

/**
 * A goal id as plan.md means it: "g01" and "G1" are the same goal (the plan reader writes
 * `G<number>`; other callers and trailers may not). Ids of another shape are only trimmed.
 */
export function canonicalGoalId(id: string): string {
  const t = id.trim();
  if (t.length < 2 || (t[0] !== 'G' && t[0] !== 'g')) return t;
  let digits = t.slice(1);
  for (const ch of digits) if (ch < '0' || ch > '9') return t;
  while (digits.length > 1 && digits[0] === '0') digits = digits.slice(1);
  return `G${digits}`;
}

/**
 * Work toward the plan's goals: commits that change a file in one of a goal's `areas`, or that
 * carry a `Mentoring-Goal: <id>` trailer. One topic per goal with any such commit; the files are
 * those in the areas (all the commit's files when only the trailer ties it to the goal). A goal id
 * the plan uses twice ("G1" twice, or "G1" and "G01") is read once, the first goal winning, so
 * that topic ids stay unique.
 */
export function goalTopics(ctx: TopicContext, goals: readonly TopicGoal[]): TopicDraft[] {
  const topics: TopicDraft[] = [];
  const seen = new Set<string>();
  for (const goal of goals) {
    const id = canonicalGoalId(goal.id);
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    const areas = goal.areas.map(compileArea);
    const shas: string[] = [];
    const files: string[] = [];
    for (const commit of ctx.data.commits) {
      let inArea = false;
      for (const f of commit.files) {
        if (!areas.some((matches) => matches(f.path))) continue;
        inArea = true;
        addEvidenceFile(files, f.path);
      }
      const byTrailer = commit.goalRefs.some((ref) => canonicalGoalId(ref) === id);
      if (!inArea && !byTrailer) continue;
      shas.push(commit.sha);
      if (!inArea) addEvidenceFiles(files, commit.files);
    }
    if (shas.length === 0) continue;
    const name = `${truncate(id, 20)}: ${truncate(goal.title)}`;
    topics.push({
      id: `goal:${id}`,
      kind: 'goal',
      title: `Goal ${name} (${count(shas.length, 'commit')})`,
      subject: `goal ${name}`,
      score: score(SCORES.goal, shas.length - 1),
      evidence: evidence(ctx, shas, files),
    });
  }
  return topics;
}
