import * as vscode from 'vscode';
import { recordsMarkdownIt, type MarkdownItLike } from './core/preview/recordsMarkdownIt';
import { registerDashboard } from './vscode/dashboard/registerDashboard';
import { registerDiagnostics } from './vscode/diagnostics/registerDiagnostics';
import { registerLanguage } from './vscode/language/registerLanguage';
import { lazy } from './vscode/lazy';
import { registerCommands } from './vscode/registerCommands';
import { PreviewGoals } from './vscode/preview/previewGoals';
import { registerViews } from './vscode/registerViews';
import { scheduleReminders } from './vscode/reminders/scheduleReminders';
import { SessionTimer, sessionTimerStatusBar } from './vscode/sessionTimer';
import type { ViewNode } from './vscode/views/viewNode';

/** What `activate` returns: a small API for tests and other extensions. */
export interface MentoringApi {
  version: string;
  /** Milliseconds `activate` took, measured inside the extension host. */
  activationMs: number;
  /** Re-checks every records file and resolves when the Problems panel is up to date. */
  validateAll(): Promise<void>;
  /** The Relationships view's tree as plain data (label, description, contextValue, children). */
  relationshipsTree(): Promise<TreeData[]>;
  /** Called by VS Code's markdown preview: adds the records' goal, owner and due-date chips. */
  extendMarkdownIt<T extends MarkdownItLike>(md: T): T;
  /** The Action Items view's badge: the count of overdue action items, or undefined. */
  overdueBadge(): number | undefined;
  /** The cadence status bar item's text ("$(comment-discussion) Rosa Lind: 3d since last"). */
  cadenceStatusText(): string | undefined;
  /** The Learning Topics view's tree as plain data. */
  learningTopicsTree(): Promise<TreeData[]>;
}

/** A tree item as plain data, for tests and other extensions. */
export interface TreeData {
  label: string;
  description?: string;
  /** The tooltip as text (a markdown tooltip's source). */
  tooltip?: string;
  contextValue?: string;
  /** The file the item stands for (URI string), which gives it its file icon and git decorations. */
  resourceUri?: string;
  /** Whether a markdown tooltip may run command links or HTML (never, for records text). */
  tooltipTrusted?: boolean;
  expanded: boolean;
  children: TreeData[];
}

/**
 * Registers commands and listeners and returns. Everything behind them is in the runtime
 * (dist/runtime.js), loaded on the first command or event.
 */
export function activate(context: vscode.ExtensionContext): MentoringApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Mentoring Journal', { log: true });
  context.subscriptions.push(log);
  const timer = new SessionTimer(
    context.workspaceState,
    context.storageUri ?? context.globalStorageUri,
  );
  context.subscriptions.push(timer, sessionTimerStatusBar(timer, Date.now));
  const runtime = lazy(async () =>
    (await import('./vscode/runtime')).createRuntime(
      log,
      context.extensionPath,
      context.workspaceState,
      context.storageUri ?? context.globalStorageUri,
      context.globalState,
      timer,
      vscode.Uri.joinPath(context.globalStorageUri, 'history-cache').fsPath,
    ),
  );
  registerCommands(context, runtime);
  registerDiagnostics(context, runtime);
  const views = registerViews(context, runtime);
  registerDashboard(context, runtime);
  scheduleReminders(context);
  registerLanguage(context, runtime);
  const previewGoals = new PreviewGoals(runtime);
  context.subscriptions.push(
    previewGoals,
    vscode.workspace.onDidChangeTextDocument((e) => previewGoals.planChanged(e.document.uri)),
    vscode.workspace.onDidSaveTextDocument((d) => previewGoals.planChanged(d.uri)),
    // A record's editor comes before its preview: its goals are known when the preview renders.
    vscode.window.onDidChangeActiveTextEditor((e) => previewGoals.warm(e?.document.uri)),
  );
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return {
    version: String(context.extension.packageJSON.version),
    activationMs,
    validateAll: async () => (await runtime()).diagnostics.scanAll(),
    relationshipsTree: async () => toData(await (await runtime()).relationships()),
    extendMarkdownIt: (md) => recordsMarkdownIt(md, previewGoals),
    overdueBadge: () => views.badge(),
    cadenceStatusText: () => views.statusText(),
    learningTopicsTree: async () => toData(await (await runtime()).learningTopics()),
  };
}

function toData(nodes: readonly ViewNode[]): TreeData[] {
  return nodes.map((n) => ({
    label: typeof n.item.label === 'string' ? n.item.label : (n.item.label?.label ?? ''),
    description: typeof n.item.description === 'string' ? n.item.description : undefined,
    tooltip: typeof n.item.tooltip === 'string' ? n.item.tooltip : n.item.tooltip?.value,
    contextValue: n.item.contextValue,
    resourceUri: n.item.resourceUri?.toString(),
    tooltipTrusted:
      typeof n.item.tooltip === 'object'
        ? Boolean(n.item.tooltip.isTrusted) || Boolean(n.item.tooltip.supportHtml)
        : undefined,
    expanded: n.item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded,
    children: toData(n.children ?? []),
  }));
}

/** Nothing to do: every disposable is in context.subscriptions. */
export function deactivate(): void {}
