import * as path from 'node:path';
import * as vscode from 'vscode';
import { installGuard } from '../../workflows/installGuard';
import { pickRecordsFolder } from '../recordsFolder';
import type { Services } from '../services';
import { readSettings } from '../settings';
import { failureError, workflowPorts } from '../workflowPorts';

/** Arguments that skip the prompts. */
export interface InstallGuardArgs {
  folder?: string;
}

/**
 * Install Pre-commit Guard: a git pre-commit hook that runs `validate --staged`, so a private note
 * forced into the index (or a broken record) never reaches a commit. An existing hook is kept and
 * runs first. The hook prefers the CLI bundled with this extension, then one on the PATH.
 */
export function installPreCommitGuardCommand(s: Services) {
  return async (args?: InstallGuardArgs): Promise<string> => {
    const title = 'Install Pre-commit Guard';
    const folder = await pickRecordsFolder(s.locator, args?.folder, title);
    s.git.requireGit(folder, title);
    const cli = path.join(s.extensionPath, 'dist', 'cli.js');
    const options = `validate --staged --dir ${sh(folder.uri.fsPath)} --root ${sh(readSettings(folder.uri).root)}`;
    const command = [
      `if [ -f ${sh(cli)} ]; then node ${sh(cli)} ${options}`,
      `elif command -v mentoring-journal >/dev/null 2>&1; then mentoring-journal ${options}`,
      `else echo "mentoring-journal: the pre-commit guard cannot find its CLI; run 'Install Pre-commit Guard' again" >&2; exit 1; fi`,
    ].join('; ');
    const outcome = await installGuard(
      { command },
      workflowPorts(s, { slug: '', folder, dir: s.locator.rootOf(folder) }, title),
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    const installed = outcome.value;
    const where = vscode.workspace.asRelativePath(installed.hookPath);
    const note = installed.alreadyInstalled
      ? `The pre-commit guard was already installed (${where}); it is up to date.`
      : installed.chained
        ? `Installed the pre-commit guard in ${where}. Your existing hook was kept (moved to ${path.basename(installed.chained)}) and still runs first.`
        : `Installed the pre-commit guard in ${where}.`;
    s.log.info(note);
    void vscode.window.showInformationMessage(note);
    return installed.hookPath;
  };
}

/** A single-quoted shell word. */
function sh(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
