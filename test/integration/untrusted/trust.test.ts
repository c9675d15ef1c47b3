// The untrusted configuration (scripts/realvscode/run.mjs): workspace trust is on and the folder
// is not trusted. The workspace holds the records of alex-rivera and a core.fsmonitor hook.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension } from '../helpers';

describe('An untrusted workspace', () => {
  it('is opened in restricted mode (vscode.workspace.isTrusted is false)', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  it('still activates the extension (it supports untrusted workspaces in a limited way)', async () => {
    const { extension } = await activateExtension();
    assert.ok(extension.isActive, `${EXTENSION_ID} is not active`);
  });
});
