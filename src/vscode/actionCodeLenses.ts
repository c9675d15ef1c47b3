import * as vscode from 'vscode';
import { carriedHome } from '../core/records/formatAgenda';
import { parseSession } from '../core/records/session';
import { findSection } from '../core/text/markdown';
import { COMMANDS } from './ids';
import type { RecordsLocator } from './recordsLocator';

/**
 * CodeLenses in a session log: Tick/Untick and Drop on every action item, and "Tick at home" on
 * every carried line of the agenda (it ticks the item in the session it came from).
 */
export function actionCodeLenses(
  locator: RecordsLocator,
  document: vscode.TextDocument,
): vscode.CodeLens[] {
  const where = locator.locate(document.uri);
  if (!where || !/^[^/]+\/sessions\/[^/]+\.md$/.test(where.relative)) return [];
  const { doc, session } = parseSession(where.relative, document.getText());
  if (doc.fatal) return [];
  const file = document.uri.toString();
  const lenses: vscode.CodeLens[] = [];
  for (const item of session?.actionItems ?? []) {
    if (item.dropped) continue;
    const range = new vscode.Range(item.line - 1, 0, item.line - 1, 0);
    lenses.push(
      new vscode.CodeLens(range, {
        title: item.done ? '$(circle-large-outline) Untick' : '$(check) Tick',
        command: COMMANDS.toggleActionItem,
        arguments: [{ file, line: item.line, done: !item.done }],
      }),
      new vscode.CodeLens(range, {
        title: 'Drop',
        command: COMMANDS.dropActionItem,
        arguments: [{ file, line: item.line }],
      }),
    );
  }
  const agenda = findSection(doc.sections, 'Agenda');
  if (agenda) {
    for (let i = agenda.bodyFrom; i < agenda.bodyTo; i++) {
      const home = carriedHome(doc.lines[i].text);
      if (!home) continue;
      const range = new vscode.Range(i, 0, i, 0);
      lenses.push(
        new vscode.CodeLens(range, {
          title: `$(check) Tick at home (${home.fileName.replace(/\.md$/, '')}:${home.line})`,
          command: COMMANDS.toggleActionItem,
          arguments: [{ file, line: i + 1, done: true }],
        }),
      );
    }
  }
  return lenses;
}
