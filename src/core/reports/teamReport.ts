import { isHeld } from '../records/held';
import { addMonths, daysBetween } from '../dates';
import { isOverdue } from '../records/actionList';
import { nextDueDate } from '../records/cadence';
import type { RelationshipRecords } from '../records/relationship';
import { cadenceWindows, DEFAULT_CADENCE, windowsWithSession } from './cadenceWindows';

/** How many months of sessions a team report shows by default. */
export const DEFAULT_TEAM_MONTHS = 6;

/** How well a cadence was kept: whole cadence windows in the span, and those with a session. */
export interface CadenceKept {
  windows: number;
  kept: number;
  /** kept / windows, 0 to 1; null when no whole window fits in the span yet. */
  share: number | null;
}

/** Counts and ages of the open action items (never their text). */
export interface OpenActionStats {
  count: number;
  overdue: number;
  /** Days since the home session of the oldest open item; null when none is open. */
  oldestDays: number | null;
  medianDays: number | null;
}

/**
 * One relationship in the team report. Every field comes from front matter or from the shape of
 * the files (names, dates, how many task lines are ticked): no free text of a plan or session.
 * Mentors are counted, not named, and the mentee is known only by the folder name.
 */
export interface TeamRelationship {
  slug: string;
  /** False when plan.md is missing or unreadable: the plan fields are then null. */
  plan: boolean;
  kind: string | null;
  mentors: number;
  /** The plan's cadence, or null when it names none (biweekly is then assumed for `cadenceKept`). */
  cadence: string | null;
  started: string | null;
  review: string | null;
  /** Session files per month, oldest month first, aligned with TeamReport.months. */
  sessionsPerMonth: number[];
  /** Over the report's months (from the start of the relationship when later). */
  cadenceKept: CadenceKept;
  openActions: OpenActionStats;
  lastSession: string | null;
  daysSinceLast: number | null;
  /** The next session was due before today. */
  overdue: boolean;
  /** Files of the relationship that could not be read or have errors. */
  filesWithErrors: number;
}

/** Programme totals of a team report. */
export interface TeamTotals {
  relationships: number;
  sessions: number;
  sessionsPerMonth: number[];
  /** Windows and kept windows summed over the relationships. */
  cadenceKept: CadenceKept;
  openActions: number;
  overdueActions: number;
  /** Relationships whose next session was due before today. */
  overdueRelationships: number;
}

/** The team report for programme leads, as plain JSON. */
export interface TeamReport {
  today: string;
  /** `YYYY-MM`, oldest first; the last is today's month (so far). */
  months: string[];
  relationships: TeamRelationship[];
  totals: TeamTotals;
}

/** Options of teamReport. */
export interface TeamReportOptions {
  today: string;
  /** Months of sessions to show, today's month included (default 6). */
  months?: number;
}

/**
 * The team report: per relationship its kind, mentor count, cadence, start, sessions per month,
 * how well the cadence was kept, how many action items are open and for how long, and the last
 * session; then programme totals. Built only from front matter and file metadata: no text of a
 * note, goal, item or question is read into it, so it can go to a programme lead without
 * breaking the confidentiality of the sessions.
 */
export function teamReport(rels: readonly RelationshipRecords[], o: TeamReportOptions): TeamReport {
  const n = Math.max(1, Math.floor(o.months ?? DEFAULT_TEAM_MONTHS));
  const first = `${addMonths(o.today, -(n - 1)).slice(0, 7)}-01`;
  const months = Array.from({ length: n }, (_, i) => addMonths(first, i).slice(0, 7));
  const relationships = [...rels]
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((rel) => teamRelationship(rel, o.today, first, months));
  return { today: o.today, months, relationships, totals: totalsOf(relationships, months) };
}

function teamRelationship(
  rel: RelationshipRecords,
  today: string,
  first: string,
  months: readonly string[],
): TeamRelationship {
  const plan = rel.plan;
  // Held sessions only (front matter alone: date and status), so the report stays content-blind.
  const held = rel.sessions.filter((s) => isHeld({ date: s.date, status: s.session?.status }, today));
  const dates = held.map((s) => s.date);
  const cadence = plan?.cadence ?? DEFAULT_CADENCE;
  const from = plan && plan.started > first ? plan.started : first;
  const windows = from <= today ? cadenceWindows(from, today, cadence) : [];
  const kept = windowsWithSession(windows, dates);
  const ages: number[] = [];
  let overdueItems = 0;
  for (const s of held) {
    for (const item of s.session?.actionItems ?? []) {
      if (item.done || item.dropped) continue;
      ages.push(daysBetween(s.date, today));
      if (isOverdue(item.due, today)) overdueItems++;
    }
  }
  ages.sort((a, b) => a - b);
  const last = dates.length ? dates[dates.length - 1] : undefined;
  const due = last ? nextDueDate(last, cadence) : undefined;
  const files = new Set(rel.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  return {
    slug: rel.slug,
    plan: plan !== undefined,
    kind: plan?.kind ?? null,
    mentors: plan?.mentors.length ?? 0,
    cadence: plan?.cadence ?? null,
    started: plan?.started ?? null,
    review: plan?.review ?? null,
    sessionsPerMonth: months.map((m) => dates.filter((d) => d.startsWith(`${m}-`)).length),
    cadenceKept: {
      windows: windows.length,
      kept,
      share: windows.length ? kept / windows.length : null,
    },
    openActions: {
      count: ages.length,
      overdue: overdueItems,
      oldestDays: ages.length ? ages[ages.length - 1] : null,
      medianDays: median(ages),
    },
    lastSession: last ?? null,
    daysSinceLast: last ? daysBetween(last, today) : null,
    overdue: due !== undefined && due < today,
    filesWithErrors: files.size,
  };
}

function totalsOf(rows: readonly TeamRelationship[], months: readonly string[]): TeamTotals {
  const sum = (f: (r: TeamRelationship) => number) => rows.reduce((t, r) => t + f(r), 0);
  const windows = sum((r) => r.cadenceKept.windows);
  const kept = sum((r) => r.cadenceKept.kept);
  const sessionsPerMonth = months.map((_, i) => sum((r) => r.sessionsPerMonth[i]));
  return {
    relationships: rows.length,
    sessions: sessionsPerMonth.reduce((t, x) => t + x, 0),
    sessionsPerMonth,
    cadenceKept: { windows, kept, share: windows ? kept / windows : null },
    openActions: sum((r) => r.openActions.count),
    overdueActions: sum((r) => r.openActions.overdue),
    overdueRelationships: rows.filter((r) => r.overdue).length,
  };
}

/** The median of sorted numbers (the mean of the middle two for an even count), whole days. */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}
