import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { exportCalendar, icsStamp } from '../../workflows/exportCalendar';
import { pickRelationship } from '../pickRelationship';
import type { Services } from '../services';
import { Cancelled } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';

/** Arguments that skip the prompts. */
export interface ExportCalendarArgs {
  slug?: string;
  /** How many sessions (default 6). */
  count?: number;
  /** Where to write the .ics (a file path or URI string); skips the save dialog. */
  target?: string;
}

/**
 * Export Calendar: the cadence's next sessions of a relationship as an .ics file (RFC 5545) to
 * import into a calendar; all-day events, one UID per relationship and date, so a later export
 * updates them. The same workflow as `mentoring-journal calendar`. Returns the file written.
 */
export function exportCalendarCommand(s: Services) {
  return async (args?: ExportCalendarArgs): Promise<string> => {
    const ref = await pickRelationship(s.locator, args?.slug, vscode.l10n.t('Export Calendar'));
    const ports = workflowPorts(s, ref, vscode.l10n.t('Export Calendar'));
    const now = s.now();
    const outcome = await exportCalendar(
      { slug: ref.slug, count: args?.count, stamp: icsStamp(now) },
      { records: ports.records, clock: { today: () => toIsoDate(now) } },
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    const { text, fileName, dates } = outcome.value;
    const target = args?.target
      ? args.target.includes('://')
        ? vscode.Uri.parse(args.target)
        : vscode.Uri.file(args.target)
      : await vscode.window.showSaveDialog({
          defaultUri: vscode.Uri.joinPath(ref.folder.uri, fileName),
          filters: { [vscode.l10n.t('Calendar')]: ['ics'] },
          title: vscode.l10n.t('Export Calendar'),
        });
    if (!target) throw new Cancelled();
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Wrote {0} sessions ({1} to {2}) to {3}.',
        dates.length,
        dates[0],
        dates[dates.length - 1],
        target.fsPath,
      ),
    );
    return target.toString();
  };
}
