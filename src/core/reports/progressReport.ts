import { isHeld } from '../records/held';
import { daysBetween } from '../dates';
import { isOverdue } from '../records/actionList';
import { isStruckOut } from '../records/actionItem';
import { nextDueDate } from '../records/cadence';
import type { RelationshipRecords, SessionRecord } from '../records/relationship';
import { canonicalGoalId } from '../topics/goalTopics';
import type { Topic } from '../topics/topic';
import { cadenceWindows, DEFAULT_CADENCE } from './cadenceWindows';
import { readSessionNotes, type SessionNotes } from './sessionNotes';

/** A session as a report links to it. */
export interface ReportSession {
  /** Where the session file is, as the caller's `file` option maps it. */
  file: string;
  date: string;
}

/** A session in the period that worked on a goal, and how it says so. */
export interface GoalSession extends ReportSession {
  /** The session's front matter lists the goal. */
  frontMatter: boolean;
  /** Lines of its action items tagged `#G<n>` with the goal. */
  actionLines: number[];
}

/** A goal of the plan with its evidence in the period. */
export interface ProgressGoal {
  id: string;
  title: string;
  status: string | null;
  target: string | null;
  measure: string | null;
  /** The plan file and the goal's heading line. */
  file: string;
  line: number;
  sessions: GoalSession[];
  /** Commits of the goal's learning topic (its areas or Mentoring-Goal trailers), when topics are given. */
  commits: string[];
}

/** A stretch between sessions longer than the cadence allows. */
export interface CadenceGap {
  /** The session before the gap. */
  from: string;
  /** The session after it, or today when none has been held since. */
  to: string;
  days: number;
  /** No session has been held since `from`: the gap is still open today. */
  ongoing: boolean;
}

/** Sessions held in the period against the cadence. */
export interface ProgressCadence {
  /** The plan's cadence, or the default (biweekly) when the plan names none. */
  cadence: string;
  /** False when the cadence is the default, not the plan's. */
  fromPlan: boolean;
  held: number;
  /** Whole cadence windows from the period's start (or the relationship's, if later) to its end (or today, if earlier); null for an unknown cadence. */
  expected: number | null;
  sessions: ReportSession[];
  gaps: CadenceGap[];
}

/** An action item in the report; `text` is the item as written (tokens kept, strike-out removed). */
export interface ProgressAction {
  text: string;
  owner: string | null;
  due: string | null;
  goal: string | null;
  /** The home session: where the item was written and is ticked. */
  file: string;
  line: number;
  sessionDate: string;
  /** Days from the home session to today, for open items; null for settled ones. */
  ageDays: number | null;
  overdue: boolean;
  /** Written in a session of the period (false: an older item still open). */
  inPeriod: boolean;
}

/** A learning topic covered in the period: on a session's agenda, surfaced from history, or both. */
export interface ProgressTopic {
  title: string;
  question: string | null;
  /** The topic kind when it comes from the given topics; null for an agenda line only. */
  kind: string | null;
  commits: string[];
  /** Sessions whose agenda listed it, with the line. */
  sessions: (ReportSession & { line: number })[];
  /** Among the topics given to the report (the mentee's history in the period). */
  surfaced: boolean;
}

/** A queued question ticked as discussed in the period. */
export interface ProgressQuestion {
  text: string;
  discussed: string;
  file: string;
  line: number;
}

/** The first line of a session's reflection in the period. */
export interface ProgressReflection extends ReportSession {
  text: string;
  line: number;
}

/** A relationship's progress over a period, as plain JSON (absent values are null). */
export interface ProgressReport {
  relationship: string;
  mentee: string | null;
  mentors: string[];
  kind: string | null;
  started: string | null;
  period: { since: string; until: string };
  today: string;
  /** The plan file, or null when there is no readable plan. */
  plan: string | null;
  goals: ProgressGoal[];
  cadence: ProgressCadence;
  actions: { done: ProgressAction[]; open: ProgressAction[]; dropped: ProgressAction[] };
  topics: ProgressTopic[];
  questions: ProgressQuestion[];
  reflections: ProgressReflection[];
}

