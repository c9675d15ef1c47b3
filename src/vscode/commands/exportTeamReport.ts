import { toIsoDate } from '../../core/dates';
import * as vscode from 'vscode';
import { teamLabelHash } from '../../store/teamLabelHash';
import { teamReportFor } from '../../workflows/reports';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';
import { openReport } from '../reports/openReport';

/** Arguments that skip the prompt. */
export interface ExportTeamReportArgs {
  /** Labels instead of relationship names (for a report shared beyond the programme). */
  anonymous?: boolean;
}

/**
 * Export Team Report: for programme leads, built from front matter and file metadata only, never
 * from note text: relationships, sessions per month, cadence kept, open actions and their ages,
 * the last session of each. Relationships are named by their folder (the mentee's name) unless
 * the user picks "Anonymous": then stable labels, no mentor counts and no dates of a person.
 * Opened as a real file from the extension's storage; Save Report to Records keeps it in `<root>/reports/`.
 */
export function exportTeamReportCommand(s: Services) {
  return async (args?: ExportTeamReportArgs): Promise<string> => {
    const all = await s.locator.relationships();
    if (!all.length)
      throw new UserError(
        vscode.l10n.t(
          'No mentoring records here yet. Run "Mentoring: Set Up Mentoring Records" first.',
        ),
      );
    // One records port per workspace folder that holds relationships: the report spans them all.
    const folders = [...new Map(all.map((r) => [r.folder.uri.toString(), r])).values()];
    const anonymous = args?.anonymous ?? (await askAnonymous());
    const outcome = await teamReportFor(
      { anonymousHash: anonymous ? teamLabelHash : undefined },
      {
        records: folders.map(
          (r) => workflowPorts(s, r, vscode.l10n.t('Export Team Report')).records,
        ),
        clock: { today: () => toIsoDate(s.now()) },
      },
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    const text = outcome.value.markdown;
    const today = toIsoDate(s.now());
    const root = s.locator.rootOf(folders[0].folder);
    const name = `${today}-team${anonymous ? '-anonymous' : ''}.md`;
    await openReport(s.storage, name, text, {
      root,
      saveAs: vscode.Uri.joinPath(root, 'reports', name),
      savedText: text,
    });
    return text;
  };
}

async function askAnonymous(): Promise<boolean> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('With names'),
        description: vscode.l10n.t('relationships by folder name, for the programme lead'),
        anonymous: false,
      },
      {
        label: vscode.l10n.t('Anonymous'),
        description: vscode.l10n.t(
          'stable labels, no names, mentor counts or dates, to share beyond the programme',
        ),
        anonymous: true,
      },
    ],
    {
      title: vscode.l10n.t('Export Team Report'),
      placeHolder: vscode.l10n.t('Who is the report for?'),
      ignoreFocusOut: true,
    },
  );
  if (!picked) throw new Cancelled();
  return picked.anonymous;
}
