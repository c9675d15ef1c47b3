import { addDays, addMonths, daysBetween } from '../dates';
import { isHeld, type HeldInput } from './held';

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

/** Where a relationship stands on `today`, counting held sessions only, for the status bar and views. */
export interface CadenceToday extends CadenceStatus {
  /** A log for today exists but is not held yet (prepared, or status absent): "prepared for today". */
  preparedToday: boolean;
}

/**
 * The cadence on `today` from a relationship's session logs: held sessions only (a log prepared
 * for today is not "met today"; a cancelled one never counts), a session held today included.
 */
export function cadenceToday(
  sessions: readonly { date: string; session?: HeldInput }[],
  cadence: string | undefined,
  today: string,
): CadenceToday {
  const held = sessions.filter((s) => isHeld({ date: s.date, status: s.session?.status }, today));
  return {
    ...cadenceStatus(
      held.map((s) => s.date),
      cadence,
      today,
      true,
    ),
    preparedToday: sessions.some(
      (s) =>
        s.date === today &&
        s.session?.status !== 'cancelled' &&
        !isHeld({ date: s.date, status: s.session?.status }, today),
    ),
  };
}
