import type * as vscode from 'vscode';
import { actionCodeLenses } from './actionCodeLenses';
import { updateCadenceStatusBar } from './cadenceStatusBar';
import { CommandRunner } from './commands';
import { createServices } from './createServices';
import type { RecordDiagnostics } from './diagnostics/recordDiagnostics';
import { questionFixes } from './questionFixes';
import { commitText } from './topics/commitText';
import { actionItemNodes } from './views/actionItemsView';
import { learningTopicNodes } from './views/learningTopicsView';
import { questionNodes } from './views/questionsView';
import type { ViewNode } from './views/viewNode';

/** Everything behind the registered commands, listeners, views and lenses, built on first use. */
export interface Runtime {
  runCommand(id: string, args: unknown[]): Promise<unknown>;
  diagnostics: RecordDiagnostics;
  actionItems(): Promise<ViewNode[]>;
  questions(): Promise<ViewNode[]>;
  learningTopics(): Promise<ViewNode[]>;
  /** The text of a `mentoring-commit:` document: a commit's message, stats and diff. */
  commitText(uri: vscode.Uri): Promise<string>;
  codeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]>;
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
export function createRuntime(log: vscode.LogOutputChannel, extensionPath: string): Runtime {
  const services = createServices(log, extensionPath);
  const runner = new CommandRunner(services);
  const { locator } = services;
  return {
    runCommand: (id, args) => runner.run(id, args),
    diagnostics: services.diagnostics,
    actionItems: () => actionItemNodes(locator, services.now()),
    questions: () => questionNodes(locator),
    learningTopics: async () => learningTopicNodes(services.topics),
    commitText: (uri) => commitText(services, uri),
    questionFixes,
    codeLenses: (document) => actionCodeLenses(locator, document),
    updateStatusBar: (item) => updateCadenceStatusBar(locator, item, services.now()),
  };
}
