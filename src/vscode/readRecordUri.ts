import * as vscode from 'vscode';
import { MAX_FILE_BYTES } from '../core/text/decode';
import {
  readRegularFile,
  refuse,
  tooLarge,
  type ReadRegularFileOptions,
  type RegularFileRead,
} from '../store/readRegularFile';
import { privateSegment } from '../store/safePath';

/**
 * The one way the extension reads a file from the records: on disk (`file:`) through the store's
 * readRegularFile, checked on the opened descriptor (a FIFO, device, socket, link, a folder that
 * links out of the root, a private note or an oversize file is refused, nothing blocks); on other
 * file systems (virtual workspaces) by what they report, type and size, before reading.
 */
export async function readRecordUri(
  root: vscode.Uri,
  uri: vscode.Uri,
  options: ReadRegularFileOptions = {},
): Promise<RegularFileRead> {
  if (root.scheme === 'file' && uri.scheme === 'file')
    return readRegularFile(root.fsPath, uri.fsPath, options);
  const cap = options.maxBytes ?? MAX_FILE_BYTES;
  const prefix = root.path.endsWith('/') ? root.path : `${root.path}/`;
  if (
    uri.scheme !== root.scheme ||
    uri.authority !== root.authority ||
    !uri.path.startsWith(prefix)
  )
    return refuse('outside-root', vscode.l10n.t('is outside the records root, so it is not read'));
  if (!options.allowPrivate && privateSegment(uri.path.slice(prefix.length)))
    return refuse('private', vscode.l10n.t('is a private note; private notes are never copied'));
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return refuse('missing', vscode.l10n.t('does not exist'));
  }
  if (stat.type & vscode.FileType.SymbolicLink)
    return refuse('link', vscode.l10n.t('is a symbolic link; links are never followed'));
  if (!(stat.type & vscode.FileType.File))
    return refuse('not-regular', vscode.l10n.t('is not a regular file'));
  if (stat.size > cap) return tooLarge(stat.size, cap);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    return refuse('unreadable', vscode.l10n.t('cannot be read: {0}', (e as Error).message));
  }
  // The file system may have reported a stale size: the cap holds on what came back.
  if (bytes.length > cap) return tooLarge(bytes.length, cap);
  return { ok: true, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) };
}

/** The records root a relationship's folder sits in. */
export function rootOfRelationshipDir(dir: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(dir, '..');
}
