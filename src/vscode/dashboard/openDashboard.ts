import * as vscode from 'vscode';
import type { Services } from '../services';
import { pickRelationship } from '../pickRelationship';
import { dashboardsFor, type DashboardOpened } from './dashboardPanels';

/** Arguments: the relationship (`slug` or `<folder>/<slug>`); without it, the only one or a pick. */
export interface OpenDashboardArgs {
  slug?: string;
}

/**
 * Opens (or reveals) a relationship's dashboard and resolves once the webview has its model,
 * with what the panel was given: options, page, model (tests read these).
 */
export function openDashboardCommand(s: Services) {
  return async (args?: OpenDashboardArgs): Promise<DashboardOpened> => {
    const ref = await pickRelationship(s.locator, args?.slug, vscode.l10n.t('Open Dashboard'));
    return dashboardsFor(s).open(ref);
  };
}
