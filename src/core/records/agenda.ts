import { addDays, daysBetween } from '../dates';
import { isOverdue } from './actionList';
import { cadenceStatus, type CadenceStatus } from './cadence';
import { heldAfter, isHeld } from './held';
import { AGENDA_TOPIC_LIMIT } from '../topics/formatTopics';
import type { BankQuestion } from '../questionBank/bankQuestion';
import { suggestQuestions, type SuggestedQuestion } from '../questionBank/suggestQuestions';
import type { Topic } from '../topics/topic';
import type { RelationshipRecords } from './relationship';

/** How many sessions an item may be carried before it must be decided on (setting default). */
export const DEFAULT_MAX_CARRIES = 3;
/** A goal whose target is this close (or past) is up for review. */
const TARGET_SOON_DAYS = 14;
/** A goal not referenced in this many latest sessions is up for review. */
const QUIET_SESSIONS = 3;

/** An open action item from an earlier session, brought forward. */
export interface CarriedAction {
  text: string;
  owner?: string;
  due?: string;
  goal?: string;
  /** Where the item lives; it is ticked there and nowhere else. */
  home: { file: string; line: number };
  /** Sessions held after its home session (up to the agenda's date). */
  carried: number;
  overdue: boolean;
  /** Carried too often: do it, drop it, delegate it or turn it into a goal. */
  decide: boolean;
}

/** An active goal that deserves a look in this session, and why. */
export interface GoalToReview {
  id: string;
  title: string;
  reason: string;
}

/** A queued question not yet discussed. */
export interface AgendaQuestion {
  text: string;
  added?: string;
  by?: string;
  line: number;
}

/** What to cover in a session: the mentee leads, the agenda keeps nothing from getting lost. */
export interface Agenda {
  relationship: string;
  date: string;
  carriedActions: CarriedAction[];
  questions: AgendaQuestion[];
  goals: GoalToReview[];
  cadence: CadenceStatus;
  /** Learning topics from the mentee's git history since the last session, ranked. */
  topics: Topic[];
  /** Two or three open questions from the bank for the topics and goals above, each with why. */
  suggestedQuestions: SuggestedQuestion[];
}

/**
 * Builds the agenda of a relationship for a date. Open items of sessions before the date are
 * carried (done and dropped ones are not), each with how many sessions have been held since its
 * home session; queued questions not yet ticked; active goals whose target is near or past or
 * that the last sessions did not touch; and the cadence.
 */
export function buildAgenda(
  rel: RelationshipRecords,
  date: string,
  options: {
    maxCarries?: number;
    topics?: readonly Topic[];
    today?: string;
    /** The question bank to suggest from; without it, no questions are suggested. */
    bank?: readonly BankQuestion[];
  } = {},
): Agenda {
  const maxCarries = options.maxCarries ?? DEFAULT_MAX_CARRIES;
  // Counts follow "held" (RECORDS.md): a log prepared but not held, or cancelled, is no session.
  const today = options.today ?? date;
  const before = rel.sessions.filter((s) => s.date < date);
  const held = rel.sessions.filter((s) =>
    isHeld({ date: s.date, status: s.session?.status }, today),
  );
  const carriedActions: CarriedAction[] = [];
  before.forEach((home, i) => {
    for (const item of home.session?.actionItems ?? []) {
      if (item.done || item.dropped) continue;
      const carried = heldAfter(rel.sessions, i, date, today, false);
      carriedActions.push({
        text: item.text,
        owner: item.owner,
        due: item.due,
        goal: item.goal,
        home: { file: home.file, line: item.line },
        carried,
        overdue: isOverdue(item.due, date),
        decide: carried >= maxCarries,
      });
    }
  });
  // Decisions first, then overdue, then the oldest.
  carriedActions.sort(
    (a, b) =>
      Number(b.decide) - Number(a.decide) ||
      Number(b.overdue) - Number(a.overdue) ||
      b.carried - a.carried,
  );
  const goals = goalsToReview(rel, held.filter((s) => s.date < date).slice(-QUIET_SESSIONS), date);
  const topics = [...(options.topics ?? [])];
  return {
    relationship: rel.slug,
    date,
    carriedActions,
    questions: rel.questions
      .filter((q) => !q.done)
      .map((q) => ({ text: q.text, added: q.added, by: q.by, line: q.line })),
    goals,
    cadence: cadenceStatus(
      held.map((s) => s.date),
      rel.plan?.cadence,
      date,
    ),
    topics,
    // Every queued question counts as asked lately, ticked or not: a suggestion adds something new.
    suggestedQuestions: options.bank
      ? suggestQuestions(options.bank, {
          topics: topics.slice(0, AGENDA_TOPIC_LIMIT),
          goals,
          recent: rel.questions.map((q) => q.text),
        })
      : [],
  };
}

function goalsToReview(
  rel: RelationshipRecords,
  recent: RelationshipRecords['sessions'],
  date: string,
): GoalToReview[] {
  const out: GoalToReview[] = [];
  for (const goal of rel.plan?.goals ?? []) {
    if ((goal.status ?? 'active') !== 'active') continue;
    const reasons: string[] = [];
    if (goal.target && goal.target <= addDays(date, TARGET_SOON_DAYS)) {
      const days = daysBetween(date, goal.target);
      reasons.push(
        days < 0
          ? `target ${goal.target} passed ${-days} days ago`
          : days === 0
            ? `target is today`
            : `target ${goal.target} is in ${days} days`,
      );
    }
    const touched = recent.some(
      (s) =>
        s.session?.goals.includes(goal.id) ||
        s.session?.actionItems.some((a) => a.goal === goal.id),
    );
    if (!touched)
      reasons.push(
        recent.length === 0
          ? 'not discussed in a session yet'
          : `not discussed in the last ${recent.length === 1 ? 'session' : `${recent.length} sessions`}`,
      );
    if (reasons.length) out.push({ id: goal.id, title: goal.title, reason: reasons.join('; ') });
  }
  return out;
}
