import { dateProblem } from '../dates';
import { GOAL_STATUSES, goalsSection, parsePlan } from '../records/plan';
import { refuse, refuseUnparsable, singleLine, type EditResult } from './editResult';
import { appendToSection, createSection } from './insertLines';

/** The usual order of a plan's sections. */
export const PLAN_SECTIONS = ['Expectations', 'Goals'] as const;

/** A new goal for a plan. */
export interface NewGoal {
  title: string;
  status?: string;
  target?: string;
  measure?: string;
  areas?: string[];
}

/** Adds a goal with the next free id at the end of "## Goals" (created when missing). */
export function addGoal(file: string, text: string, goal: NewGoal): EditResult & { id?: string } {
  const { doc, plan } = parsePlan(file, text);
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const title = singleLine(goal.title);
  if (!title) return refuse('A goal needs a title on one line.');
  const status = goal.status ?? 'active';
  if (!(GOAL_STATUSES as readonly string[]).includes(status))
    return refuse(`Status must be one of ${GOAL_STATUSES.join(', ')}.`);
  if (goal.target) {
    const why = dateProblem(goal.target);
    if (why) return refuse(`Target: ${why}.`);
  }
  const measure = goal.measure === undefined ? undefined : singleLine(goal.measure);
  if (goal.measure !== undefined && goal.measure.trim() !== '' && !measure)
    return refuse('The measure must be one line.');
  // Ids come from the headings, so a plan whose front matter is invalid still gets the next one.
  const used = (plan?.goals ?? []).map((g) => g.number);
  const ids = used.length ? used : readGoalNumbers(text);
  const id = `G${Math.max(0, ...ids) + 1}`;
  const lines = [
    `### ${id}: ${title}`,
    `- status: ${status}`,
    ...(goal.target ? [`- target: ${goal.target}`] : []),
    ...(measure ? [`- measure: ${measure}`] : []),
    ...(goal.areas?.length ? [`- areas: ${goal.areas.join(', ')}`] : []),
  ];
  const section = goalsSection(doc);
  const edit = section
    ? appendToSection(doc, section, lines)
    : createSection(doc, 'Goals', PLAN_SECTIONS, lines);
  return { ok: true, edits: [edit], id };
}

function readGoalNumbers(text: string): number[] {
  return [...text.matchAll(/^###\s+G(\d+)\b/gm)].map((m) => Number(m[1]));
}
