import * as vscode from 'vscode';
import { carriedHome } from '../core/records/formatAgenda';
import { readRecordUri } from './readRecordUri';
import type { RecordsLocator } from './recordsLocator';
import { UserError } from './userError';

/** Names an action item line: a file (path or URI string) and a 1-based line. */
export interface ActionRef {
  file?: string;
  line?: number;
}

/**
 * The action item an action-item command means: the one named by its arguments or under the
 * cursor. A carried line in an agenda means its home: the item is only ever changed there.
 */
export async function resolveActionItem(
  locator: RecordsLocator,
  args: ActionRef | undefined,
): Promise<{ uri: vscode.Uri; line: number; root: vscode.Uri }> {
  let uri: vscode.Uri;
  let line: number;
  if (args?.file !== undefined && args.line !== undefined) {
    uri = args.file.includes('://') ? vscode.Uri.parse(args.file) : vscode.Uri.file(args.file);
    line = args.line;
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor)
      throw new UserError(
        vscode.l10n.t('Put the cursor on an action item line in a session log first.'),
      );
    uri = editor.document.uri;
    line = editor.selection.active.line + 1;
  }
  const where = locator.locate(uri);
  if (!where)
    throw new UserError(
      vscode.l10n.t('{0} is not in the mentoring records.', vscode.workspace.asRelativePath(uri)),
    );
  // A file not open yet is checked first: opening a FIFO or a huge file would hang the editor.
  if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
    const read = await readRecordUri(where.root, uri, { allowPrivate: true });
    if (!read.ok) throw new UserError(`${vscode.workspace.asRelativePath(uri)} ${read.message}.`);
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const text = line >= 1 && line <= document.lineCount ? document.lineAt(line - 1).text : '';
  const home = carriedHome(text);
  if (home)
    return {
      uri: vscode.Uri.joinPath(uri, '..', home.fileName),
      line: home.line,
      root: where.root,
    };
  return { uri, line, root: where.root };
}
