import * as vscode from 'vscode';
import { carriedHome } from '../core/records/formatAgenda';
import { parseSession } from '../core/records/session';
import { findSection } from '../core/text/markdown';
import { COMMANDS } from './ids';
import type { RecordsLocator } from './recordsLocator';
import { loadRelationship } from './relationshipLoader';
import { readSettings } from './settings';

/**
 * CodeLenses in a session log: Tick/Untick and Drop on every action item, and on every carried
 * line of the agenda "Tick at home" (it ticks the item in the session it came from), or "Done at
 * home: untick" once it is ticked there. None when `mentoring.codeLens.enabled` is off.
 */
export async function actionCodeLenses(
  locator: RecordsLocator,
  document: vscode.TextDocument,
): Promise<vscode.CodeLens[]> {
  // registerViews asks for the lenses again when the setting changes, so this is live.
  if (!readSettings(document.uri)['codeLens.enabled']) return [];
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
        title: item.done
          ? vscode.l10n.t('$(circle-large-outline) Untick')
          : vscode.l10n.t('$(check) Tick'),
        command: COMMANDS.toggleActionItem,
        arguments: [{ file, line: item.line, done: !item.done }],
      }),
      new vscode.CodeLens(range, {
        title: vscode.l10n.t('Drop'),
        command: COMMANDS.dropActionItem,
        arguments: [{ file, line: item.line }],
      }),
    );
  }
  const agenda = findSection(doc.sections, 'Agenda');
  // Whether each home item is done already, so the lens offers what clicking it will do.
  const homes = agenda
    ? await homeStates(locator, document.uri, where.slug)
    : new Map<string, boolean>();
  if (agenda) {
    for (let i = agenda.bodyFrom; i < agenda.bodyTo; i++) {
      const home = carriedHome(doc.lines[i].text);
      if (!home) continue;
      const range = new vscode.Range(i, 0, i, 0);
      const done = homes.get(`${home.fileName}#${home.line}`) === true;
      const where = `${home.fileName.replace(/\.md$/, '')}:${home.line}`;
      lenses.push(
        new vscode.CodeLens(range, {
          title: done
            ? vscode.l10n.t('$(circle-large-outline) Done at home ({0}): untick', where)
            : vscode.l10n.t('$(check) Tick at home ({0})', where),
          command: COMMANDS.toggleActionItem,
          arguments: [{ file, line: i + 1, done: !done }],
        }),
      );
    }
  }
  return lenses;
}

async function homeStates(
  locator: RecordsLocator,
  uri: vscode.Uri,
  slug: string,
): Promise<Map<string, boolean>> {
  const ref = (await locator.relationships()).find(
    (r) =>
      r.slug === slug &&
      r.folder.uri.toString() === vscode.workspace.getWorkspaceFolder(uri)?.uri.toString(),
  );
  const states = new Map<string, boolean>();
  if (!ref) return states;
  for (const s of (await loadRelationship(ref)).sessions) {
    for (const item of s.session?.actionItems ?? [])
      states.set(`${s.fileName}#${item.line}`, item.done);
  }
  return states;
}
