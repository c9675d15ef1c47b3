// The cadence status bar item names the relationship in front: the active editor's, and with the
// focus in a markdown preview beside it (no active editor), still the record on screen rather
// than the relationship Switch Relationship chose earlier.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  closeAllEditorsWithoutSaving,
  eventually,
  setUpRelationship,
  writeSession,
} from './helpers';
import * as path from 'node:path';

describe('The cadence status bar item', function () {
  this.timeout(60_000);
  let api: { cadenceStatusText(): string | undefined };

  before(async () => {
    api = (await activateExtension()).api as unknown as typeof api;
  });
  afterEach(closeAllEditorsWithoutSaving);

  it('names the relationship of the record on screen while its preview has the focus', async () => {
    // The user switched to another relationship earlier: what a fallback would show.
    const other = await setUpRelationship({ mentee: 'Aaron Abbot', mentors: ['Sam Chen'] });
    await vscode.commands.executeCommand('mentoring.switchRelationship', {
      slug: path.basename(path.dirname(other)),
    });
    const plan = await setUpRelationship({ mentee: 'Zora Quist', mentors: ['Sam Chen'] });
    const slug = path.basename(path.dirname(plan));
    const log = writeSession(slug, '2026-10-02', ['- [ ] @zora Read the runbook']);
    await vscode.window.showTextDocument(vscode.Uri.file(log));
    await eventually('the status bar naming Zora Quist', async () =>
      api.cadenceStatusText()?.includes('Zora Quist:') ? true : undefined,
    );
    await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.file(log));
    await eventually('the preview with the focus', async () => {
      if (vscode.window.activeTextEditor === undefined) return true;
      await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
      return undefined;
    });
    assert.ok(
      vscode.window.visibleTextEditors.some((e) => e.document.uri.fsPath === log),
      'the log is still on screen',
    );
    // Give the status bar every chance to change, then read it.
    await vscode.commands.executeCommand('mentoring.refreshViews');
    const text = await eventually('a status bar reading after the refresh', async () => {
      await new Promise((r) => setTimeout(r, 300)); // a settle interval inside a deadline
      return api.cadenceStatusText();
    });
    assert.ok(text.includes('Zora Quist:'), text);
  });
});
