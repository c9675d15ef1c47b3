import type * as vscode from 'vscode';
import { actionCodeLenses } from './actionCodeLenses';
import { updateCadenceStatusBar } from './cadenceStatusBar';
import { CommandRunner } from './commands';
import { createServices } from './createServices';
import type { RecordDiagnostics } from './diagnostics/recordDiagnostics';
import { actionItemNodes } from './views/actionItemsView';
import { questionNodes } from './views/questionsView';
import type { ViewNode } from './views/viewNode';

/** Everything behind the registered commands, listeners, views and lenses, built on first use. */
export interface Runtime {
  runCommand(id: string, args: unknown[]): Promise<unknown>;
  diagnostics: RecordDiagnostics;
  actionItems(): Promise<ViewNode[]>;
  questions(): Promise<ViewNode[]>;
  codeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]>;
  updateStatusBar(item: vscode.StatusBarItem): Promise<void>;
}

/**
 * Builds the runtime. This module is its own bundle (dist/runtime.js), loaded by extension.ts on
 * the first command, event or view, so activation does not parse or run yaml, zod or simple-git.
 */
export function createRuntime(log: vscode.LogOutputChannel, extensionPath: string): Runtime {
  const services = createServices(log, extensionPath);
  const runner = new CommandRunner(services);
  const { locator } = services;
  return {
    runCommand: (id, args) => runner.run(id, args),
    diagnostics: services.diagnostics,
    actionItems: () => actionItemNodes(locator, services.now()),
    questions: () => questionNodes(locator),
    codeLenses: (document) => actionCodeLenses(locator, document),
    updateStatusBar: (item) => updateCadenceStatusBar(locator, item, services.now()),
  };
}
