/** The statuses a session log may carry, in the order a person moves through them. */
export const SESSION_STATUSES = ['prepared', 'held', 'cancelled'] as const;

/** A session log's state, from its front matter (RECORDS.md, "Held"). */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** What "held" is decided from: the log's date and its front-matter status, nothing else. */
export interface HeldInput {
  date: string;
  status?: SessionStatus;
}

/**
 * True when a log counts as a session held on `today`: `status: held`, or a date before today
 * with no status or `prepared` (a meeting whose log nobody closed still happened). `cancelled`
 * never counts, and a log prepared for today or later is not held yet. Read from the front
 * matter alone, so counts that must stay content-blind (the team report) can use it.
 */
export function isHeld(session: HeldInput, today: string): boolean {
  if (session.status === 'cancelled') return false;
  if (session.status === 'held') return true;
  return session.date < today;
}

/** The status a new log is written with: `prepared` for today or a later date, none before. */
export function initialStatus(date: string, today: string): SessionStatus | undefined {
  return date >= today ? 'prepared' : undefined;
}

/**
 * How many held sessions came after the session at `homeIndex` (sessions in date order) and
 * before `until` (exclusive), or up to it (inclusive): the "carried N times" of an open item.
 * One function, so the agenda, the Action Items view and the reports never disagree.
 */
export function heldAfter(
  sessions: readonly { session?: HeldInput; date: string }[],
  homeIndex: number,
  until: string,
  today: string,
  inclusive: boolean,
): number {
  let n = 0;
  for (let i = homeIndex + 1; i < sessions.length; i++) {
    const s = sessions[i];
    if (inclusive ? s.date > until : s.date >= until) continue;
    if (isHeld({ date: s.date, status: s.session?.status }, today)) n++;
  }
  return n;
}
