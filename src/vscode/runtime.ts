import type * as vscode from 'vscode';
import { actionCodeLenses } from './actionCodeLenses';
import { updateCadenceStatusBar } from './cadenceStatusBar';
import { CommandRunner } from './commands';
import { createServices } from './createServices';
import { installL10n } from './installL10n';
import { dashboardsFor } from './dashboard/dashboardPanels';
import type { Services } from './services';
import type { SessionTimer } from './sessionTimer';
import type { RecordDiagnostics } from './diagnostics/recordDiagnostics';
import type { RecordLanguage } from './language/recordLanguage';
import type { RecordsCache } from './recordsCache';
import { questionFixes } from './questionFixes';
import { commitText } from './topics/commitText';
import { actionItemNodes } from './views/actionItemsView';
import { learningTopicNodes } from './views/learningTopicsView';
import { relationshipNodes } from './views/relationshipsView';
import { questionNodes } from './views/questionsView';
import { overdueActionCount } from './views/overdueActionCount';
import type { ViewNode } from './views/viewNode';

/** Everything behind the registered commands, listeners, views and lenses, built on first use. */
export interface Runtime {
  runCommand(id: string, args: unknown[]): Promise<unknown>;
  diagnostics: RecordDiagnostics;
  /** The records cache: forgotten on Refresh, disposed with the extension. */
  records: RecordsCache;
  /** The language features of `#G1` and `@handle`. */
  language: RecordLanguage;
  actionItems(): Promise<ViewNode[]>;
  questions(): Promise<ViewNode[]>;
  learningTopics(): Promise<ViewNode[]>;
  relationships(): Promise<ViewNode[]>;
  /** The text of a `mentoring-commit:` document: a commit's message, stats and diff. */
  commitText(uri: vscode.Uri): Promise<string>;
  /** Restores a dashboard panel after a reload, from the state its webview saved. */
  reviveDashboard(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
  codeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]>;
  /** Open action items past due, for the views' badges. */
  overdueActions(): Promise<number>;
  /** Updates the cadence item. */
  updateStatusBar(item: vscode.StatusBarItem): Promise<void>;
  /** Quick fixes (open rewrites) for the question checker's diagnostics. */
  questionFixes(
    document: vscode.TextDocument,
    diagnostics: readonly vscode.Diagnostic[],
  ): vscode.CodeAction[];
}

/**
 * Builds the runtime. This module is its own bundle (dist/runtime.js), loaded by extension.ts on
 * the first command, event or view, so activation does not parse or run yaml, zod or simple-git.
 */
export function createRuntime(
  log: vscode.LogOutputChannel,
  extensionPath: string,
  state?: vscode.Memento,
  storage?: vscode.Uri,
  globalState?: vscode.Memento,
  timer?: SessionTimer,
  historyCache?: string,
): Runtime {
  installL10n();
  const services = createServices(
    log,
    extensionPath,
    state,
    storage,
    globalState,
    timer,
    historyCache,
  );
  const runner = new CommandRunner(services);
  const { locator } = services;
  return {
    runCommand: (id, args) => runner.run(id, args),
    diagnostics: services.diagnostics,
    records: services.records,
    language: services.language,
    actionItems: () => actionItemNodes(locator, services.now()),
    questions: () => questionNodes(locator),
    learningTopics: async () => learningTopicNodes(services.topics),
    relationships: async () =>
      relationshipNodes({
        locator,
        topics: services.topics,
        identity: await identityOf(services),
        current: services.current.get(),
        now: services.now(),
      }),
    commitText: (uri) => commitText(services, uri),
    reviveDashboard: (panel, state) => dashboardsFor(services).revive(panel, state),
    questionFixes,
    codeLenses: (document) => actionCodeLenses(locator, document),
    overdueActions: () => overdueActionCount(locator, services.now()),
    updateStatusBar: async (item) =>
      updateCadenceStatusBar(locator, item, services.now(), {
        current: services.current.get(),
        identity: await identityOf(services),
      }),
  };
}

/** The user's git identity from the first workspace folder (empty where git may not run). */
async function identityOf(s: Services): Promise<{ name?: string; email?: string }> {
  const folder = s.locator.folders()[0];
  return folder ? s.git.identity(folder) : {};
}
