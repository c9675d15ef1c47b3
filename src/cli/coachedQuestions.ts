import * as path from 'node:path';
import { coachesQuestion } from '../core/questionCheck/coachScope';
import type { QuestionFileKind } from '../core/questionCheck/findQuestionLines';
import { parsePlan, type Plan } from '../core/records/plan';
import { parseQuestions } from '../core/records/questions';
import { roleOf, type Role } from '../core/records/roleOf';
import { readRecordFile } from '../store/recordFiles';

/**
 * Whose questions `check-questions` coaches: every one (`--all`), or those coachesQuestion
 * picks, with the reader's role given (`--as`) or, when undefined, read from git per relationship.
 */
export type CoachScope = { all: true } | { all: false; as?: Role };

/** The git identity of the user, read at most once a run (see readGitIdentity). */
export type IdentityReader = () => Promise<{ name?: string; email?: string }>;

/**
 * Which questions of one file the checker coaches, by their 1-based line. A mentor's queued
 * question is coached, a mentee's (or an unknown handle's) never; an unauthored question in
 * questions.md and the Agenda and Next time questions of a session log only when the reader is a
 * mentor of that relationship. Files that are not records (kind markdown) have no relationship:
 * every question in them is checked, as before.
 */
export async function coachedLines(
  file: string,
  text: string,
  kind: QuestionFileKind,
  scope: CoachScope,
  identity: IdentityReader,
): Promise<(line: number) => boolean> {
  if (scope.all || kind === 'markdown') return () => true;
  // questions.md sits next to plan.md; a session log one folder down, in sessions/.
  const relDir = kind === 'questions' ? path.dirname(file) : path.dirname(path.dirname(file));
  const plan = readPlan(path.join(relDir, 'plan.md'));
  const role = scope.as ?? (plan ? roleOf(plan, await identity()) : undefined);
  if (kind === 'session') return () => coachesQuestion({}, plan, role);
  const by = new Map(parseQuestions(file, text).questions.map((q) => [q.line, q.by]));
  return (line) => coachesQuestion({ by: by.get(line) }, plan, role);
}

/** The relationship's plan, or undefined when it is missing or unreadable (no mentor is known). */
function readPlan(file: string): Plan | undefined {
  const read = readRecordFile(path.dirname(file), file, 'plan.md');
  return read.ok ? parsePlan('plan.md', read.value.text).plan : undefined;
}
