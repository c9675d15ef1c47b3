import * as vscode from 'vscode';
import type { Services } from '../services';
import { UserError } from '../userError';

/** Arguments: a records file (path or URI string) and a 1-based line. */
export interface OpenRecordArgs {
  file: string;
  line?: number;
}

/** Opens a records file at a line: what clicking an item in the Mentoring views does. */
export function openRecordCommand(s: Services) {
  return async (args?: OpenRecordArgs): Promise<string> => {
    if (!args?.file) throw new UserError(vscode.l10n.t('Open Record needs a file.'));
    const uri = args.file.includes('://')
      ? vscode.Uri.parse(args.file)
      : vscode.Uri.file(args.file);
    if (!s.locator.locate(uri))
      throw new UserError(
        vscode.l10n.t('{0} is not in the mentoring records.', vscode.workspace.asRelativePath(uri)),
      );
    const line = Math.max(0, (args.line ?? 1) - 1);
    const editor = await vscode.window.showTextDocument(uri, { preview: true });
    const pos = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(
      new vscode.Range(pos, pos),
      vscode.TextEditorRevealType.InCenterIfOutsideViewport,
    );
    return uri.fsPath;
  };
}
