import { dateProblem } from '../dates';
import { GOAL_STATUSES, goalsSection, parsePlan } from '../records/plan';
import { refuse, refuseUnparsable, singleLine, type EditResult } from './editResult';
import { appendToSection, checkedInsertions, createSection } from './insertLines';
import { t } from '../l10n';

/** The usual order of a plan's sections. */
export const PLAN_SECTIONS = ['Expectations', 'Goals'] as const;

/** A new goal for a plan. */
export interface NewGoal {
  title: string;
  status?: string;
  target?: string;
  measure?: string;
  areas?: string[];
  /**
   * The id to give it (`G9`), for a goal records already mention; by default the next free one.
   * Refused when malformed or taken.
   */
  id?: string;
}

/** Adds a goal with the next free id (or the one asked for) at the end of "## Goals" (created when missing). */
export function addGoal(file: string, text: string, goal: NewGoal): EditResult & { id?: string } {
  const { doc, goals } = parsePlan(file, text);
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const title = singleLine(goal.title);
  if (!title) return refuse(t('A goal needs a title on one line.'));
  const status = goal.status ?? 'active';
  if (!(GOAL_STATUSES as readonly string[]).includes(status))
    return refuse(t('Status must be one of {0}.', GOAL_STATUSES.join(', ')));
  if (goal.target) {
    const why = dateProblem(goal.target);
    if (why) return refuse(t('Target: {0}.', why));
  }
  const measure = goal.measure === undefined ? undefined : singleLine(goal.measure);
  if (goal.measure !== undefined && goal.measure.trim() !== '' && !measure)
    return refuse(t('The measure must be one line.'));
  const areas = goal.areas ?? [];
  if (areas.some((a) => !singleLine(a) || a.includes(','))) {
    return refuse(t('Each area must be one path on one line, without commas.'));
  }
  // Ids come from the goal headings (not examples in comments or code), also when the front
  // matter is invalid.
  const id = goal.id ?? `G${Math.max(0, ...goals.map((g) => g.number)) + 1}`;
  if (!/^G[1-9]\d*$/.test(id)) return refuse(t('"{0}" is not a goal id such as G4.', id));
  if (goals.some((g) => g.id === id)) return refuse(t('{0} is already a goal of this plan.', id));
  const lines = [
    `### ${id}: ${title}`,
    `- status: ${status}`,
    ...(goal.target ? [`- target: ${goal.target}`] : []),
    ...(measure ? [`- measure: ${measure}`] : []),
    ...(areas.length ? [`- areas: ${areas.map((a) => a.trim()).join(', ')}`] : []),
  ];
  const section = goalsSection(doc);
  const edit = section
    ? appendToSection(doc, section, lines)
    : createSection(doc, 'Goals', PLAN_SECTIONS, lines);
  const result = checkedInsertions(doc, [edit]);
  return result.ok ? { ...result, id } : result;
}
