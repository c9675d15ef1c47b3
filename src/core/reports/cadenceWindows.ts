import { addDays } from '../dates';
import { nextDueDate } from '../records/cadence';

/** The cadence the product assumes when a plan names none (as nextDueDate does). */
export const DEFAULT_CADENCE = 'biweekly';

/** One cadence window: from `start` (inclusive) to `end` (exclusive), both YYYY-MM-DD. */
export interface CadenceWindow {
  start: string;
  end: string;
}

// A bound on the walk, so an absurd span ("every 1 day" over centuries) cannot hang a report.
const MAX_WINDOWS = 10_000;

/**
 * The whole cadence windows that fit in [from, to] (both inclusive), back to back from `from`.
 * A window still running on `to` is left out: a session may yet fall in it, so it is neither kept
 * nor missed. Empty for a cadence nextDueDate does not know.
 */
export function cadenceWindows(
  from: string,
  to: string,
  cadence: string | undefined,
): CadenceWindow[] {
  const windows: CadenceWindow[] = [];
  const stop = addDays(to, 1);
  let start = from;
  while (windows.length < MAX_WINDOWS) {
    const end = nextDueDate(start, cadence);
    if (end === undefined || end <= start || end > stop) break;
    windows.push({ start, end });
    start = end;
  }
  return windows;
}

/** How many of the windows hold at least one of the dates. */
export function windowsWithSession(
  windows: readonly CadenceWindow[],
  dates: readonly string[],
): number {
  return windows.filter((w) => dates.some((d) => d >= w.start && d < w.end)).length;
}