/** What a progress report covers, and how it reaches what RelationshipRecords does not hold. */
export interface ProgressReportOptions {
  /** First day of the period, YYYY-MM-DD, inclusive. */
  since: string;
  /** Last day of the period, YYYY-MM-DD, inclusive. */
  until: string;
  /** Ages, overdue items and open gaps are counted to this date. */
  today: string;
  /** Learning topics of the mentee's history in the period. */
  topics?: readonly Topic[];
  /**
   * Maps a path relative to the records root to what the report shows and links. By default a
   * link relative to `<root>/<slug>/reports/`, where a saved report lives (`../sessions/x.md`).
   */
  file?: (rootRelative: string) => string;
  /**
   * A session file's text (path relative to the records root), for its reflection and agenda
   * topic lines: RelationshipRecords keeps only the parsed front matter and action items.
   * Without it, the report has no reflections and no agenda topics.
   */
  text?: (rootRelative: string) => string | undefined;
}

/** The default link of a records file from `<root>/<slug>/reports/`. */
export function linkFromReports(slug: string): (rootRelative: string) => string {
  return (p) => (p.startsWith(`${slug}/`) ? `../${p.slice(slug.length + 1)}` : `../../${p}`);
}

/**
 * Builds a relationship's progress report for a period: the goals and their evidence, sessions
 * against the cadence, action items (done, open with their age, dropped), learning topics
 * covered, questions discussed, and reflection headlines. Open items are those still open in
 * the files today, written in the period or before it.
 */
export function progressReport(rel: RelationshipRecords, o: ProgressReportOptions): ProgressReport {
  const file = o.file ?? linkFromReports(rel.slug);
  const inPeriod = rel.sessions.filter((s) => s.date >= o.since && s.date <= o.until);
  const notes = new Map<SessionRecord, SessionNotes>();
  for (const s of inPeriod) {
    const text = o.text?.(s.file);
    if (text !== undefined) notes.set(s, readSessionNotes(s.file, text));
  }
  const plan = rel.plan;
  return {
    relationship: rel.slug,
    mentee: plan?.mentee ?? null,
    mentors: plan ? [...plan.mentors] : [],
    kind: plan?.kind ?? null,
    started: plan?.started ?? null,
    period: { since: o.since, until: o.until },
    today: o.today,
    plan: plan ? file(plan.file) : null,
    goals: goalsOf(rel, inPeriod, o.topics ?? [], file),
    cadence: cadenceOf(rel, inPeriod, o, file),
    actions: actionsOf(rel, o, file),
    topics: topicsOf(inPeriod, notes, o.topics ?? [], file),
    questions: rel.questions
      .filter((q) => q.done && q.discussed && q.discussed >= o.since && q.discussed <= o.until)
      .map((q) => ({
        text: q.text,
        discussed: q.discussed as string,
        file: file(rel.questionsFile),
        line: q.line,
      })),
    reflections: inPeriod.flatMap((s) => {
      const r = notes.get(s)?.reflection;
      return r ? [{ file: file(s.file), date: s.date, text: r.text, line: r.line }] : [];
    }),
  };
}

function goalsOf(
  rel: RelationshipRecords,
  inPeriod: readonly SessionRecord[],
  topics: readonly Topic[],
  file: (p: string) => string,
): ProgressGoal[] {
  const plan = rel.plan;
  if (!plan) return [];
  return plan.goals.map((g) => {
    const id = canonicalGoalId(g.id);
    const sessions: GoalSession[] = [];
    for (const s of inPeriod) {
      const frontMatter = (s.session?.goals ?? []).some((ref) => canonicalGoalId(ref) === id);
      const actionLines = (s.session?.actionItems ?? [])
        .filter((a) => a.goal !== undefined && canonicalGoalId(a.goal) === id)
        .map((a) => a.line);
      if (frontMatter || actionLines.length)
        sessions.push({ file: file(s.file), date: s.date, frontMatter, actionLines });
    }
    const topic = topics.find((t) => t.kind === 'goal' && t.id === `goal:${id}`);
    return {
      id: g.id,
      title: g.title,
      status: g.status ?? null,
      target: g.target ?? null,
      measure: g.measure ?? null,
      file: file(plan.file),
      line: g.line,
      sessions,
      commits: topic ? [...topic.evidence.commits] : [],
    };
  });
}

