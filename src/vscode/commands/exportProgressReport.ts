import * as vscode from 'vscode';
import { relationshipKey } from '../recordsLocator';
import { addDays, dateProblem, toIsoDate } from '../../core/dates';
import { progressReportFor } from '../../workflows/reports';
import { pickRelationship } from '../pickRelationship';
import { loadRelationship, recordUri } from '../relationshipLoader';
import type { Services } from '../services';
import { Cancelled } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';
import { openReport, relativeLinks, saveReport } from '../reports/openReport';

/** Arguments that skip the prompts. */
export interface ExportProgressReportArgs {
  slug?: string;
  since?: string;
  until?: string;
  /** Save it under `<root>/<slug>/reports/` without asking. */
  save?: boolean;
}

/**
 * Export Progress Report: goals and their evidence, sessions against the cadence, actions done,
 * open and dropped, topics covered and reflection headlines for a period, opened as a real file
 * from the extension's storage (links work; nothing Untitled is left behind); "Save Report to
 * Records" in the editor's title saves it as `<root>/<slug>/reports/<until>-progress.md`.
 */
export function exportProgressReportCommand(s: Services) {
  return async (
    args?: ExportProgressReportArgs,
  ): Promise<{ text: string; file?: string; opened?: string }> => {
    const ref = await pickRelationship(s.locator, args?.slug, vscode.l10n.t('Export Progress Report'));
    const today = toIsoDate(s.now());
    const period =
      args?.since !== undefined
        ? { since: args.since, until: args.until ?? today }
        : await askPeriod(today, (await loadRelationship(ref)).plan?.started);
    // The period's topics are read from git, as on the command line; those kept from Surface
    // Learning Topics stand in where git may not run (an untrusted workspace).
    const kept = s.topics.get(relationshipKey(ref))?.topics;
    const outcome = await progressReportFor(
      {
        slug: ref.slug,
        ...period,
        topics: { from: 'git', kept },
        // Absolute links: the report opens from the extension's storage, and they work there.
        link: (p) => recordUri(s.locator, ref, p).toString(),
      },
      workflowPorts(s, ref, vscode.l10n.t('Export Progress Report')),
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    const report = outcome.value;
    const saveAs = recordUri(s.locator, ref, report.saveAs);
    const reportsFolder = vscode.Uri.joinPath(saveAs, '..');
    const savedText = relativeLinks(report.markdown, reportsFolder);
    const root = s.locator.rootOf(ref.folder);
    const opened = await openReport(s.storage, `${ref.slug}-${report.until}-progress.md`, report.markdown, {
      root,
      saveAs,
      savedText,
    });
    if (args?.save) {
      const file = await saveReport(opened);
      return { text: savedText, file };
    }
    return { text: savedText, opened: opened.fsPath };
  };
}

async function askPeriod(
  today: string,
  started: string | undefined,
): Promise<{ since: string; until: string }> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('Last 30 days'), since: addDays(today, -30) },
      { label: vscode.l10n.t('Last 90 days'), since: addDays(today, -90) },
      ...(started ? [{ label: vscode.l10n.t('Since the plan started'), since: started }] : []),
      { label: vscode.l10n.t('Custom period…'), since: '' },
    ],
    { title: vscode.l10n.t('Export Progress Report'), placeHolder: vscode.l10n.t('Which period?') },
  );
  if (!picked) throw new Cancelled();
  if (picked.since) return { since: picked.since, until: today };
  const ask = async (prompt: string, value?: string) => {
    const v = await vscode.window.showInputBox({
      title: vscode.l10n.t('Export Progress Report'),
      prompt,
      value,
      placeHolder: 'YYYY-MM-DD',
      validateInput: (x) => dateProblem(x.trim()) ?? null,
    });
    if (v === undefined) throw new Cancelled();
    return v.trim();
  };
  const since = await ask(vscode.l10n.t('From (YYYY-MM-DD, inclusive)'));
  return { since, until: await ask(vscode.l10n.t('To (YYYY-MM-DD, inclusive)'), today) };
}
