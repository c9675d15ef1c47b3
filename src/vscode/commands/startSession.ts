import * as vscode from 'vscode';
import { toClockTime } from '../../core/edits/stampSessionTimes';
import type { Services } from '../services';
import { UserError } from '../userError';
import { openTodaysSessionCommand } from './openTodaysSession';

/** Arguments that skip the prompts: the session log to time (path or URI string). */
export interface StartSessionArgs {
  file?: string;
}

const SESSION_LOG = /^[^/]+\/sessions\/[^/]+\.md$/;

/**
 * Start Session: starts the status bar timer for the session log in the active editor, else for
 * today's log of the current relationship (opened, or created with its agenda). Nothing is
 * written into the log until End Session. One session is timed at a time.
 */
export function startSessionCommand(s: Services) {
  const openToday = openTodaysSessionCommand(s);
  return async (args?: StartSessionArgs): Promise<{ file: string; startedAt: number }> => {
    const running = s.timer.running();
    if (running) {
      const name = vscode.workspace.asRelativePath(vscode.Uri.parse(running.uri));
      throw new UserError(
        vscode.l10n.t(
          'A session is already being timed in {0} (since {1}): run End Session first.',
          name,
          toClockTime(new Date(running.startedAt)),
        ),
      );
    }
    let uri: vscode.Uri;
    if (args?.file) {
      uri = args.file.includes('://') ? vscode.Uri.parse(args.file) : vscode.Uri.file(args.file);
    } else {
      const active = vscode.window.activeTextEditor?.document.uri;
      const where = active && s.locator.locate(active);
      uri =
        active && where && SESSION_LOG.test(where.relative)
          ? active
          : vscode.Uri.file((await openToday()).file);
    }
    const where = s.locator.locate(uri);
    if (!where || !SESSION_LOG.test(where.relative))
      throw new UserError(
        vscode.l10n.t('{0} is not a session log.', vscode.workspace.asRelativePath(uri)),
      );
    const startedAt = s.now().getTime();
    await s.timer.start({ uri: uri.toString(), startedAt });
    s.log.info(`Session timer started for ${where.relative}`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Session timer started at {0}. End Session stamps the start, end and duration in {1}.',
        toClockTime(new Date(startedAt)),
        vscode.workspace.asRelativePath(uri),
      ),
    );
    return { file: uri.fsPath, startedAt };
  };
}
