import * as vscode from 'vscode';
import { dateProblem, toIsoDate } from '../../core/dates';
import { dashboardsFor } from '../dashboard/dashboardPanels';
import { COMMANDS, VIEWS } from '../ids';
import { pickRelationship } from '../pickRelationship';
import type { Services } from '../services';
import { mineTopics, type TopicRange } from '../topics/mineTopics';
import type { TopicsResult } from '../topics/topicsStore';
import { Cancelled } from '../userError';

/** Arguments that skip the prompts. */
export interface SurfaceTopicsArgs {
  slug?: string;
  /** since the last session (default), the last 30 days, or explicit dates. */
  range?: 'last-session' | 'last-30-days' | { since: string; until?: string };
}

/**
 * Surface Learning Topics: reads the mentee's commits over a range (with progress, cancellable)
 * and shows the ranked topics in the Learning Topics view.
 */
export function surfaceTopicsCommand(s: Services) {
  return async (args?: SurfaceTopicsArgs): Promise<TopicsResult> => {
    const ref = await pickRelationship(
      s.locator,
      args?.slug,
      vscode.l10n.t('Surface Learning Topics'),
    );
    const range = args?.range ?? (await askRange(toIsoDate(s.now())));
    const result = await mineTopics(s, ref, toTopicRange(range));
    s.topics.set(result);
    await vscode.commands.executeCommand(COMMANDS.refreshViews);
    dashboardsFor(s).refreshAll();
    void vscode.commands.executeCommand(`${VIEWS.learningTopics}.focus`);
    if (result.partial)
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          '{0}: the repository is a shallow clone, so topics are partial (first touches may be missed).',
          result.name,
        ),
      );
    else if (result.topics.length === 0)
      void vscode.window.showInformationMessage(
        result.commits === 0
          ? vscode.l10n.t('{0}: no commits by the mentee {1}.', result.name, result.basis)
          : vscode.l10n.t(
              '{0}: {1} commits, but no topics stand out.',
              result.name,
              result.commits,
            ),
      );
    return result;
  };
}

function toTopicRange(range: NonNullable<SurfaceTopicsArgs['range']>): TopicRange {
  if (range === 'last-session') return {};
  if (range === 'last-30-days') return { days: 30 };
  return { since: range.since, until: range.until };
}

async function askRange(today: string): Promise<NonNullable<SurfaceTopicsArgs['range']>> {
  const picked = await vscode.window.showQuickPick(
    [
      {
        label: vscode.l10n.t('Since the last session'),
        description: vscode.l10n.t("from the HEAD recorded in the last session's log"),
        range: 'last-session' as const,
      },
      { label: vscode.l10n.t('Last 30 days'), range: 'last-30-days' as const },
      {
        label: vscode.l10n.t('Custom range…'),
        description: vscode.l10n.t('two dates'),
        range: 'custom' as const,
      },
    ],
    {
      title: vscode.l10n.t('Surface Learning Topics'),
      placeHolder: vscode.l10n.t('Which commits?'),
    },
  );
  if (!picked) throw new Cancelled();
  if (picked.range !== 'custom') return picked.range;
  const since = await askDate(vscode.l10n.t('From (YYYY-MM-DD, inclusive)'), undefined);
  const until = await askDate(vscode.l10n.t('To (YYYY-MM-DD, inclusive)'), today, since);
  return { since, until };
}

async function askDate(prompt: string, value: string | undefined, after?: string) {
  const date = await vscode.window.showInputBox({
    title: vscode.l10n.t('Surface Learning Topics'),
    prompt,
    value,
    placeHolder: 'YYYY-MM-DD',
    validateInput: (v) =>
      dateProblem(v.trim()) ??
      (after && v.trim() < after ? vscode.l10n.t('must be on or after {0}', after) : null),
  });
  if (date === undefined) throw new Cancelled();
  return date.trim();
}
