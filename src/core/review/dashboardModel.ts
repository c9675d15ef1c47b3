import type { BankQuestion } from '../questionBank/bankQuestion';
import { buildAgenda } from '../records/agenda';
import { isHeld } from '../records/held';
import { daysBetween } from '../dates';
import { listActions } from '../records/actionList';
import type { Goal } from '../records/plan';
import type { RelationshipRecords, SessionRecord } from '../records/relationship';
import type { RecordDocument } from '../records/recordDocument';
import { canonicalGoalId } from '../topics/goalTopics';
import type { Topic } from '../topics/topic';
import { cadenceTimeline } from './cadenceTimeline';
import type {
  DashboardCommit,
  DashboardGoal,
  DashboardModel,
  DashboardReflection,
  DashboardSessionRef,
  DashboardSessionTopics,
} from './dashboardTypes';
import {
  agendaTopicTitles,
  frontMatterLine,
  readSessionDocument,
  reflectionHeadline,
  truncateText,
} from './sessionSections';

export type * from './dashboardTypes';

/** At most this many commits are listed under a goal; the rest are counted. */
const MAX_GOAL_COMMITS = 20;
/** How many reflections the dashboard shows. */
const REFLECTIONS = 5;

/** The latest learning topics of the relationship, as Surface Learning Topics left them. */
export interface DashboardTopicsInput {
  topics: readonly Topic[];
  /** Subjects of the commits read, by full sha. */
  commitInfo?: Readonly<Record<string, { subject: string }>>;
}

/** What the dashboard model needs besides the records. */
export interface DashboardOptions {
  /** YYYY-MM-DD: ages and the open gap are counted to it. */
  today: string;
  topics?: DashboardTopicsInput;
  /** Turns a path relative to the records root into what the webview sends back to open it. */
  file: (rootRelative: string) => string;
  /**
   * The text of a session file (path relative to the records root), for its Reflection and
   * Agenda sections; without it those parts are empty and evidence points at line 1.
   */
  sessionText?: (rootRelative: string) => string | undefined;
  /** The question bank to suggest questions from; without it, none are suggested. */
  bank?: readonly BankQuestion[];
}

/**
 * The dashboard of one relationship as plain JSON: goals with their evidence, the cadence
 * timeline, open action items with their age, the latest reflection headlines and the learning
 * topics over time. Every linked item carries a file (through `options.file`) and a line.
 */
export function dashboardModel(
  rel: RelationshipRecords,
  options: DashboardOptions,
): DashboardModel {
  const { today, file } = options;
  const docs = new Map<string, RecordDocument>();
  for (const s of rel.sessions) {
    const text = options.sessionText?.(s.file);
    const doc = text === undefined ? undefined : readSessionDocument(s.file, text);
    if (doc) docs.set(s.file, doc);
  }
  const sessionRef = (s: SessionRecord, line = 1): DashboardSessionRef => ({
    date: s.date,
    file: file(s.file),
    line,
  });
  const plan = rel.plan;
  return {
    slug: rel.slug,
    mentee: plan?.mentee,
    today,
    plan: plan ? { file: file(plan.file), line: 1 } : undefined,
    goals: (plan?.goals ?? []).map((g) =>
      goalOf(g, plan!.file, rel.sessions, docs, options, sessionRef),
    ),
    timeline: cadenceTimeline(
      rel.sessions
        .filter((s) => isHeld({ date: s.date, status: s.session?.status }, today) || s.date > today)
        .map((s) => sessionRef(s)),
      plan?.cadence,
      plan?.started,
      today,
    ),
    openItems: listActions(rel, today)
      .filter((a) => !a.done && !a.dropped)
      .map((a) => {
        const since = rel.sessions.find((s) => s.file === a.file)?.date ?? today;
        return {
          file: file(a.file),
          line: a.line,
          text: truncateText(a.text),
          owner: a.owner,
          due: a.due,
          goal: a.goal,
          since,
          ageDays: Math.max(0, daysBetween(since, today)),
          overdue: a.overdue,
          carried: a.carried,
        };
      })
      .sort((a, b) => b.ageDays - a.ageDays),
    reflections: reflections(rel.sessions, docs, sessionRef),
    topics: {
      sessions: topicsOverTime(rel.sessions, docs, sessionRef),
      current: (options.topics?.topics ?? []).map((t) => ({
        id: t.id,
        kind: t.kind,
        title: truncateText(t.title),
      })),
    },
    // The same choice as the agenda of a session held today would make.
    suggestedQuestions: buildAgenda(rel, today, {
      topics: options.topics?.topics,
      today,
      bank: options.bank,
    }).suggestedQuestions.map((q) => ({
      text: truncateText(q.text),
      reason: truncateText(q.reason),
    })),
    problems: rel.problems.length,
  };
}