function cadenceOf(
  rel: RelationshipRecords,
  inPeriod: readonly SessionRecord[],
  o: ProgressReportOptions,
  file: (p: string) => string,
): ProgressCadence {
  const planned = rel.plan?.cadence;
  const cadence = planned ?? DEFAULT_CADENCE;
  const started = rel.plan?.started;
  const from = started && started > o.since ? started : o.since;
  const to = o.today < o.until ? o.today : o.until;
  const known = nextDueDate(from, cadence) !== undefined;
  const held = inPeriod.filter((s) => isHeld({ date: s.date, status: s.session?.status }, o.today));
  return {
    cadence,
    fromPlan: planned !== undefined,
    held: held.length,
    expected: !known ? null : from > to ? 0 : cadenceWindows(from, to, cadence).length,
    sessions: held.map((s) => ({ file: file(s.file), date: s.date })),
    gaps: known ? gapsOf(rel, cadence, o) : [],
  };
}

/**
 * Gaps between consecutive sessions (any, not only those of the period) where the next one came
 * after it was due, plus the open gap since the last session when it is overdue today; kept when
 * they overlap the period.
 */
function gapsOf(rel: RelationshipRecords, cadence: string, o: ProgressReportOptions): CadenceGap[] {
  const dates = [
    ...new Set(
      rel.sessions
        .filter((s) => isHeld({ date: s.date, status: s.session?.status }, o.today))
        .map((s) => s.date),
    ),
  ].sort();
  const gaps: CadenceGap[] = [];
  dates.forEach((from, i) => {
    const due = nextDueDate(from, cadence);
    if (due === undefined) return;
    const next = dates[i + 1];
    const to = next ?? o.today;
    if (to > due) gaps.push({ from, to, days: daysBetween(from, to), ongoing: next === undefined });
  });
  return gaps.filter((g) => g.from < o.until && g.to > o.since);
}

function actionsOf(
  rel: RelationshipRecords,
  o: ProgressReportOptions,
  file: (p: string) => string,
): ProgressReport['actions'] {
  const out: ProgressReport['actions'] = { done: [], open: [], dropped: [] };
  for (const s of rel.sessions) {
    if (s.date > o.until) continue;
    const inPeriod = s.date >= o.since;
    for (const item of s.session?.actionItems ?? []) {
      const open = !item.done && !item.dropped;
      if (!open && !inPeriod) continue;
      const text = item.text.trim();
      const row: ProgressAction = {
        text: isStruckOut(text) ? text.slice(2, -2).trim() : text,
        owner: item.owner ?? null,
        due: item.due ?? null,
        goal: item.goal ?? null,
        file: file(s.file),
        line: item.line,
        sessionDate: s.date,
        ageDays: open ? Math.max(0, daysBetween(s.date, o.today)) : null,
        overdue: open && isOverdue(item.due, o.today),
        inPeriod,
      };
      if (item.dropped) out.dropped.push(row);
      else if (item.done) out.done.push(row);
      else out.open.push(row);
    }
  }
  // The oldest open items first: they are the ones to decide on.
  out.open.sort((a, b) => (b.ageDays ?? 0) - (a.ageDays ?? 0));
  return out;
}

function topicsOf(
  inPeriod: readonly SessionRecord[],
  notes: ReadonlyMap<SessionRecord, SessionNotes>,
  given: readonly Topic[],
  file: (p: string) => string,
): ProgressTopic[] {
  const byTitle = new Map<string, ProgressTopic>();
  for (const s of inPeriod) {
    for (const t of notes.get(s)?.agendaTopics ?? []) {
      let topic = byTitle.get(t.title);
      if (!topic) {
        topic = {
          title: t.title,
          question: t.question,
          kind: null,
          commits: [],
          sessions: [],
          surfaced: false,
        };
        byTitle.set(t.title, topic);
      }
      for (const c of t.commits)
        if (!topic.commits.some((k) => k.startsWith(c))) topic.commits.push(c);
      topic.sessions.push({ file: file(s.file), date: s.date, line: t.line });
    }
  }
  for (const g of given) {
    const topic = byTitle.get(g.title);
    if (topic) {
      // The history has the full names; the agenda only their first characters.
      topic.commits = [...g.evidence.commits];
      topic.kind = g.kind;
      topic.question ??= g.question;
      topic.surfaced = true;
    } else {
      byTitle.set(g.title, {
        title: g.title,
        question: g.question,
        kind: g.kind,
        commits: [...g.evidence.commits],
        sessions: [],
        surfaced: true,
      });
    }
  }
  return [...byTitle.values()];
}
