import type * as vscode from 'vscode';
import type { RecordDiagnostics } from './diagnostics/recordDiagnostics';
import type { GitFacts } from './gitFacts';
import type { CurrentRelationship } from './currentRelationship';
import type { RecordLanguage } from './language/recordLanguage';
import type { RecordsCache } from './recordsCache';
import type { RecordsLocator } from './recordsLocator';
import type { SessionTimer } from './sessionTimer';
import type { TopicsStore } from './topics/topicsStore';

/** What commands need, built once at activation and passed in (tests can pass their own). */
export interface Services {
  locator: RecordsLocator;
  git: GitFacts;
  diagnostics: RecordDiagnostics;
  /** The parsed records, file by file, kept current by document events and watchers. */
  records: RecordsCache;
  /** Completion, hover, rename and the rest for `#G1` and `@handle`. */
  language: RecordLanguage;
  log: vscode.LogOutputChannel;
  /** Where the extension is installed: the guard hook runs its bundled CLI. */
  extensionPath: string;
  /** The relationship Switch Relationship chose. */
  current: CurrentRelationship;
  /** The latest learning topics of each relationship, for the view and the agenda. */
  topics: TopicsStore;
  /** VS Code's globalState: what must hold across windows (the reminders' day and choices). */
  globalState?: vscode.Memento;
  /** The clock; core never reads one. */
  now: () => Date;
  /**
   * This workspace's own folder of the extension's (VS Code's storage, outside the repository):
   * reports open from there as real files until the user saves them into the records.
   */
  storage?: vscode.Uri;
  /** The Start Session / End Session timer (kept in workspaceState). */
  timer: SessionTimer;
  /** The history cache's folder, in the extension's global storage (outside every repository). */
  historyCache?: string;
}
