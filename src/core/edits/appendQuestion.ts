import { dateProblem } from '../dates';
import { parseQuestions } from '../records/questions';
import { lastContentLine } from '../text/markdown';
import { refuse, refuseUnparsable, singleLine, type EditResult } from './editResult';
import { checkedInsertions, insertLinesBefore } from './insertLines';

/** A question to queue for the next session. */
export interface NewQuestion {
  text: string;
  /** The day it was added, YYYY-MM-DD. */
  added: string;
  by?: string;
}

/** Formats a queued question line: `- [ ] text (added YYYY-MM-DD by @name)`. */
export function formatQuestion(q: NewQuestion): string | { error: string } {
  const text = singleLine(q.text);
  if (!text) return { error: 'A question needs its text on one line.' };
  const why = dateProblem(q.added);
  if (why) return { error: `Added date: ${why}.` };
  const by = q.by?.trim().replace(/^@/, '');
  if (by !== undefined && by !== '' && !/^[\p{L}\p{N}._-]+$/u.test(by)) {
    return { error: `"${q.by}" must be one word, such as @alex.` };
  }
  return `- [ ] ${text} (added ${q.added}${by ? ` by @${by}` : ''})`;
}

/** Appends a question after the last line of questions.md that has content. */
export function appendQuestion(file: string, text: string, q: NewQuestion): EditResult {
  const line = formatQuestion(q);
  if (typeof line !== 'string') return refuse(line.error);
  const { doc } = parseQuestions(file, text);
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const end = lastContentLine(doc.lines, 0, doc.lines.length);
  const lastIsTask = end > 0 && /^\s*[-*+]\s+\[[ xX]\]/.test(doc.lines[end - 1].text);
  return checkedInsertions(doc, [
    insertLinesBefore(doc, end, lastIsTask || end === 0 ? [line] : ['', line]),
  ]);
}
