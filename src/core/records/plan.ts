import * as z from 'zod/mini';
import { dateProblem } from '../dates';
import { problem, type Problem } from '../problem';
import { findSection, type Section } from '../text/markdown';
import { likelyTypo } from '../typo';
import { checkFrontMatter, isoDateSchema, stringListSchema } from './frontMatterSchema';
import { readRecordDocument, type RecordDocument } from './recordDocument';
import { t } from '../l10n';

/** Kinds of relationship. */
export const RELATIONSHIP_KINDS = ['one-to-one', 'peer', 'reverse', 'group'] as const;
/** Goal statuses. */
export const GOAL_STATUSES = ['active', 'achieved', 'paused', 'dropped'] as const;
/** Keys a plan's front matter knows. */
export const PLAN_KEYS = [
  'mentee',
  'mentors',
  'mentor',
  'kind',
  'started',
  'review',
  'cadence',
  'channel',
  'identities',
  'handles',
  'repositories',
] as const;
/** Keys of a goal's metadata list. */
export const GOAL_KEYS = ['status', 'target', 'measure', 'areas'] as const;

const CADENCE = /^(weekly|biweekly|fortnightly|monthly|every \d+ (day|days|week|weeks))$/i;

const planFrontMatterSchema = z.object({
  mentee: z.string().check(z.trim(), z.minLength(1, 'must name the mentee')),
  mentors: z.optional(stringListSchema),
  mentor: z.optional(stringListSchema),
  kind: z.optional(
    z.enum(RELATIONSHIP_KINDS, { error: `must be one of ${RELATIONSHIP_KINDS.join(', ')}` }),
  ),
  started: isoDateSchema,
  review: z.optional(isoDateSchema),
  cadence: z.optional(
    z.string().check(z.regex(CADENCE, 'must be weekly, biweekly, monthly or "every N days"')),
  ),
  channel: z.optional(z.string()),
  identities: z.optional(stringListSchema),
  handles: z.optional(
    z
      .record(z.string(), z.string().check(z.trim(), z.minLength(1, 'must name a person')))
      .check(
        z.refine(
          (m) => Object.keys(m).every((k) => /^[A-Za-z0-9][\w.-]*$/.test(k)),
          'handles are single words such as alex (without the @)',
        ),
      ),
  ),
  repositories: z.optional(stringListSchema),
});

/** One `key: value` bullet of a goal's metadata, with the value's offsets in the whole text. */
export interface GoalMeta {
  key: string;
  value: string;
  line: number;
  valueStart: number;
  valueEnd: number;
}

/** A goal: a level-3 heading `G<n>: title` under `## Goals`, with its metadata list. */
export interface Goal {
  id: string;
  number: number;
  title: string;
  line: number;
  status?: string;
  target?: string;
  measure?: string;
  areas: string[];
  meta: GoalMeta[];
  /** Index of the heading line; metadata and text follow up to `endIndex`. */
  headingIndex: number;
  endIndex: number;
}

/** A parsed plan.md. */
export interface Plan {
  file: string;
  mentee: string;
  mentors: string[];
  kind: string;
  started: string;
  review?: string;
  cadence?: string;
  channel?: string;
  identities: string[];
  /** `@handle` -> person, as the plan says; without it a handle is a first name (see personOf). */
  handles?: Record<string, string>;
  /** Where the mentee works, by remote (`github.com/acme/api`), never by path. */
  repositories?: string[];
  goals: Goal[];
}

/** The result of reading a plan: the model when usable, the document for edits, the problems. */
export interface PlanResult {
  plan?: Plan;
  /** The goals read from the headings, also when the front matter is invalid (for next ids). */
  goals: Goal[];
  doc: RecordDocument;
  problems: Problem[];
}

/** Parses and validates a plan.md text. */
export function parsePlan(file: string, text: string): PlanResult {
  const doc = readRecordDocument(file, text, { frontMatter: 'required' });
  if (doc.fatal || !doc.frontMatter) return { goals: [], doc, problems: doc.problems };
  const problems = [...doc.problems];
  const fm = checkFrontMatter(file, doc.frontMatter, planFrontMatterSchema, PLAN_KEYS);
  problems.push(...fm.problems);
  // Checked here rather than in the schema, so it is reported even when another key is invalid.
  const data = doc.frontMatter.data;
  if (data.mentors === undefined && data.mentor === undefined) {
    problems.push(
      problem(
        file,
        doc.frontMatter.block.openLine,
        1,
        'error',
        'missing-key',
        t('Missing required key "mentors" (at least one mentor, such as "mentors: [Sam Chen]").'),
      ),
    );
  }
  const goals = readGoals(doc, problems);
  if (!fm.value) return { goals, doc, problems };
  const v = fm.value;
  const mentors = [...(v.mentors ?? []), ...(v.mentor ?? [])].filter((m) => m.trim() !== '');
  if (mentors.length === 0) {
    if (data.mentors !== undefined || data.mentor !== undefined) {
      const line =
        doc.frontMatter.entries.find((e) => e.key === 'mentors' || e.key === 'mentor')?.line ?? 1;
      problems.push(
        problem(
          file,
          line,
          1,
          'error',
          'invalid-value',
          t('mentors: at least one mentor is required.'),
        ),
      );
    }
    return { goals, doc, problems };
  }
  const plan: Plan = {
    file,
    mentee: v.mentee,
    mentors,
    kind: v.kind ?? 'one-to-one',
    started: v.started,
    review: v.review,
    cadence: v.cadence,
    channel: v.channel,
    identities: v.identities ?? [],
    handles: v.handles ?? {},
    repositories: v.repositories ?? [],
    goals,
  };
  return { plan, goals, doc, problems };
}

