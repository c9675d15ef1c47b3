import { dateProblem } from '../dates';
import { ACTION_ITEMS_SECTION } from '../records/actionItem';
import { parseSession, SESSION_SECTIONS } from '../records/session';
import { refuse, singleLine, type EditResult } from './editResult';
import { putInSection } from './putInSection';

/** A new action item: what, and optionally who, by when and for which goal. */
export interface NewActionItem {
  text: string;
  owner?: string;
  due?: string;
  goal?: string;
}

/** Formats an action item line: `- [ ] @owner text (due YYYY-MM-DD) #G1`. */
export function formatActionItem(item: NewActionItem): string | { error: string } {
  const text = singleLine(item.text);
  if (!text) return { error: 'An action item needs its text on one line.' };
  const owner = item.owner?.trim().replace(/^@/, '');
  if (owner !== undefined && owner !== '' && !/^[\p{L}\p{N}._-]+$/u.test(owner)) {
    return { error: `Owner "${item.owner}" must be one word, such as @alex.` };
  }
  if (item.due) {
    const why = dateProblem(item.due);
    if (why) return { error: `Due date: ${why}.` };
  }
  if (item.goal && !/^G\d+$/.test(item.goal))
    return { error: `Goal "${item.goal}" must be an id such as G1.` };
  const parts = [
    '- [ ]',
    owner ? `@${owner}` : '',
    text,
    item.due ? `(due ${item.due})` : '',
    item.goal ? `#${item.goal}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** Appends an action item to the session's "Action items" section (created when missing). */
export function appendActionItem(file: string, text: string, item: NewActionItem): EditResult {
  const line = formatActionItem(item);
  if (typeof line !== 'string') return refuse(line.error);
  return putInSection(parseSession(file, text).doc, ACTION_ITEMS_SECTION, line, SESSION_SECTIONS);
}
