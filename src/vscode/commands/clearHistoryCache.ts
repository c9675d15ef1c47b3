import * as vscode from 'vscode';
import { clearHistoryCache } from '../../git/historyCache';
import type { Services } from '../services';

/**
 * Clear History Cache: removes what history reading kept (in the extension's global storage,
 * outside every repository), so the next Surface Learning Topics reads git afresh.
 */
export function clearHistoryCacheCommand(s: Services) {
  return async (): Promise<number> => {
    const removed = s.historyCache ? clearHistoryCache(s.historyCache) : 0;
    s.log.info(`History cache cleared: ${removed} file(s) removed.`);
    void vscode.window.showInformationMessage(
      removed === 1
        ? vscode.l10n.t('Cleared the history cache of 1 repository.')
        : vscode.l10n.t('Cleared the history cache of {0} repositories.', removed),
    );
    return Promise.resolve(removed);
  };
}
