import { dateProblem } from '../dates';
import { parseQuestions } from '../records/questions';
import type { TextEdit } from '../text/textEdit';
import { refuse, refuseUnparsable, type EditResult } from './editResult';
import { t } from '../l10n';

/**
 * Ticks or unticks the queued question on a 1-based line. When ticking with a `discussed` date
 * and the line has an `(added ...)` note without one, `, discussed DATE` is added inside it.
 */
export function setQuestionDone(
  file: string,
  text: string,
  line: number,
  done: boolean,
  discussed?: string,
): EditResult {
  const { doc, questions } = parseQuestions(file, text);
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const q = questions.find((x) => x.line === line);
  if (!q) return refuse(t('{0}:{1} is not a queued question.', file, line));
  if (discussed !== undefined) {
    const why = dateProblem(discussed);
    if (why) return refuse(t('Discussed date: {0}.', why));
  }
  const edits: TextEdit[] = [];
  if (q.done !== done)
    edits.push({ start: q.markOffset, end: q.markOffset + 1, text: done ? 'x' : ' ' });
  const l = doc.lines[line - 1];
  if (done && discussed && q.added && !q.discussed && /\)\s*$/.test(l.text)) {
    const close = l.start + l.text.lastIndexOf(')');
    edits.push({ start: close, end: close, text: `, discussed ${discussed}` });
  }
  return { ok: true, edits };
}
