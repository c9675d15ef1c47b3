import { addDays } from '../dates';

/**
 * What the reminders remember between days (kept in VS Code's globalState, so a mentor with
 * several windows still gets one digest a day). Plain JSON: dates are YYYY-MM-DD.
 */
export interface ReminderState {
  /** The day the digest was last shown. */
  lastShown?: string;
  /** No digest before this day (Snooze a day). */
  snoozedUntil?: string;
  /** Relationships the user stopped reminders for, by key. */
  stopped: string[];
  /** Session logs already nudged for an empty Reflection and Action items, by key and file. */
  nudged: string[];
}

/** Logs nudged are kept this many entries back: a nudge is about yesterday's log only. */
const MAX_NUDGED = 200;

/** The state read back from storage: anything malformed counts as nothing remembered. */
export function reminderState(raw: unknown): ReminderState {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const date = (v: unknown) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  return {
    lastShown: date(r.lastShown),
    snoozedUntil: date(r.snoozedUntil),
    stopped: strings(r.stopped),
    nudged: strings(r.nudged),
  };
}

/** The state after the digest was shown on `today`: not again today, its nudges never again. */
export function markShown(state: ReminderState, today: string, nudged: string[]): ReminderState {
  return {
    ...state,
    lastShown: today,
    nudged: [...state.nudged, ...nudged.filter((n) => !state.nudged.includes(n))].slice(
      -MAX_NUDGED,
    ),
  };
}

/**
 * Snooze a day: the digest seen today is not shown tomorrow; it comes back the day after. (It is
 * shown at most once a day anyway, so "tomorrow" would change nothing.)
 */
export function snoozeDay(state: ReminderState, today: string): ReminderState {
  return { ...state, snoozedUntil: addDays(today, 2) };
}

/** Stop reminders for one relationship; the others keep theirs. */
export function stopFor(state: ReminderState, key: string): ReminderState {
  return state.stopped.includes(key) ? state : { ...state, stopped: [...state.stopped, key] };
}

/** Whether the daily digest may be shown on `today`: not shown yet today, and not snoozed. */
export function digestDue(state: ReminderState, today: string): boolean {
  return (
    state.lastShown !== today && (state.snoozedUntil === undefined || today >= state.snoozedUntil)
  );
}
