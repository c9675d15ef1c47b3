import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../ids';
import type { Runtime } from '../runtime';

/**
 * Wires the events that keep diagnostics current. The first event loads the runtime; the first
 * full scan starts after activation has returned.
 */
export function registerDiagnostics(
  context: vscode.ExtensionContext,
  runtime: () => Promise<Runtime>,
): void {
  const run = (work: (r: Runtime) => unknown) => {
    runtime()
      .then(work)
      .then(undefined, (e: unknown) => console.error('[mentoring] diagnostics', e));
  };
  // Records, and the team's config.yml (checked like one).
  const watcher = vscode.workspace.createFileSystemWatcher('**/{*.md,config.yml}');
  // Deleting a folder is reported for the folder only: forget the problems of every file in it.
  const deletions = vscode.workspace.createFileSystemWatcher('**', true, true, false);
  context.subscriptions.push(
    deletions,
    deletions.onDidDelete((u) => run((r) => r.diagnostics.deleteUnder(u))),
    watcher,
    vscode.workspace.onDidOpenTextDocument((d) => run((s) => s.diagnostics.checkDocument(d))),
    vscode.workspace.onDidChangeTextDocument((e) => run((s) => s.diagnostics.schedule(e.document))),
    vscode.workspace.onDidCloseTextDocument((d) => run((s) => s.diagnostics.checkFile(d.uri))),
    vscode.languages.registerCodeActionsProvider(
      { language: 'markdown' },
      {
        // The runtime loads only for a line the question checker marked.
        provideCodeActions: async (document, _range, ctx) =>
          ctx.diagnostics.some(
            (d) => d.source === DIAGNOSTIC_SOURCE && /-question$/.test(String(d.code)),
          )
            ? (await runtime()).questionFixes(document, ctx.diagnostics)
            : [],
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (
        !e.affectsConfiguration('mentoring.root') &&
        !e.affectsConfiguration('mentoring.questionChecker')
      )
        return;
      run((s) => {
        s.diagnostics.clear();
        return s.diagnostics.scanAll();
      });
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => run((s) => s.diagnostics.scanAll())),
    watcher.onDidCreate((u) => run((s) => s.diagnostics.checkFile(u))),
    watcher.onDidChange((u) => run((s) => s.diagnostics.checkFile(u))),
    watcher.onDidDelete((u) => run((s) => s.diagnostics.delete(u))),
    { dispose: () => run((s) => s.diagnostics.dispose()) },
  );
  setTimeout(() => run((s) => s.diagnostics.scanAll()), 0);
}
