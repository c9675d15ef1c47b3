import { daysBetween } from '../dates';
import { nextDueDate } from '../records/cadence';
import type { DashboardGap, DashboardSessionRef, DashboardTimeline } from './dashboardTypes';

/** The cadence a plan without one gets (as nextDueDate reads it). */
const DEFAULT_CADENCE = 'biweekly';

/**
 * Sessions on a time axis: each gap between two sessions, and the open one from the last session
 * to today, is marked late when it runs past the date the cadence set (nextDueDate, so "monthly"
 * means the same day next month rather than a fixed number of days). Sessions dated after today
 * are kept on the axis but end no open gap.
 */
export function cadenceTimeline(
  sessions: readonly DashboardSessionRef[],
  cadence: string | undefined,
  started: string | undefined,
  today: string,
): DashboardTimeline {
  const label = cadence?.trim() || DEFAULT_CADENCE;
  const dates = sessions.map((s) => s.date);
  const first = [started, dates[0]].filter((d): d is string => d !== undefined).sort()[0];
  const last = dates[dates.length - 1];
  const gaps: DashboardGap[] = [];
  for (let i = 1; i < dates.length; i++) {
    if (dates[i] === dates[i - 1]) continue;
    gaps.push(gap(dates[i - 1], dates[i], cadence, false));
  }
  const held = dates.filter((d) => d <= today);
  const lastHeld = held[held.length - 1];
  if (lastHeld !== undefined && lastHeld < today && lastHeld === last)
    gaps.push(gap(lastHeld, today, cadence, true));
  const reference = lastHeld ?? today;
  const due = nextDueDate(reference, cadence);
  return {
    cadence: label,
    cadenceDays: due === undefined ? undefined : daysBetween(reference, due),
    start: first !== undefined && first < today ? first : today,
    end: last !== undefined && last > today ? last : today,
    sessions: [...sessions],
    gaps,
  };
}

function gap(from: string, to: string, cadence: string | undefined, open: boolean): DashboardGap {
  const due = nextDueDate(from, cadence);
  return { from, to, days: daysBetween(from, to), late: due !== undefined && to > due, open };
}
