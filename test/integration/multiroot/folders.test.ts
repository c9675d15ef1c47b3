// The multi-root configuration (scripts/realvscode/run.mjs): a .code-workspace with two git
// repositories, team-a and team-b, both with records.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateExtension } from '../helpers';

describe('A multi-root workspace', () => {
  it('has the two workspace folders team-a and team-b, in that order', () => {
    const names = (vscode.workspace.workspaceFolders ?? []).map((f) => f.name);
    assert.deepStrictEqual(names, ['team-a', 'team-b']);
    assert.ok(vscode.workspace.workspaceFile, 'no .code-workspace file is open');
  });

  it('activates the extension', async () => {
    const { extension } = await activateExtension();
    assert.ok(extension.isActive);
  });
});
