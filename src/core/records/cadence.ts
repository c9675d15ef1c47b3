import { addDays, addMonths, daysBetween } from '../dates';

/** When the next session is due after `last`, by the plan's cadence; undefined for an unknown one. */
export function nextDueDate(last: string, cadence: string | undefined): string | undefined {
  const c = (cadence ?? 'biweekly').trim().toLowerCase();
  if (c === 'weekly') return addDays(last, 7);
  if (c === 'biweekly' || c === 'fortnightly') return addDays(last, 14);
  if (c === 'monthly') return addMonths(last, 1);
  const m = /^every (\d+) (day|days|week|weeks)$/.exec(c);
  if (!m) return undefined;
  return addDays(last, Number(m[1]) * (m[2].startsWith('week') ? 7 : 1));
}

/** Where a relationship stands against its cadence on a date. */
export interface CadenceStatus {
  /** The latest session before the date. */
  last?: string;
  nextDue?: string;
  overdue: boolean;
  daysSinceLast?: number;
}

/**
 * The cadence status on `date`. For an agenda, `last` is the latest session before the date;
 * with `inclusive` (the status bar), a session on the date itself counts.
 */
export function cadenceStatus(
  sessionDates: readonly string[],
  cadence: string | undefined,
  date: string,
  inclusive = false,
): CadenceStatus {
  const last = [...sessionDates]
    .filter((d) => (inclusive ? d <= date : d < date))
    .sort()
    .pop();
  if (!last) return { overdue: false };
  const nextDue = nextDueDate(last, cadence);
  return {
    last,
    nextDue,
    overdue: nextDue !== undefined && nextDue < date,
    daysSinceLast: daysBetween(last, date),
  };
}
