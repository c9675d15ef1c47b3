// The l10n wiring as the real extension host sees it (in English: code-server resolves any locale
// without an installed language pack to "en", so the pseudo-locale itself is tested in the unit
// and CLI tiers).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

describe('Localisation in the real extension host', () => {
  it("resolves the manifest's %key% strings through package.nls.json", async () => {
    const { extension } = await activateExtension();
    const pkg = extension.packageJSON as {
      l10n?: string;
      displayName: string;
      contributes: { commands: { command: string; title: string; category: string }[] };
    };
    assert.strictEqual(pkg.l10n, './l10n');
    assert.strictEqual(pkg.displayName, 'Mentoring Journal');
    const setUp = pkg.contributes.commands.find((c) => c.command === 'mentoring.setUp');
    assert.deepStrictEqual(
      [setUp?.title, setUp?.category],
      ['Set Up Mentoring Records', 'Mentoring'],
    );
    assert.ok(pkg.contributes.commands.every((c) => !/%/.test(c.title + c.category)));
  });

  it('ships package.nls.json but neither the English source bundle nor the pseudo-locale (a test locale)', async () => {
    const { extension } = await activateExtension();
    const exists = async (file: string) =>
      vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, file)).then(
        () => true,
        () => false,
      );
    assert.strictEqual(await exists('package.nls.json'), true);
    for (const file of [
      'l10n/bundle.l10n.json',
      'l10n/bundle.l10n.qps-ploc.json',
      'package.nls.qps-ploc.json',
    ])
      assert.strictEqual(await exists(file), false, file);
  });

  it('runs in English here, where no language pack is installed', () => {
    assert.strictEqual(vscode.env.language, 'en');
  });
});
