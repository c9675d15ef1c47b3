import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  waitForDiagnostics,
  workspaceRoot,
} from './helpers';

const fromMentoring =
  (severity: vscode.DiagnosticSeverity) => (diagnostics: readonly vscode.Diagnostic[]) =>
    diagnostics.some((d) => d.source === 'mentoring' && d.severity === severity);

describe('Diagnostics on records files', () => {
  const dir = (): string => path.join(workspaceRoot(), 'mentoring', 'broken-yaml');
  const planPath = (): string => path.join(dir(), 'plan.md');

  before(async () => {
    await activateExtension();
  });
  after(closeAllEditorsWithoutSaving);

  it('reports an error from "mentoring" on a plan.md whose front matter is not valid YAML', async () => {
    // Written through VS Code's file system API, so the workbench knows the file's version
    // before the editor opens it.
    const uri = vscode.Uri.file(planPath());
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.join(dir(), 'sessions')));
    await vscode.workspace.fs.writeFile(
      uri,
      Buffer.from(
        [
          '---',
          'mentee: Broken Yaml',
          'mentors: [Sam Chen',
          'started: 2026-09-01',
          '---',
          '# Mentoring plan: Broken Yaml',
          '',
          '## Goals',
          '',
        ].join('\n'),
      ),
    );
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diagnostics = await waitForDiagnostics(
      doc.uri,
      fromMentoring(vscode.DiagnosticSeverity.Error),
    );
    const error = diagnostics.find(
      (d) => d.source === 'mentoring' && d.severity === vscode.DiagnosticSeverity.Error,
    );
    assert.ok(error);
    // The problem is inside the front matter (lines 0-4), not somewhere arbitrary.
    assert.ok(
      error.range.start.line <= 4,
      `error placed at line ${error.range.start.line}: ${error.message}`,
    );
  });

  it('clears the error once the front matter is fixed in the editor, before any save', async () => {
    const doc = await vscode.workspace.openTextDocument(planPath());
    // Only meaningful when the error is there to begin with.
    await waitForDiagnostics(doc.uri, fromMentoring(vscode.DiagnosticSeverity.Error));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, doc.lineAt(2).range, 'mentors: [Sam Chen]');
    assert.ok(await vscode.workspace.applyEdit(edit), 'the fix was not applied');
    // Diagnostics follow the document, not the file: no save needed (the edit is reverted after).
    await waitForDiagnostics(doc.uri, (ds) => !fromMentoring(vscode.DiagnosticSeverity.Error)(ds));
  });
});
