import { addDays } from '../dates';
import { listActions, type ListedAction } from '../records/actionList';
import { cadenceToday } from '../records/cadence';
import { isHeld } from '../records/held';
import { personOf } from '../records/personOf';
import type { RelationshipRecords } from '../records/relationship';
import type { ReminderState } from './reminderState';

/** One relationship as the reminders see it. */
export interface ReminderSource {
  /** Stable identity (the editor's relationship key): what "stop" and "nudged" remember. */
  key: string;
  /** The name commands take (the slug, or folder/slug when two folders share it). */
  name: string;
  /** The name people read (the mentee's, from the plan): untrusted text, escaped where shown. */
  label: string;
  rel: RelationshipRecords;
  /** The user's handle in these records (setting, else the first word of git user.name). */
  handle?: string;
  /** Session files (relative to the records root) whose Reflection has written text. */
  reflected: ReadonlySet<string>;
}

/** Which relationship a line of the digest is about: its key, command name and label. */
export interface ReminderOf {
  key: string;
  name: string;
  label: string;
}

/** A session due today or overdue by the cadence. */
export interface DueSession extends ReminderOf {
  /** When it was due: today, or a day before. */
  due: string;
  overdue: boolean;
}

/** An action item of the user's, open and past its due date. */
export interface OverdueAction extends ReminderOf {
  action: ListedAction;
}

/** Yesterday's log with nothing under Reflection and Action items: one nudge, once. */
export interface LogNudge extends ReminderOf {
  /** The session file, relative to the records root. */
  file: string;
  /** What `nudged` remembers: the relationship key and the file. */
  id: string;
}

/** Everything of one day's digest; `empty` when there is nothing to say. */
export interface ReminderDigest {
  sessions: DueSession[];
  actions: OverdueAction[];
  nudges: LogNudge[];
  /** The relationships the digest speaks of, in order, each once (Prepare Agenda offers them). */
  relationships: ReminderOf[];
  empty: boolean;
}

/**
 * The one digest for `today` over every relationship (a mentor of six gets one notification,
 * not six): sessions due today or overdue by the cadence (held sessions only, as the status bar
 * counts), the user's own open actions past due, and yesterday's held logs whose Reflection and
 * Action items are both empty and were not nudged before. Stopped relationships are left out.
 * Whether to show it today at all is `digestDue`'s question, not this one's.
 */
export function reminderDigest(
  sources: readonly ReminderSource[],
  state: ReminderState,
  today: string,
): ReminderDigest {
  const sessions: DueSession[] = [];
  const actions: OverdueAction[] = [];
  const nudges: LogNudge[] = [];
  const yesterday = addDays(today, -1);
  for (const s of sources) {
    if (state.stopped.includes(s.key)) continue;
    const { key, name, label, rel } = s;
    const c = cadenceToday(rel.sessions, rel.plan?.cadence, today);
    if (c.nextDue !== undefined && c.nextDue <= today && c.last !== today)
      sessions.push({ key, name, label, due: c.nextDue, overdue: c.nextDue < today });
    if (s.handle)
      for (const action of listActions(rel, today))
        if (action.overdue && action.owner && isUser(rel, action.owner, s.handle))
          actions.push({ key, name, label, action });
    for (const log of rel.sessions) {
      if (log.date !== yesterday || !log.session) continue;
      if (!isHeld({ date: log.date, status: log.session.status }, today)) continue;
      if (log.session.actionItems.length > 0 || s.reflected.has(log.file)) continue;
      const id = `${key}#${log.file}`;
      if (!state.nudged.includes(id)) nudges.push({ key, name, label, file: log.file, id });
    }
  }
  const relationships: ReminderOf[] = [];
  for (const r of [...sessions, ...actions, ...nudges])
    if (!relationships.some((x) => x.key === r.key))
      relationships.push({ key: r.key, name: r.name, label: r.label });
  return {
    sessions,
    actions,
    nudges,
    relationships,
    empty: sessions.length + actions.length + nudges.length === 0,
  };
}

/**
 * Whether an owner handle is the user (RECORDS.md): the same handle, or both handles standing
 * for the same person of the plan (`handles:` or first names).
 */
function isUser(rel: RelationshipRecords, owner: string, handle: string): boolean {
  const h = handle.replace(/^@/, '').toLowerCase();
  if (owner.toLowerCase() === h) return true;
  const a = personOf(rel.plan, owner);
  const b = personOf(rel.plan, h);
  return a !== undefined && b !== undefined && a.name === b.name;
}
