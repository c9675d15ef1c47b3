import * as vscode from 'vscode';
import type { SessionStatus } from '../../core/records/held';
import { setSessionStatus } from '../../workflows/setSessionStatus';
import { pickRelationship } from '../pickRelationship';
import { recordsAt } from '../recordsAt';
import { loadRelationship } from '../relationshipLoader';
import type { Services } from '../services';
import { targetSession } from '../sessionTarget';
import { UserError } from '../userError';
import { failureError } from '../workflowPorts';

/** Arguments that skip the prompts: the session log (path or URI string). */
export interface SessionStatusArgs {
  file?: string;
  slug?: string;
}

const SAID: Record<SessionStatus, (name: string) => string> = {
  held: (name) =>
    vscode.l10n.t('Session {0} marked held: it counts for the cadence, the carried items and the reports.', name),
  cancelled: (name) => vscode.l10n.t('Session {0} marked cancelled: it counts as no session.', name),
  prepared: (name) => vscode.l10n.t('Session {0} marked prepared: it counts once it is held.', name),
};

/**
 * Mark Session Held / Cancel Session: sets `status:` in a session log's front matter, for the log
 * in the active editor, else the relationship's log of today (or its latest). Says what it did.
 */
function sessionStatusCommand(status: SessionStatus, title: string) {
  return (s: Services) =>
    async (args?: SessionStatusArgs): Promise<string> => {
      let uri: vscode.Uri | undefined;
      if (args?.file)
        uri = args.file.includes('://') ? vscode.Uri.parse(args.file) : vscode.Uri.file(args.file);
      else {
        const active = vscode.window.activeTextEditor?.document.uri;
        const where = active && s.locator.locate(active);
        if (where && /^[^/]+\/sessions\/[^/]+\.md$/.test(where.relative)) uri = active;
        else {
          const ref = await pickRelationship(s.locator, args?.slug, title);
          const target = targetSession(s.locator, ref, await loadRelationship(ref), s.now());
          if (!target) throw new UserError(vscode.l10n.t('{0}: there is no session log yet; run New Session Log first.', title));
          uri = target.uri;
        }
      }
      const { file, records } = recordsAt(s, uri, title);
      const outcome = await setSessionStatus({ session: file, status }, { records });
      if (!outcome.ok) throw failureError(outcome.failure);
      const name = file.split('/').pop()?.replace(/\.md$/, '') ?? file;
      const open = vscode.l10n.t('Open');
      void vscode.window
        .showInformationMessage(SAID[status](name), open)
        .then((choice) => {
          if (choice === open) void vscode.window.showTextDocument(uri, { preview: false });
        });
      return uri.fsPath;
    };
}

/** Mark Session Held: `status: held`. */
export const markSessionHeldCommand = sessionStatusCommand('held', vscode.l10n.t('Mark Session Held'));
/** Cancel Session: `status: cancelled`. */
export const cancelSessionCommand = sessionStatusCommand('cancelled', vscode.l10n.t('Cancel Session'));
