import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Services } from '../services';
import { UserError } from '../userError';

/** Arguments: the repository's top folder and a path in it (a view node passes its own). */
export interface OpenTopicFileArgs {
  repo?: string;
  path?: string;
}

/**
 * Open File: opens a file a learning topic names. The path comes from the repository's history,
 * so it is checked to stay inside the repository (no "..", no absolute path, no symbolic link out
 * of it) before anything is opened.
 */
export function openTopicFileCommand(_s: Services) {
  return async (args?: OpenTopicFileArgs): Promise<string> => {
    if (!args?.repo || !args.path)
      throw new UserError(vscode.l10n.t('Open File needs a file of a learning topic.'));
    const file = insideRepo(args.repo, args.path);
    if (!fs.existsSync(file))
      throw new UserError(
        vscode.l10n.t(
          '{0} is not in the working tree any more (moved or deleted); Show Commit shows it as it was.',
          args.path,
        ),
      );
    await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: true });
    return file;
  };
}

function insideRepo(repo: string, relative: string): string {
  const parts = relative.split('/');
  if (
    path.isAbsolute(relative) ||
    relative.includes('\\') ||
    relative.includes('\0') ||
    parts.some((p) => p === '' || p === '.' || p === '..')
  )
    throw new UserError(vscode.l10n.t('"{0}" is not a path inside the repository.', relative));
  const file = path.join(repo, ...parts);
  if (fs.existsSync(file)) {
    const real = fs.realpathSync(file);
    const top = fs.realpathSync(repo);
    if (real !== top && !real.startsWith(top + path.sep))
      throw new UserError(
        vscode.l10n.t('{0} leads outside the repository (a symbolic link); not opened.', relative),
      );
  }
  return file;
}
