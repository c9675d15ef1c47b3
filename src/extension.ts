import * as vscode from 'vscode';
import { registerCommands } from './vscode/commands';
import { registerDiagnostics } from './vscode/diagnostics/registerDiagnostics';
import { lazy } from './vscode/lazy';

/** What `activate` returns: a small API for tests and other extensions. */
export interface MentoringApi {
  version: string;
  /** Milliseconds `activate` took, measured inside the extension host. */
  activationMs: number;
  /** Re-checks every records file and resolves when the Problems panel is up to date. */
  validateAll(): Promise<void>;
}

/**
 * Registers commands and listeners and returns; the services behind them (records, git,
 * diagnostics) are built on first use, in a module loaded then.
 */
export function activate(context: vscode.ExtensionContext): MentoringApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Mentoring Journal', { log: true });
  context.subscriptions.push(log);
  const services = lazy(async () => (await import('./vscode/createServices')).createServices(log));
  registerCommands(context, services, log);
  registerDiagnostics(context, services);
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return {
    version: String(context.extension.packageJSON.version),
    activationMs,
    validateAll: async () => (await services()).diagnostics.scanAll(),
  };
}

/** Nothing to do: every disposable is in context.subscriptions. */
export function deactivate(): void {}
