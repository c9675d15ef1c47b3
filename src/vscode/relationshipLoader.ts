import * as vscode from 'vscode';
import {
  readRelationship,
  type RecordText,
  type RelationshipRecords,
} from '../core/records/relationship';
import { decodeRecordBytes } from '../core/text/decode';
import { readRecordUri, rootOfRelationshipDir } from './readRecordUri';
import { activeRecordsCache } from './recordsCache';
import type { RecordsLocator, RelationshipRef } from './recordsLocator';

/**
 * Reads a relationship's records: the text of open documents (unsaved changes included), else
 * the file on disk; through the records cache once the runtime built it. Files that cannot be read or decoded are left out (diagnostics report them).
 */
export async function loadRelationship(ref: RelationshipRef): Promise<RelationshipRecords> {
  const cache = activeRecordsCache();
  if (cache) return cache.relationship(ref);
  return (await loadRelationshipWithTexts(ref)).rel;
}

/**
 * Like loadRelationship, keeping each file's text by its path relative to the records root: the
 * dashboard and the progress report read the Reflection and Agenda sections, which the records
 * model does not hold.
 */
export async function loadRelationshipWithTexts(
  ref: RelationshipRef,
): Promise<{ rel: RelationshipRecords; texts: ReadonlyMap<string, string> }> {
  const cache = activeRecordsCache();
  if (cache) return { rel: await cache.relationship(ref), texts: await cache.texts(ref) };
  const texts = new Map<string, string>();
  const add = async (uri: vscode.Uri, path: string) => {
    const text = await readText(rootOfRelationshipDir(ref.dir), uri);
    if (text !== undefined) texts.set(path, text);
  };
  await add(vscode.Uri.joinPath(ref.dir, 'plan.md'), `${ref.slug}/plan.md`);
  await add(vscode.Uri.joinPath(ref.dir, 'questions.md'), `${ref.slug}/questions.md`);
  const sessions = vscode.Uri.joinPath(ref.dir, 'sessions');
  let entries: [string, vscode.FileType][] = [];
  try {
    entries = await vscode.workspace.fs.readDirectory(sessions);
  } catch {
    entries = [];
  }
  await Promise.all(
    entries
      .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md'))
      .map(([name]) => add(vscode.Uri.joinPath(sessions, name), `${ref.slug}/sessions/${name}`)),
  );
  const files: RecordText[] = [...texts].map(([path, text]) => ({ path, text }));
  return { rel: readRelationship(ref.slug, files), texts };
}

/** A records file's URI from its path relative to the records root. */
export function recordUri(
  locator: RecordsLocator,
  ref: RelationshipRef,
  relative: string,
): vscode.Uri {
  return vscode.Uri.joinPath(locator.rootOf(ref.folder), ...relative.split('/'));
}

async function readText(root: vscode.Uri, uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const read = await readRecordUri(root, uri);
  if (!read.ok) return undefined;
  const decoded = decodeRecordBytes(uri.path, read.bytes);
  return decoded.ok ? decoded.value.text : undefined;
}
