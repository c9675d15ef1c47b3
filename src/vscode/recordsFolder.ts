import * as vscode from 'vscode';
import { exists, type RecordsLocator } from './recordsLocator';
import { Cancelled, UserError } from './userError';

/** The workspace folder whose records a command works on: named, the only one, or picked. */
export async function pickRecordsFolder(
  locator: RecordsLocator,
  name: string | undefined,
  title: string,
): Promise<vscode.WorkspaceFolder> {
  const withRecords: vscode.WorkspaceFolder[] = [];
  for (const f of locator.folders()) if (await exists(locator.rootOf(f))) withRecords.push(f);
  if (name !== undefined) {
    const found = withRecords.find((f) => f.name === name);
    if (!found)
      throw new UserError(
        vscode.l10n.t('No mentoring records in a workspace folder named "{0}".', name),
      );
    return found;
  }
  if (withRecords.length === 0)
    throw new UserError(
      vscode.l10n.t(
        'No mentoring records here yet. Run "Mentoring: Set Up Mentoring Records" first.',
      ),
    );
  if (withRecords.length === 1) return withRecords[0];
  const picked = await vscode.window.showQuickPick(
    withRecords.map((f) => ({
      label: f.name,
      description: vscode.workspace.asRelativePath(locator.rootOf(f)),
      folder: f,
    })),
    { title, placeHolder: vscode.l10n.t('Which records?') },
  );
  if (!picked) throw new Cancelled();
  return picked.folder;
}
