import * as vscode from 'vscode';
import { BUILTIN_QUESTIONS } from '../core/questionBank/builtinQuestions';
import { checkQuestion } from '../core/questionCheck/checkQuestion';
import { QUESTION_CODES } from './diagnostics/questionDiagnostics';
import { DIAGNOSTIC_SOURCE } from './ids';

const CODES: readonly string[] = Object.values(QUESTION_CODES);

/** True for a diagnostic of the question checker. */
export function isQuestionDiagnostic(d: vscode.Diagnostic): boolean {
  return d.source === DIAGNOSTIC_SOURCE && CODES.includes(String(d.code));
}

/**
 * Quick fixes for closed and leading questions: one per open rewrite, replacing exactly the
 * question's text (the range of its diagnostic) and nothing else on the line. The first is
 * preferred, so "Fix" applies it.
 */
export function questionFixes(
  document: vscode.TextDocument,
  diagnostics: readonly vscode.Diagnostic[],
): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  for (const d of diagnostics.filter(isQuestionDiagnostic)) {
    const finding = checkQuestion(document.getText(d.range), { bank: BUILTIN_QUESTIONS });
    finding?.offers.forEach(({ text: suggestion, from }, i) => {
      const action = new vscode.CodeAction(
        from === 'bank'
          ? vscode.l10n.t('Ask instead (from the bank): "{0}"', suggestion)
          : vscode.l10n.t('Ask instead: "{0}"', suggestion),
        vscode.CodeActionKind.QuickFix,
      );
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, d.range, suggestion);
      action.diagnostics = [d];
      action.isPreferred = i === 0;
      actions.push(action);
    });
  }
  return actions;
}
