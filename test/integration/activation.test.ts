import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension } from './helpers';

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

describe('Activation', () => {
  it('activates and returns an API that reports the package version', async () => {
    const { extension, api } = await activateExtension();
    assert.strictEqual(extension.isActive, true);
    assert.ok(api, 'activate returned nothing');
    assert.strictEqual(typeof api.version, 'string');
    assert.strictEqual(api.version, (extension.packageJSON as { version: string }).version);
  });

  it('registers every command that package.json contributes', async () => {
    const { extension } = await activateExtension();
    const contributed: ContributedCommand[] =
      (extension.packageJSON as { contributes?: { commands?: ContributedCommand[] } }).contributes
        ?.commands ?? [];
    const ids = contributed.map((c) => c.command);
    for (const expected of ['mentoring.setUp', 'mentoring.newSession', 'mentoring.queueQuestion']) {
      assert.ok(
        ids.includes(expected),
        `package.json of ${EXTENSION_ID} does not contribute ${expected}`,
      );
    }
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = ids.filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('shows the three record commands in the palette as "Mentoring: <title>"', async () => {
    const { extension } = await activateExtension();
    const contributed: ContributedCommand[] =
      (extension.packageJSON as { contributes?: { commands?: ContributedCommand[] } }).contributes
        ?.commands ?? [];
    const byId = new Map(contributed.map((c) => [c.command, c]));
    const expected: Record<string, string> = {
      'mentoring.setUp': 'Set Up Mentoring Records',
      'mentoring.newSession': 'New Session Log',
      'mentoring.queueQuestion': 'Queue Question for Next Session',
    };
    for (const [id, title] of Object.entries(expected)) {
      assert.deepStrictEqual(
        { title: byId.get(id)?.title, category: byId.get(id)?.category },
        { title, category: 'Mentoring' },
        id,
      );
    }
  });
});
