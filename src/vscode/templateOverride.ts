import * as vscode from 'vscode';
import { decodeRecordBytes } from '../core/text/decode';
import { UserError } from './userError';

/** A team's template override `<root>/templates/<name>`, or the built-in text when there is none. */
export async function readTemplateOverride(
  root: vscode.Uri,
  name: 'plan.md' | 'session.md',
  builtin: string,
): Promise<string> {
  return (await readTeamTemplate(root, name)) ?? builtin;
}

/** A team's template override `<root>/templates/<name>`, or undefined when there is none. */
export async function readTeamTemplate(
  root: vscode.Uri,
  name: 'plan.md' | 'session.md',
): Promise<string | undefined> {
  const uri = vscode.Uri.joinPath(root, 'templates', name);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
  const decoded = decodeRecordBytes(vscode.workspace.asRelativePath(uri), bytes);
  if (!decoded.ok)
    throw new UserError(`Template ${decoded.problem.file}: ${decoded.problem.message}`);
  return decoded.value.text;
}
