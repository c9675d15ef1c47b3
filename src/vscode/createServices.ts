import type * as vscode from 'vscode';
import { CurrentRelationship } from './currentRelationship';
import { RecordDiagnostics } from './diagnostics/recordDiagnostics';
import { GitFacts } from './gitFacts';
import { RecordLanguage } from './language/recordLanguage';
import { RecordsCache } from './recordsCache';
import { RecordsLocator } from './recordsLocator';
import type { Services } from './services';
import { SessionTimer } from './sessionTimer';
import { TopicsStore } from './topics/topicsStore';

/** Builds the services; loaded on first use, so activation does not pay for yaml, zod or git. */
export function createServices(
  log: vscode.LogOutputChannel,
  extensionPath: string,
  state?: vscode.Memento,
  storage?: vscode.Uri,
  globalState?: vscode.Memento,
  timer: SessionTimer = new SessionTimer(state, storage),
  historyCache?: string,
): Services {
  const locator = new RecordsLocator();
  const git = new GitFacts();
  const records = new RecordsCache(locator);
  const language = new RecordLanguage(locator, records);
  return {
    locator,
    git,
    records,
    language,
    diagnostics: new RecordDiagnostics(
      locator,
      (folder) => git.identity(folder),
      (uri, text) => language.diagnostics(uri, text),
    ),
    log,
    extensionPath,
    topics: new TopicsStore(state),
    current: new CurrentRelationship(state),
    now: () => new Date(),
    storage,
    globalState,
    timer,
    historyCache,
  };
}
