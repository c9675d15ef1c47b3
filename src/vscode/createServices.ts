import type * as vscode from 'vscode';
import { CurrentRelationship } from './currentRelationship';
import { RecordDiagnostics } from './diagnostics/recordDiagnostics';
import { GitFacts } from './gitFacts';
import { RecordsLocator } from './recordsLocator';
import type { Services } from './services';
import { TopicsStore } from './topics/topicsStore';

/** Builds the services; loaded on first use, so activation does not pay for yaml, zod or git. */
export function createServices(
  log: vscode.LogOutputChannel,
  extensionPath: string,
  state?: vscode.Memento,
  storage?: vscode.Uri,
  historyCache?: string,
): Services {
  const locator = new RecordsLocator();
  const git = new GitFacts();
  return {
    locator,
    git,
    diagnostics: new RecordDiagnostics(locator, (folder) => git.identity(folder)),
    log,
    extensionPath,
    topics: new TopicsStore(state),
    current: new CurrentRelationship(state),
    now: () => new Date(),
    storage,
    historyCache,
  };
}
