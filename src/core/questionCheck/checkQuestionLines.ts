import {
  checkQuestion,
  type CheckOptions,
  type QuestionFinding,
  type QuestionKind,
} from './checkQuestion';
import { findQuestionLines, type QuestionFileKind, type QuestionLine } from './findQuestionLines';

/**
 * A closed, leading or closed-factual question in a file, where it is, why, and open questions
 * for [start, end).
 */
export interface QuestionProblem extends QuestionLine {
  kind: QuestionKind;
  why: string;
  suggestions: string[];
  offers: QuestionFinding['offers'];
  noSuggestion?: string;
}

/**
 * Finds the questions in a file and keeps the closed, leading and closed-factual ones, in file
 * order. closed-factual ones are hints: callers show them quietly and never count them as
 * problems.
 */
export function checkQuestionLines(
  kind: QuestionFileKind,
  text: string,
  options: CheckOptions = {},
): QuestionProblem[] {
  const out: QuestionProblem[] = [];
  // The same question is often carried from session to session; it is judged once per file.
  const seen = new Map<string, QuestionFinding | undefined>();
  for (const q of findQuestionLines(kind, text)) {
    if (!seen.has(q.question)) seen.set(q.question, checkQuestion(q.question, options));
    const f = seen.get(q.question);
    if (!f) continue;
    out.push({
      ...q,
      kind: f.kind,
      why: f.why,
      suggestions: f.suggestions,
      offers: f.offers,
      ...(f.noSuggestion ? { noSuggestion: f.noSuggestion } : {}),
    });
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
