import { dateProblem } from '../dates';
import { problem, type Problem } from '../problem';
import { literalLines, readTaskLine } from '../text/markdown';
import { readRecordDocument, type RecordDocument } from './recordDocument';
import { t } from '../l10n';

/** A queued question: a task-list line in questions.md. */
export interface QueuedQuestion {
  /** The question without its trailing `(added ...)` note. */
  text: string;
  done: boolean;
  added?: string;
  by?: string;
  discussed?: string;
  line: number;
  markOffset: number;
}

/** The result of reading questions.md. */
export interface QuestionsResult {
  questions: QueuedQuestion[];
  doc: RecordDocument;
  problems: Problem[];
}

const NOTE = /^\(added (\S+?)(?: by @?([^,)]+?))?(?:, discussed (\S+?))?\)$/i;

/**
 * Finds the trailing `(added DATE by @x, discussed DATE)` note. The regex is anchored at the last
 * "(added " so it runs once, in linear time, however long and odd the line is.
 */
function readNote(
  text: string,
): { index: number; added: string; by?: string; discussed?: string } | undefined {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return undefined;
  const index = t.toLowerCase().lastIndexOf('(added ');
  if (index < 0) return undefined;
  const m = NOTE.exec(t.slice(index));
  return m ? { index, added: m[1], by: m[2]?.trim(), discussed: m[3] } : undefined;
}

/** Parses questions.md: every task-list line is a queued question. */
export function parseQuestions(file: string, text: string): QuestionsResult {
  const doc = readRecordDocument(file, text, { frontMatter: 'optional' });
  if (doc.fatal) return { questions: [], doc, problems: doc.problems };
  const problems = [...doc.problems];
  const questions: QueuedQuestion[] = [];
  // Only the body holds questions, and a task line in a code block is an example, not one.
  const bodyFrom = doc.frontMatter?.block.closeLine ?? 0;
  const literal = literalLines(doc.lines, bodyFrom);
  doc.lines.forEach((line, i) => {
    if (i < bodyFrom || literal.has(i)) return;
    const task = readTaskLine(line, i);
    if (!task) return;
    const note = readNote(task.text);
    const q: QueuedQuestion = {
      text: note ? task.text.slice(0, note.index).trim() : task.text.trim(),
      done: task.done,
      added: note?.added,
      by: note?.by,
      discussed: note?.discussed,
      line: line.number,
      markOffset: task.markOffset,
    };
    for (const d of [q.added, q.discussed]) {
      const why = d === undefined ? undefined : dateProblem(d);
      if (why)
        problems.push(
          problem(file, line.number, 1, 'warning', 'invalid-date', t('Question note: {0}.', why)),
        );
    }
    questions.push(q);
  });
  return { questions, doc, problems };
}
