import * as vscode from 'vscode';
import { decodeRecordBytes } from '../core/text/decode';
import { readRecordUri } from './readRecordUri';
import type { RecordsLocator } from './recordsLocator';

/** A team's template file: its path relative to the workspace and its text. */
export interface TeamFile {
  path: string;
  text: string;
}

/**
 * A team's `<root>/templates/<kind>/*.md` files of every workspace folder. Links are refused (a
 * template must not pull in a file from elsewhere) and a file that cannot be decoded is left out
 * with its reason, so one bad file never hides the others.
 */
export async function readTeamFiles(
  locator: RecordsLocator,
  kind: 'reflections' | 'questions',
): Promise<{ files: TeamFile[]; problems: string[] }> {
  const files: TeamFile[] = [];
  const problems: string[] = [];
  for (const folder of locator.folders()) {
    const root = locator.rootOf(folder);
    const dir = vscode.Uri.joinPath(root, 'templates', kind);
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      if (type === vscode.FileType.Directory || !name.toLowerCase().endsWith('.md')) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      const path = vscode.workspace.asRelativePath(uri);
      // A link (even to a private note inside the root), a FIFO or an oversize file is named
      // as a problem, never followed.
      const read = await readRecordUri(root, uri);
      if (!read.ok) {
        problems.push(`${path} ${read.message}.`);
        continue;
      }
      const decoded = decodeRecordBytes(path, read.bytes);
      if (decoded.ok) files.push({ path, text: decoded.value.text });
      else problems.push(`${path}: ${decoded.problem.message}`);
    }
  }
  return { files, problems };
}
