import * as vscode from 'vscode';
import type { EditResult } from '../core/edits/editResult';
import { decodeRecordBytes } from '../core/text/decode';
import { UserError } from './userError';

/**
 * Applies an edit computed by core to a file through the editor's own edit mechanism, so it can
 * be undone and never overwrites unsaved changes: the edit is computed against the document's
 * current text (unsaved edits included) at a known version. A document that had no unsaved
 * changes is saved afterwards; one that had them is left for the user to save.
 */
export async function applyCoreEdit(
  uri: vscode.Uri,
  compute: (text: string) => EditResult,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (!document.isDirty) await refuseUndecodable(uri);
  for (let attempt = 0; attempt < 3; attempt++) {
    const version = document.version;
    const wasDirty = document.isDirty;
    const result = compute(document.getText());
    if (!result.ok) throw new UserError(result.message);
    if (result.edits.length === 0) return false;
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) {
      edit.replace(
        uri,
        new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)),
        e.text,
      );
    }
    // The user may type between computing and applying: then compute again on the new text.
    if (document.version !== version) continue;
    if (!(await vscode.workspace.applyEdit(edit)))
      throw new UserError(`Could not edit ${vscode.workspace.asRelativePath(uri)}.`);
    if (!wasDirty) await document.save();
    return true;
  }
  throw new UserError(`${vscode.workspace.asRelativePath(uri)} kept changing; try again.`);
}

/** Creates a new file as an undoable edit; refuses to replace an existing one. */
export async function createFileWithText(uri: vscode.Uri, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, {
    overwrite: false,
    ignoreIfExists: false,
    contents: new TextEncoder().encode(text),
  });
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new UserError(
      `Could not create ${vscode.workspace.asRelativePath(uri)} (does it exist already?).`,
    );
  }
}

async function refuseUndecodable(uri: vscode.Uri): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return;
  }
  const decoded = decodeRecordBytes(vscode.workspace.asRelativePath(uri), bytes);
  if (!decoded.ok)
    throw new UserError(`Not changed: ${decoded.problem.file}: ${decoded.problem.message}`);
}
