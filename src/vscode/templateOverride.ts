import * as vscode from 'vscode';
import { decodeRecordBytes } from '../core/text/decode';
import { readRecordUri } from './readRecordUri';
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
  const shown = vscode.workspace.asRelativePath(uri);
  // A link, a FIFO, an oversize file or a way into a private note is refused, never followed:
  // the template's text goes into shared records.
  const read = await readRecordUri(root, uri);
  if (!read.ok) {
    if (read.reason === 'missing') return undefined;
    throw new UserError(vscode.l10n.t('Template {0} {1}.', shown, read.message));
  }
  const decoded = decodeRecordBytes(shown, read.bytes);
  if (!decoded.ok)
    throw new UserError(
      vscode.l10n.t('Template {0}: {1}', decoded.problem.file, decoded.problem.message),
    );
  return decoded.value.text;
}
