import * as vscode from 'vscode';

/**
 * Runs a command's write, then shows what it did: the file opens (or comes forward) with the
 * written line selected and scrolled into view, and a message says what changed, with Undo. Undo
 * uses the editor's own undo when the file was open (the write went through the editor);
 * otherwise it puts back the bytes the file had, through the editor, so it can be redone.
 * `find` names the line to select in the new text (the last line that contains it).
 */
export async function revealEdit<T>(
  uri: vscode.Uri,
  run: () => Promise<T>,
  describe: (value: T) => { message: string; find?: string },
): Promise<T> {
  const wasOpen = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const before = wasOpen
    ? undefined
    : await Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (b) => new TextDecoder().decode(b),
        () => undefined,
      );
  const value = await run();
  const { message, find } = describe(value);
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  if (find) selectLast(editor, find);
  const undo = vscode.l10n.t('Undo');
  void vscode.window.showInformationMessage(message, undo).then(async (choice) => {
    if (choice !== undo) return;
    if (wasOpen) {
      await vscode.window.showTextDocument(uri, { preview: false });
      await vscode.commands.executeCommand('undo');
    } else if (before !== undefined) {
      const document = await vscode.workspace.openTextDocument(uri);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), before);
      if (await vscode.workspace.applyEdit(edit)) await document.save();
    }
  });
  return value;
}

/** Selects the last line of the editor that contains `text`, and scrolls it into view. */
export function selectLast(editor: vscode.TextEditor, text: string): boolean {
  const document = editor.document;
  for (let i = document.lineCount - 1; i >= 0; i--) {
    const line = document.lineAt(i);
    const at = line.text.indexOf(text);
    if (at < 0) continue;
    const range = new vscode.Range(i, line.firstNonWhitespaceCharacterIndex, i, line.text.length);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }
  return false;
}
