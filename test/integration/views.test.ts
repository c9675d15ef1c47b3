// The Mentoring views from inside the extension host. Their TreeDataProvider is internal and the
// API has no way to read another extension's tree items, so what is checked here is what the
// host can reach: the container and views open, refreshing works, and the command a tree item
// runs (mentoring.openRecord) opens the home line. The items themselves, the welcome content and
// the status bar text are checked in the end-to-end tier, from the workbench's DOM.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  HISTORY_ITEMS,
  lineOf,
  setUpRelationshipWithHistory,
  workspaceRoot,
} from './helpers';

describe('The Mentoring views', () => {
  before(activateExtension);
  afterEach(closeAllEditorsWithoutSaving);

  it('contributes the Action Items and Queued Questions views, which open in the Mentoring container', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['mentoring.actionItems.focus', 'mentoring.questions.focus'])
      assert.ok(commands.includes(id), `${id} is missing: the view is not registered`);
    await vscode.commands.executeCommand('workbench.view.extension.mentoring');
    await vscode.commands.executeCommand('mentoring.actionItems.focus');
    await vscode.commands.executeCommand('mentoring.questions.focus');
  });

  it('refreshes the views on request without an error', async () => {
    await setUpRelationshipWithHistory('Zoe Views');
    await vscode.commands.executeCommand('workbench.view.extension.mentoring');
    await vscode.commands.executeCommand('mentoring.refreshViews');
  });

  it("opens an item's home line, as clicking it in the Action Items view does", async () => {
    const rel = await setUpRelationshipWithHistory('Zara Opens');
    const home = rel.sessions['2026-10-15'];
    const line = lineOf(home, HISTORY_ITEMS.open);
    const result = await vscode.commands.executeCommand<string>('mentoring.openRecord', {
      file: vscode.Uri.file(home).toString(),
      line,
    });
    assert.strictEqual(path.resolve(result), home);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'no editor opened');
    assert.strictEqual(editor.document.uri.fsPath, home);
    assert.strictEqual(editor.selection.active.line, line - 1);
  });

  it('refuses to open a file outside the mentoring records', async () => {
    const result = await vscode.commands.executeCommand('mentoring.openRecord', {
      file: path.join(workspaceRoot(), 'README.md'),
      line: 1,
    });
    assert.strictEqual(result, undefined);
  });
});
