import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { anonymousTeamReport } from '../../core/reports/anonymousTeamReport';
import { formatTeamReport } from '../../core/reports/formatTeamReport';
import { teamReport } from '../../core/reports/teamReport';
import { teamLabelHash } from '../../store/teamLabelHash';
import { loadRelationship } from '../relationshipLoader';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';

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
 * Opened as an untitled markdown document.
 */
export function exportTeamReportCommand(s: Services) {
  return async (args?: ExportTeamReportArgs): Promise<string> => {
    const all = await s.locator.relationships();
    if (!all.length)
      throw new UserError(
        'No mentoring records here yet. Run "Mentoring: Set Up Mentoring Records" first.',
      );
    const anonymous = args?.anonymous ?? (await askAnonymous());
    const rels = await Promise.all(all.map((r) => loadRelationship(r)));
    const named = teamReport(rels, { today: toIsoDate(s.now()) });
    const text = formatTeamReport(anonymous ? anonymousTeamReport(named, teamLabelHash) : named);
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: text,
    });
    await vscode.window.showTextDocument(document, { preview: false });
    return text;
  };
}

async function askAnonymous(): Promise<boolean> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: 'With names',
        description: 'relationships by folder name, for the programme lead',
        anonymous: false,
      },
      {
        label: 'Anonymous',
        description:
          'stable labels, no names, mentor counts or dates, to share beyond the programme',
        anonymous: true,
      },
    ],
    { title: 'Export Team Report', placeHolder: 'Who is the report for?', ignoreFocusOut: true },
  );
  if (!picked) throw new Cancelled();
  return picked.anonymous;
}
