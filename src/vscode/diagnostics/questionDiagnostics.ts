import * as vscode from 'vscode';
import { BUILTIN_QUESTIONS } from '../../core/questionBank/builtinQuestions';
import { checkQuestionLines, questionFileKind } from '../../core/questionCheck/checkQuestionLines';
import { DIAGNOSTIC_SOURCE } from '../ids';

/** The diagnostic codes of the question checker; its quick fixes look for them. */
export const QUESTION_CODES = {
  closed: 'closed-question',
  leading: 'leading-question',
  'closed-factual': 'factual-question',
} as const;

// Functions: the language is known when a diagnostic is made, not when the module loads.
const LABEL = {
  closed: () => vscode.l10n.t('Closed question'),
  leading: () => vscode.l10n.t('Leading question'),
  'closed-factual': () => vscode.l10n.t('Factual question'),
} as const;

/**
 * Information-level diagnostics for the closed and leading questions of a records file:
 * questions.md, and the Agenda and Next time sections of a session log. Each names a better,
 * open way to ask; the quick fixes offer them all.
 */
export function questionDiagnostics(
  relative: string,
  text: string,
  coaches: (line: number) => boolean = () => true,
): vscode.Diagnostic[] {
  const kind = questionFileKind(relative);
  if (kind === 'markdown') return [];
  const starts = lineStarts(text);
  const found = checkQuestionLines(kind, text, { bank: BUILTIN_QUESTIONS });
  return found.filter((q) => coaches(q.line)).map((q) => {
    const range = new vscode.Range(position(starts, q.start), position(starts, q.end));
    const hint = q.suggestions[0]
      ? q.offers[0]?.from === 'bank'
        ? vscode.l10n.t(' Try: "{0}" (from the bank)', q.suggestions[0])
        : vscode.l10n.t(' Try: "{0}"', q.suggestions[0])
      : q.noSuggestion && q.kind !== 'closed-factual'
        ? ` ${q.noSuggestion}`
        : '';
    // A factual question is a hint only: shown faintly, never in the Problems count.
    const severity =
      q.kind === 'closed-factual'
        ? vscode.DiagnosticSeverity.Hint
        : vscode.DiagnosticSeverity.Information;
    const d = new vscode.Diagnostic(range, vscode.l10n.t('{0}: {1}{2}', LABEL[q.kind](), q.why, hint), severity);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = QUESTION_CODES[q.kind];
    return d;
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): vscode.Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return new vscode.Position(lo, offset - starts[lo]);
}
