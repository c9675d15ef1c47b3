import * as vscode from 'vscode';
import { sessionStamp, type SessionStamp } from '../../core/edits/stampSessionTimes';
import { stampSession } from '../../workflows/stampSession';
import { recordsAt } from '../recordsAt';
import type { Services } from '../services';
import { UserError } from '../userError';
import { failureError } from '../workflowPorts';

/**
 * End Session: stamps `started`, `ended`, `duration` and `status: held` into the timed log's
 * front matter as one undoable edit (unsaved text in an open editor is kept), then stops the
 * timer. When the log cannot be stamped (unparsable, deleted), the timer keeps running so the
 * start time is not lost: fix the file and run End Session again.
 */
export function endSessionCommand(s: Services) {
  return async (): Promise<SessionStamp & { file: string }> => {
    const running = s.timer.running();
    if (!running)
      throw new UserError(vscode.l10n.t('No session is being timed: run Start Session first.'));
    const uri = vscode.Uri.parse(running.uri);
    const { file, records } = recordsAt(s, uri, vscode.l10n.t('End Session'));
    const stamp = sessionStamp(new Date(running.startedAt), s.now());
    const outcome = await stampSession({ session: file, stamp }, { records });
    if (!outcome.ok) throw failureError(outcome.failure);
    await s.timer.stop();
    s.log.info(`Session ${file} stamped ${stamp.started}-${stamp.ended}, ${stamp.minutes} min`);
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Session stamped in {0}: {1} to {2}, {3} min, held.',
        vscode.workspace.asRelativePath(uri),
        stamp.started,
        stamp.ended,
        stamp.minutes,
      ),
    );
    return { ...stamp, file: uri.fsPath };
  };
}
