import { nextDueDate, cadenceToday } from '../records/cadence';
import type { RelationshipRecords } from '../records/relationship';

/**
 * The next `count` session dates by the plan's cadence, from `today` on: the next due date after
 * the last held session (today when that is past: an overdue session is still to be held), else
 * the plan's start (or today) when none was held yet, then one cadence step after another.
 * Undefined when the cadence is not one the records contract knows.
 */
export function upcomingSessions(
  rel: RelationshipRecords,
  today: string,
  count: number,
): string[] | undefined {
  const cadence = rel.plan?.cadence;
  if (nextDueDate(today, cadence) === undefined) return undefined;
  const c = cadenceToday(rel.sessions, cadence, today);
  let date = c.nextDue ?? (rel.plan && rel.plan.started > today ? rel.plan.started : today);
  if (date < today) date = today;
  const dates: string[] = [];
  while (dates.length < count) {
    dates.push(date);
    date = nextDueDate(date, cadence) as string;
  }
  return dates;
}
