import * as vscode from 'vscode';
import { COMMANDS, COMMIT_SCHEME, CONFIG_SECTION, SETTINGS, VIEWS } from './ids';
import type { Runtime } from './runtime';
import type { ViewNode } from './views/viewNode';
import { serialRuns } from './serialRuns';

/** A tree whose nodes the runtime builds; registered at activation, filled on first look. */
class RuntimeTree implements vscode.TreeDataProvider<ViewNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly load: () => Promise<ViewNode[]>) {}

  getTreeItem(node: ViewNode): vscode.TreeItem {
    return node.item;
  }

  async getChildren(node?: ViewNode): Promise<ViewNode[]> {
    return node ? (node.children ?? []) : this.load();
  }

  refresh(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const REFRESH_DELAY_MS = 300;

/**
 * Registers the Action Items, Queued Questions and Learning Topics views, the read-only commit
 * documents, the action-item CodeLenses and the cadence status bar item, and refreshes them when
 * records change on disk or in an editor.
 */
export function registerViews(
  context: vscode.ExtensionContext,
  runtime: () => Promise<Runtime>,
): ViewBadges {
  const actions = new RuntimeTree(async () => (await runtime()).actionItems());
  const questions = new RuntimeTree(async () => (await runtime()).questions());
  const topics = new RuntimeTree(async () => (await runtime()).learningTopics());
  const relationships = new RuntimeTree(async () => (await runtime()).relationships());
  const lensesChanged = new vscode.EventEmitter<void>();
  const status = vscode.window.createStatusBarItem(
    'mentoring.cadence',
    vscode.StatusBarAlignment.Left,
    50,
  );
  status.name = vscode.l10n.t('Mentoring cadence');
  // One update at a time, and one more after any asked for meanwhile: an older one never ends
  // after a newer one (it would show the editor it saw), and a burst still ends in a write.
  const updateStatus = serialRuns(
    async () => (await runtime()).updateStatusBar(status),
    (e: unknown) => console.error('[mentoring] status bar', e),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshAll = () => {
    actions.refresh();
    questions.refresh();
    topics.refresh();
    relationships.refresh();
    lensesChanged.fire();
    void updateStatus();
    void updateBadges();
  };
  // File changes come in bursts: one refresh after they pause.
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(refreshAll, REFRESH_DELAY_MS);
  };
  const actionsView = vscode.window.createTreeView(VIEWS.actionItems, {
    treeDataProvider: actions,
    showCollapseAll: true,
  });
  const relationshipsView = vscode.window.createTreeView(VIEWS.relationships, {
    treeDataProvider: relationships,
    showCollapseAll: true,
  });
  // As for the status bar. (Dropping every count but the newest starved the badge when counts
  // took longer than the requests' pace: a Refresh pressed again and again never showed one.)
  const updateBadges = serialRuns(
    async () => {
      const n = await (await runtime()).overdueActions();
      const badge = n
        ? { value: n, tooltip: vscode.l10n.t('{0} overdue action items', n) }
        : undefined;
      actionsView.badge = badge;
      relationshipsView.badge = badge;
    },
    (e: unknown) => console.error('[mentoring] badges', e),
  );
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
  // Deleting a folder is reported for the folder only, never for the .md files inside it.
  const deletions = vscode.workspace.createFileSystemWatcher('**', true, true, false);
  context.subscriptions.push(
    deletions,
    deletions.onDidDelete(changed),
    actions,
    questions,
    topics,
    relationships,
    relationshipsView,
    lensesChanged,
    status,
    watcher,
    actionsView,
    vscode.window.createTreeView(VIEWS.questions, {
      treeDataProvider: questions,
      showCollapseAll: true,
    }),
    vscode.window.createTreeView(VIEWS.learningTopics, {
      treeDataProvider: topics,
      showCollapseAll: true,
    }),
    vscode.workspace.registerTextDocumentContentProvider(COMMIT_SCHEME, {
      provideTextDocumentContent: async (uri) => (await runtime()).commitText(uri),
    }),
    vscode.languages.registerCodeLensProvider(
      { language: 'markdown', pattern: '**/sessions/*.md' },
      {
        onDidChangeCodeLenses: lensesChanged.event,
        provideCodeLenses: async (document) => (await runtime()).codeLenses(document),
      },
    ),
    watcher.onDidCreate(changed),
    watcher.onDidChange(changed),
    watcher.onDidDelete(changed),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId === 'markdown') changed();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${CONFIG_SECTION}.${SETTINGS.codeLens}`)) lensesChanged.fire();
    }),
    vscode.commands.registerCommand(COMMANDS.refreshViews, () => {
      // Refresh reads everything again, at once: the records cache forgets what it kept first.
      // (Debounced like a file change, a Refresh pressed again and again would never happen.)
      clearTimeout(timer);
      void runtime()
        .then(
          (r) => r.records.clear(),
          () => undefined,
        )
        .then(refreshAll);
    }),
    {
      dispose: () =>
        void runtime().then(
          (r) => r.records.dispose(),
          () => undefined,
        ),
    },
    { dispose: () => clearTimeout(timer) },
  );
  setTimeout(() => void updateStatus(), 0);
  setTimeout(() => void updateBadges(), 0);
  return {
    badge: () => actionsView.badge?.value,
    statusText: () => (status.text === '' ? undefined : status.text),
  };
}

/** What the views show outside their trees, for the API that tests use. */
export interface ViewBadges {
  /** The Action Items (and Relationships) views' badge: overdue action items, or undefined. */
  badge(): number | undefined;
  /** The cadence status bar item's text, or undefined before it has one. */
  statusText(): string | undefined;
}
