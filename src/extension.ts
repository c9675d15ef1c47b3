import * as vscode from 'vscode';
import { registerDiagnostics } from './vscode/diagnostics/registerDiagnostics';
import { lazy } from './vscode/lazy';
import { registerCommands } from './vscode/registerCommands';
import { registerViews } from './vscode/registerViews';

/** What `activate` returns: a small API for tests and other extensions. */
export interface MentoringApi {
  version: string;
  /** Milliseconds `activate` took, measured inside the extension host. */
  activationMs: number;
  /** Re-checks every records file and resolves when the Problems panel is up to date. */
  validateAll(): Promise<void>;
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
    (await import('./vscode/runtime')).createRuntime(log, context.extensionPath),
  );
  registerCommands(context, runtime);
  registerDiagnostics(context, runtime);
  registerViews(context, runtime);
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return {
    version: String(context.extension.packageJSON.version),
    activationMs,
    validateAll: async () => (await runtime()).diagnostics.scanAll(),
  };
}

/** Nothing to do: every disposable is in context.subscriptions. */
export function deactivate(): void {}
