import * as vscode from 'vscode';
import { registerDashboard } from './vscode/dashboard/registerDashboard';
import { registerDiagnostics } from './vscode/diagnostics/registerDiagnostics';
import { lazy } from './vscode/lazy';
import { registerCommands } from './vscode/registerCommands';
import { registerViews } from './vscode/registerViews';
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
  const runtime = lazy(async () =>
    (await import('./vscode/runtime')).createRuntime(
      log,
      context.extensionPath,
      context.workspaceState,
      context.storageUri ?? context.globalStorageUri,
    ),
  );
  registerCommands(context, runtime);
  registerDiagnostics(context, runtime);
  registerViews(context, runtime);
  registerDashboard(context, runtime);
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return {
    version: String(context.extension.packageJSON.version),
    activationMs,
    validateAll: async () => (await runtime()).diagnostics.scanAll(),
    relationshipsTree: async () => toData(await (await runtime()).relationships()),
    learningTopicsTree: async () => toData(await (await runtime()).learningTopics()),
  };
}

function toData(nodes: readonly ViewNode[]): TreeData[] {
  return nodes.map((n) => ({
    label: typeof n.item.label === 'string' ? n.item.label : (n.item.label?.label ?? ''),
    description: typeof n.item.description === 'string' ? n.item.description : undefined,
    tooltip: typeof n.item.tooltip === 'string' ? n.item.tooltip : n.item.tooltip?.value,
    contextValue: n.item.contextValue,
    expanded: n.item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded,
    children: toData(n.children ?? []),
  }));
}

/** Nothing to do: every disposable is in context.subscriptions. */
export function deactivate(): void {}
