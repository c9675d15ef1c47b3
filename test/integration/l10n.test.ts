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

  it('ships the English and pseudo-locale bundles in the installed extension', async () => {
    const { extension } = await activateExtension();
    for (const file of [
      'l10n/bundle.l10n.json',
      'l10n/bundle.l10n.qps-ploc.json',
      'package.nls.qps-ploc.json',
    ]) {
      const bytes = await vscode.workspace.fs.readFile(
        vscode.Uri.joinPath(extension.extensionUri, file),
      );
      const bundle = JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, string>;
      assert.ok(Object.keys(bundle).length > 40, file);
    }
  });

  it('runs in English here, where no language pack is installed', () => {
    assert.strictEqual(vscode.env.language, 'en');
  });
});