function goalOf(
  goal: Goal,
  planFile: string,
  sessions: readonly SessionRecord[],
  docs: ReadonlyMap<string, RecordDocument>,
  options: DashboardOptions,
  sessionRef: (s: SessionRecord, line?: number) => DashboardSessionRef,
): DashboardGoal {
  const id = canonicalGoalId(goal.id);
  const named = (ref: string | undefined) => ref !== undefined && canonicalGoalId(ref) === id;
  const evidence: DashboardSessionRef[] = [];
  for (const s of sessions) {
    if (!s.session) continue;
    // The front-matter list is the session's own statement; an item tagged #G1 is the next best.
    const inFrontMatter = s.session.goals.some(named);
    const item = s.session.actionItems.find((a) => named(a.goal));
    if (!inFrontMatter && !item) continue;
    const doc = docs.get(s.file);
    const line = inFrontMatter ? doc && frontMatterLine(doc, 'goals') : item?.line;
    evidence.push(sessionRef(s, line ?? 1));
  }
  const topic = options.topics?.topics.find((t) => t.kind === 'goal' && t.id === `goal:${id}`);
  const shas = topic?.evidence.commits ?? [];
  const commits: DashboardCommit[] = shas.slice(0, MAX_GOAL_COMMITS).map((sha) => {
    const subject = options.topics?.commitInfo?.[sha]?.subject;
    return {
      sha,
      subject: subject === undefined ? undefined : truncateText(subject),
      file: options.file(planFile),
      line: goal.line,
    };
  });
  return {
    id: goal.id,
    title: truncateText(goal.title),
    status: goal.status ?? 'active',
    target: goal.target,
    file: options.file(planFile),
    line: goal.line,
    sessions: evidence,
    commits,
    moreCommits: Math.max(0, shas.length - commits.length),
  };
}

function reflections(
  sessions: readonly SessionRecord[],
  docs: ReadonlyMap<string, RecordDocument>,
  sessionRef: (s: SessionRecord, line?: number) => DashboardSessionRef,
): DashboardReflection[] {
  const out: DashboardReflection[] = [];
  for (const s of [...sessions].reverse()) {
    const doc = docs.get(s.file);
    const headline = doc && reflectionHeadline(doc);
    if (!headline) continue;
    out.push({ ...sessionRef(s, headline.line), text: headline.text });
    if (out.length === REFLECTIONS) break;
  }
  return out;
}

function topicsOverTime(
  sessions: readonly SessionRecord[],
  docs: ReadonlyMap<string, RecordDocument>,
  sessionRef: (s: SessionRecord, line?: number) => DashboardSessionRef,
): DashboardSessionTopics[] {
  const out: DashboardSessionTopics[] = [];
  for (const s of sessions) {
    const doc = docs.get(s.file);
    const titles = doc ? agendaTopicTitles(doc) : [];
    if (titles.length === 0) continue;
    const ref = sessionRef(s);
    out.push({
      ...ref,
      topics: titles.map((t) => ({ title: t.text, file: ref.file, line: t.line })),
    });
  }
  return out;
}
