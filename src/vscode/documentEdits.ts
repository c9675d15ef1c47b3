import * as path from 'node:path';
import * as vscode from 'vscode';
import type { EditResult } from '../core/edits/editResult';
import {
  decodeRecordBytes,
  encodeRecordText,
  MAX_FILE_BYTES,
  tooLargeProblem,
} from '../core/text/decode';
import { applyEdits } from '../core/text/textEdit';
import { noteWritten } from './recordsCache';
import { refuseLink } from '../store/atomicWrite';
import { editRecordFile, type FileEditOutcome } from '../store/recordFiles';
import { insideRoot } from '../store/safePath';
import { readRecordUri } from './readRecordUri';
import { exists } from './recordsLocator';
import { UserError } from './userError';

/**
 * Applies an edit computed by core to a records file.
 * - Open in the editor: through a WorkspaceEdit computed against the document's current text
 *   (unsaved changes included) at a known version, so it can be undone and never overwrites the
 *   user's typing. A document that had no unsaved changes is saved; one that had them is left
 *   for the user to save.
 * - Not open: the new bytes are written directly (byte order mark kept), after checking the file
 *   did not change meanwhile. Opening and saving it would run save participants (format on save,
 *   trim trailing whitespace) over lines the edit never meant to touch.
 * `root` is the records root: the file must be inside it, not through a link.
 */
export async function applyCoreEdit(
  root: vscode.Uri,
  uri: vscode.Uri,
  compute: (text: string) => EditResult,
): Promise<boolean> {
  checkInsideRoot(root, uri);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!open) return editClosedFile(root, uri, compute);
  await refuseUndecodable(root, uri);
  const document = await vscode.workspace.openTextDocument(uri);
  for (let attempt = 0; attempt < 3; attempt++) {
    const version = document.version;
    const wasDirty = document.isDirty;
    const text = document.getText();
    if (text.length > MAX_FILE_BYTES)
      throw new UserError(
        vscode.l10n.t('Not changed: {0}', tooLargeProblem(relative(uri), text.length).message),
      );
    const result = compute(text);
    if (!result.ok) throw new UserError(result.message);
    if (result.edits.length === 0) return false;
    const size = new TextEncoder().encode(applyEdits(text, result.edits)).length;
    if (size > MAX_FILE_BYTES)
      throw new UserError(
        vscode.l10n.t('Not changed: {0}', tooLargeProblem(relative(uri), size).message),
      );
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
      throw new UserError(vscode.l10n.t('Could not edit {0}.', relative(uri)));
    if (!wasDirty) await document.save();
    return true;
  }
  throw new UserError(vscode.l10n.t('{0} kept changing; try again.', relative(uri)));
}

async function editClosedFile(
  root: vscode.Uri,
  uri: vscode.Uri,
  compute: (text: string) => EditResult,
): Promise<boolean> {
  if (root.scheme === 'file' && uri.scheme === 'file') {
    // On disk: the store's edit, under the same lock as the CLI, written atomically, so an editor
    // command and a `mentoring-journal` process never lose each other's change.
    let outcome: FileEditOutcome;
    try {
      outcome = editRecordFile(root.fsPath, uri.fsPath, relative(uri), compute);
    } catch (e) {
      throw new UserError(vscode.l10n.t('Not changed: {0}', (e as Error).message));
    }
    if (!outcome.ok) throw new UserError(outcome.message);
    return outcome.changed;
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const first = await readRecordUri(root, uri, { allowPrivate: true });
    if (!first.ok)
      throw new UserError(vscode.l10n.t('Not changed: {0} {1}.', relative(uri), first.message));
    const before = first.bytes;
    const decoded = decodeRecordBytes(relative(uri), before);
    if (!decoded.ok)
      throw new UserError(
        vscode.l10n.t('Not changed: {0}: {1}', decoded.problem.file, decoded.problem.message),
      );
    const result = compute(decoded.value.text);
    if (!result.ok) throw new UserError(result.message);
    if (result.edits.length === 0) return false;
    const after = encodeRecordText({
      text: applyEdits(decoded.value.text, result.edits),
      bom: decoded.value.bom,
    });
    if (after.length > MAX_FILE_BYTES)
      throw new UserError(
        vscode.l10n.t('Not changed: {0}', tooLargeProblem(relative(uri), after.length).message),
      );
    const now = await vscode.workspace.fs.readFile(uri);
    if (!sameBytes(before, now)) continue;
    await vscode.workspace.fs.writeFile(uri, after);
    await noteWritten(uri);
    return true;
  }
  throw new UserError(vscode.l10n.t('{0} kept changing; try again.', relative(uri)));
}

/** Creates a new file as an undoable edit; refuses to replace an existing one. */
export async function createFileWithText(
  root: vscode.Uri,
  uri: vscode.Uri,
  text: string,
): Promise<void> {
  checkInsideRoot(root, uri);
  const contents = new TextEncoder().encode(text);
  if (contents.length > MAX_FILE_BYTES)
    throw new UserError(
      vscode.l10n.t('Not created: {0}', tooLargeProblem(relative(uri), contents.length).message),
    );
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents });
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new UserError(
      vscode.l10n.t('Could not create {0} (does it exist already?).', relative(uri)),
    );
  }
  await noteWritten(uri);
}

/**
 * Creates a new file in `folder` under the name `pick` gives for the names already there; when
 * another writer (the CLI, another window) takes that name first, lists again and takes the next,
 * so racing creators all succeed. Returns the file created.
 */
export async function createFileWithFreeName(
  root: vscode.Uri,
  folder: vscode.Uri,
  pick: (existing: readonly string[]) => string,
  text: string,
): Promise<vscode.Uri> {
  for (let attempt = 0; ; attempt++) {
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n);
    const file = vscode.Uri.joinPath(folder, pick(names));
    try {
      await createFileWithText(root, file, text);
      return file;
    } catch (e) {
      // Taken meanwhile: another round. Anything else (a refused path, a full disk) stands.
      if (attempt > 1000 || !(await exists(file))) throw e;
    }
  }
}

/** Creates a file with `text` unless it exists, also when another writer creates it meanwhile. */
export async function createFileIfMissing(
  root: vscode.Uri,
  uri: vscode.Uri,
  text: string,
): Promise<void> {
  if (await exists(uri)) return;
  try {
    await createFileWithText(root, uri, text);
  } catch (e) {
    if (!(await exists(uri))) throw e;
  }
}

/**
 * Refuses a path outside the records root or through a link (the same rule as the CLI). Only
 * file URIs can be checked; other file systems have no links to follow.
 */
export function checkInsideRoot(root: vscode.Uri, uri: vscode.Uri): void {
  if (root.scheme !== 'file' || uri.scheme !== 'file') return;
  try {
    insideRoot(root.fsPath, path.relative(root.fsPath, uri.fsPath));
    refuseLink(uri.fsPath);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
}

async function refuseUndecodable(root: vscode.Uri, uri: vscode.Uri): Promise<void> {
  const read = await readRecordUri(root, uri, { allowPrivate: true });
  if (!read.ok) {
    if (read.reason === 'missing') return;
    throw new UserError(vscode.l10n.t('Not changed: {0} {1}.', relative(uri), read.message));
  }
  const decoded = decodeRecordBytes(relative(uri), read.bytes);
  if (!decoded.ok)
    throw new UserError(
      vscode.l10n.t('Not changed: {0}: {1}', decoded.problem.file, decoded.problem.message),
    );
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function relative(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}
