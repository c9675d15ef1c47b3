import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { GitError } from '../../git/gitError';
import { hooksFolder } from '../../git/preCommitGuard';
import { refreshStableCli } from '../../store/stableCli';
import { installGuard } from '../../workflows/installGuard';
import { pickRecordsFolder } from '../recordsFolder';
import type { Services } from '../services';
import { readSettings } from '../settings';
import { UserError } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';

/** Arguments that skip the prompts. */
export interface InstallGuardArgs {
  folder?: string;
}

/**
 * Install Pre-commit Guard: a git pre-commit hook that refuses a commit adding a private note
 * (plain sh and git, no Node needed) and validates the staged records with the CLI. The CLI is
 * copied to a fixed folder of the user's data (refreshed on every install), so the hook does not
 * name this extension's versioned folder. An existing hook is kept and runs first; a hooks folder
 * outside the repository (a global core.hooksPath) is written only after a modal confirmation.
 */
export function installPreCommitGuardCommand(s: Services) {
  return async (args?: InstallGuardArgs): Promise<string | undefined> => {
    const title = vscode.l10n.t('Install Pre-commit Guard');
    const folder = await pickRecordsFolder(s.locator, args?.folder, title);
    s.git.requireGit(folder, title);
    const root = s.locator.rootOf(folder).fsPath;
    let outside = false;
    try {
      outside = (await hooksFolder(fs.existsSync(root) ? root : folder.uri.fsPath)).outsideRepository;
    } catch (e) {
      if (e instanceof GitError) throw new UserError(vscode.l10n.t('Could not install the guard: {0}', e.message));
      throw e;
    }
    if (outside) {
      const installThere = vscode.l10n.t('Install There');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('The hooks folder (core.hooksPath) is outside this repository: a pre-commit hook there runs for every repository that uses it. Install the guard there?'),
        { modal: true },
        installThere,
      );
      if (choice !== installThere) return undefined;
    }
    try {
      const copy = refreshStableCli(path.join(s.extensionPath, 'dist', 'cli.js'));
      s.log.info(`The guard's copy of the CLI is up to date: ${copy}`);
    } catch (e) {
      // The privacy check in the hook needs no CLI; only the full validation is missing then.
      s.log.warn(`Could not copy the CLI for the guard: ${(e as Error).message}`);
    }
    const outcome = await installGuard(
      { rootName: readSettings(folder.uri).root, allowOutsideRepository: outside },
      workflowPorts(s, { slug: '', folder, dir: s.locator.rootOf(folder) }, title),
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    const installed = outcome.value;
    const at = vscode.workspace.asRelativePath(installed.hookPath);
    const note = installed.alreadyInstalled
      ? vscode.l10n.t('The pre-commit guard was already installed ({0}); it is up to date.', at)
      : installed.chained
        ? vscode.l10n.t(
            'Installed the pre-commit guard in {0}. Your existing hook was kept (moved to {1}) and still runs first.',
            at,
            path.basename(installed.chained),
          )
        : vscode.l10n.t('Installed the pre-commit guard in {0}.', at);
    s.log.info(note);
    void vscode.window.showInformationMessage(note);
    return installed.hookPath;
  };
}
