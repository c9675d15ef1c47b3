import { checkQuestion, type QuestionKind } from './checkQuestion';
import { findQuestionLines, type QuestionFileKind, type QuestionLine } from './findQuestionLines';

/** A closed or leading question in a file, where it is, and open rewrites for [start, end). */
export interface QuestionProblem extends QuestionLine {
  kind: QuestionKind;
  suggestions: string[];
}

/** Finds the questions in a file and keeps the closed and leading ones, in file order. */
export function checkQuestionLines(kind: QuestionFileKind, text: string): QuestionProblem[] {
  const out: QuestionProblem[] = [];
  for (const q of findQuestionLines(kind, text)) {
    const finding = checkQuestion(q.question);
    if (finding) out.push({ ...q, kind: finding.kind, suggestions: finding.suggestions });
  }
  return out;
}

/**
 * How a records file's questions are found, from its path relative to the records root (or any
 * path with "/"): `questions.md` holds queued questions, files under `sessions/` are session
 * logs, anything else is plain markdown.
 */
export function questionFileKind(path: string): QuestionFileKind {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1]?.toLowerCase();
  if (name === 'questions.md') return 'questions';
  if (parts.length >= 2 && parts[parts.length - 2].toLowerCase() === 'sessions') return 'session';
  return 'markdown';
}
