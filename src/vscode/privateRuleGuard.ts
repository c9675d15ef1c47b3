import * as vscode from 'vscode';
import { ensurePrivateRule as ensureRule } from '../workflows/privateRule';
import type { Services } from './services';
import { failureError, workflowPorts } from './workflowPorts';

/**
 * Makes sure the records root's .gitignore keeps `*\/private/` out of git (the ensurePrivateRule
 * workflow) and, when `tell`, says so when the rule had to be put back. Returns whether it wrote.
 */
export async function ensurePrivateRule(
  s: Services,
  folder: vscode.WorkspaceFolder,
  tell: boolean,
): Promise<boolean> {
  const root = s.locator.rootOf(folder);
  const records = workflowPorts(
    s,
    { slug: '', folder, dir: root },
    vscode.l10n.t('Mentoring'),
  ).records;
  const outcome = await ensureRule(records);
  if (!outcome.ok) throw failureError(outcome.failure);
  if (outcome.value.restored && tell) tellRestored(records.shown('.gitignore'));
  return outcome.value.created || outcome.value.restored;
}

/** Says that the private rule had been removed and is back. */
export function tellRestored(gitignore: string): void {
  void vscode.window.showWarningMessage(
    vscode.l10n.t('Restored "*/private/" in {0}: private notes stay out of git.', gitignore),
  );
}
