import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { formatTeamReport } from '../../core/reports/formatTeamReport';
import { teamReport } from '../../core/reports/teamReport';
import { loadRelationship } from '../relationshipLoader';
import type { Services } from '../services';
import { UserError } from '../userError';

/**
 * Export Team Report: for programme leads, built from front matter and file metadata only, never
 * from note text: relationships, sessions per month, cadence kept, open actions and their ages,
 * the last session of each. Opened as an untitled markdown document.
 */
export function exportTeamReportCommand(s: Services) {
  return async (): Promise<string> => {
    const all = await s.locator.relationships();
    if (!all.length)
      throw new UserError(
        'No mentoring records here yet. Run "Mentoring: Set Up Mentoring Records" first.',
      );
    const rels = await Promise.all(all.map((r) => loadRelationship(r)));
    const text = formatTeamReport(teamReport(rels, { today: toIsoDate(s.now()) }));
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: text,
    });
    await vscode.window.showTextDocument(document, { preview: false });
    return text;
  };
}
