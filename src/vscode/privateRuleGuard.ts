import * as vscode from 'vscode';
import { privateRuleEdits } from '../core/records/privateRule';
import { RECORDS_GITIGNORE } from '../core/templates/builtinTemplates';
import { applyCoreEdit, createFileWithText } from './documentEdits';
import { exists } from './recordsLocator';

/**
 * Makes sure the records root's .gitignore keeps `*\/private/` out of git: creates it, or puts the
 * rule back (one appended line) when someone removed it, and says so. Returns whether it wrote.
 */
export async function ensurePrivateRule(root: vscode.Uri, tell: boolean): Promise<boolean> {
  const gitignore = vscode.Uri.joinPath(root, '.gitignore');
  if (!(await exists(gitignore))) {
    await createFileWithText(root, gitignore, RECORDS_GITIGNORE);
    return true;
  }
  const wrote = await applyCoreEdit(root, gitignore, (text) => ({
    ok: true,
    edits: privateRuleEdits(text),
  }));
  if (wrote && tell) {
    void vscode.window.showWarningMessage(
      `Restored "*/private/" in ${vscode.workspace.asRelativePath(gitignore)}: private notes stay out of git.`,
    );
  }
  return wrote;
}