const GOAL_HEADING = /^G(\d+)\b\s*[:.\-\u2013\u2014]?\s*(.*)$/;
// The key part only: the value and its comment are split by hand (linear; see readHeading).
const META_KEY = /^([ \t]*[-*+][ \t]+)([A-Za-z][\w-]*)([ \t]*:[ \t]*)/;
const META_COMMENT = /[ \t]#(?:[ \t]|$)/;

/** The `## Goals` section of a plan document. */
export function goalsSection(doc: RecordDocument): Section | undefined {
  return findSection(doc.sections, 'Goals');
}

function readGoals(doc: RecordDocument, problems: Problem[]): Goal[] {
  const section = goalsSection(doc);
  if (!section) return [];
  const goals: Goal[] = [];
  const inSection = doc.headings.filter(
    (h) => h.level === 3 && h.index > section.heading.index && h.index < section.bodyTo,
  );
  inSection.forEach((h, i) => {
    const m = GOAL_HEADING.exec(h.text);
    if (!m) {
      problems.push(
        problem(
          doc.file,
          h.line.number,
          1,
          'warning',
          'goal-without-id',
          t(
            'Goal heading "{0}" does not start with an id such as "G1:"; it is not read as a goal.',
            h.text,
          ),
        ),
      );
      return;
    }
    const endIndex = i + 1 < inSection.length ? inSection[i + 1].index : section.bodyTo;
    const goal: Goal = {
      id: `G${Number(m[1])}`,
      number: Number(m[1]),
      title: m[2].trim(),
      line: h.line.number,
      areas: [],
      meta: [],
      headingIndex: h.index,
      endIndex,
    };
    if (goals.some((g) => g.number === goal.number)) {
      problems.push(
        problem(
          doc.file,
          goal.line,
          1,
          'error',
          'duplicate-goal',
          t('Goal id {0} is used twice in this plan.', goal.id),
        ),
      );
    }
    readGoalMeta(doc, goal, problems);
    goals.push(goal);
  });
  return goals;
}

function readGoalMeta(doc: RecordDocument, goal: Goal, problems: Problem[]): void {
  let i = goal.headingIndex + 1;
  while (i < goal.endIndex && doc.lines[i].text.trim() === '') i++;
  for (; i < goal.endIndex; i++) {
    const line = doc.lines[i];
    const m = META_KEY.exec(line.text);
    if (!m) break;
    const key = m[2].toLowerCase();
    const valueStart = line.start + m[0].length;
    const rest = line.text.slice(m[0].length);
    const hash = rest.search(META_COMMENT);
    const value = (hash >= 0 ? rest.slice(0, hash) : rest).trim();
    goal.meta.push({
      key,
      value,
      line: line.number,
      valueStart,
      valueEnd: valueStart + value.length,
    });
    const at = (sev: 'error' | 'warning' | 'hint', code: string, msg: string) =>
      problems.push(problem(doc.file, line.number, m[1].length + 1, sev, code, msg));
    switch (key) {
      case 'status':
        goal.status = value.toLowerCase();
        if (!(GOAL_STATUSES as readonly string[]).includes(goal.status)) {
          at(
            'warning',
            'invalid-status',
            `${goal.id} status "${value}" is not one of ${GOAL_STATUSES.join(', ')}.`,
          );
        }
        break;
      case 'target': {
        goal.target = value;
        const why = dateProblem(value);
        if (why) at('error', 'invalid-date', `${goal.id} target: ${why}.`);
        break;
      }
      case 'measure':
        goal.measure = value;
        break;
      case 'areas':
        goal.areas = value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      default: {
        const typo = likelyTypo(key, GOAL_KEYS);
        at(
          'hint',
          typo ? 'likely-typo' : 'unknown-key',
          typo
            ? `Unknown goal key "${key}": did you mean "${typo}"?`
            : `Unknown goal key "${key}" is kept as it is.`,
        );
      }
    }
  }
}
