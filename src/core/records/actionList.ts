import { isIsoDate } from '../dates';
import { heldAfter } from './held';
import type { RelationshipRecords } from './relationship';

/** True when an open item's due date is a real date before `date`. */
export function isOverdue(due: string | undefined, date: string): boolean {
  // An impossible due date (reported by the parser) is not a date to be late against; compared
  // as text, "1.12." would sort before every real date and always be overdue.
  return due !== undefined && isIsoDate(due) && due < date;
}

/** One action item of a relationship, where it lives and where it stands on a date. */
export interface ListedAction {
  relationship: string;
  /** The session file, relative to the records root with "/". */
  file: string;
  /** 1-based. */
  line: number;
  text: string;
  owner?: string;
  due?: string;
  goal?: string;
  done: boolean;
  dropped: boolean;
  /** Still open and due before the date; a ticked or dropped item is settled. */
  overdue: boolean;
  /** Sessions held after its home session, up to the date (a log only prepared is not held). */
  carried: number;
}

/** Every action item of a relationship's sessions, in session order then line order. */
export function listActions(rel: RelationshipRecords, date: string): ListedAction[] {
  const rows: ListedAction[] = [];
  rel.sessions.forEach((s, i) => {
    const carried = heldAfter(rel.sessions, i, date, date, true);
    for (const item of s.session?.actionItems ?? []) {
      rows.push({
        relationship: rel.slug,
        file: s.file,
        line: item.line,
        text: item.text,
        owner: item.owner,
        due: item.due,
        goal: item.goal,
        done: item.done,
        dropped: item.dropped,
        overdue: !item.done && !item.dropped && isOverdue(item.due, date),
        carried,
      });
    }
  });
  return rows;
}
