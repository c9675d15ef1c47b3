import { toIsoDate } from '../../core/dates';
import { teamReportFor } from '../../workflows/reports';
import type { Services } from '../services';
import { UserError } from '../userError';
import { workflowPorts } from '../workflowPorts';
import { shownMarkdown } from '../shownMarkdown';

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
    // One records port per workspace folder that holds relationships: the report spans them all.
    const folders = [...new Map(all.map((r) => [r.folder.uri.toString(), r])).values()];
    const outcome = await teamReportFor(
      {},
      {
        records: folders.map((r) => workflowPorts(s, r, 'Export Team Report').records),
        clock: { today: () => toIsoDate(s.now()) },
      },
    );
    const text = (await shownMarkdown(outcome)).markdown;
    return text;
  };
}
