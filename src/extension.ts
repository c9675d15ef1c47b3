import * as vscode from 'vscode';
import { registerCommands } from './vscode/commands';
import { RecordDiagnostics } from './vscode/diagnostics/recordDiagnostics';
import { GitFacts } from './vscode/gitFacts';
import { RecordsLocator } from './vscode/recordsLocator';
import type { Services } from './vscode/services';

/** What `activate` returns: a small API for tests and other extensions. */
export interface MentoringApi {
  version: string;
  /** Milliseconds `activate` took, measured inside the extension host. */
  activationMs: number;
  /** Re-checks every records file and resolves when the Problems panel is up to date. */
  validateAll(): Promise<void>;
}

/** Builds the services once, registers commands and diagnostics; does no other work. */
export function activate(context: vscode.ExtensionContext): MentoringApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Mentoring Journal', { log: true });
  const locator = new RecordsLocator();
  const diagnostics = new RecordDiagnostics(locator);
  const services: Services = { locator, git: new GitFacts(), diagnostics, log, now: () => new Date() };
  context.subscriptions.push(log, diagnostics);
  registerCommands(context, services);
  diagnostics.start();
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return {
    version: String(context.extension.packageJSON.version),
    activationMs,
    validateAll: () => diagnostics.scanAll(),
  };
}

/** Nothing to do: every disposable is in context.subscriptions. */
export function deactivate(): void {}
