import { listActions } from '../core/records/actionList';
import type { RelationshipRecords } from '../core/records/relationship';

/** One action item as `actions` lists it. */
export interface ActionRow {
  relationship: string;
  /** The session file, relative to the records root with "/". */
  file: string;
  /** 1-based. */
  line: number;
  text: string;
  owner: string | null;
  due: string | null;
  goal: string | null;
  done: boolean;
  dropped: boolean;
  /** Still open and its due date is before `today`. */
  overdue: boolean;
}

/** Every action item of a relationship as `actions` lists it: absent values are null. */
export function actionRows(rel: RelationshipRecords, today: string): ActionRow[] {
  return listActions(rel, today).map((a) => ({
    relationship: a.relationship,
    file: a.file,
    line: a.line,
    text: a.text,
    owner: a.owner ?? null,
    due: a.due ?? null,
    goal: a.goal ?? null,
    done: a.done,
    dropped: a.dropped,
    overdue: a.overdue,
  }));
}
