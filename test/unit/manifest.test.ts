import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configSchema } from '../../src/vscode/configSchema';
import { COMMANDS, CONFIG_SECTION } from '../../src/vscode/ids';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const table = fs.readFileSync(path.join(root, 'src/vscode/commands/index.ts'), 'utf8');

describe('package.json and the code agree', () => {
  const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
  const ids = Object.values(COMMANDS) as string[];

  it('contributes exactly the commands named in ids.ts', () => {
    assert.deepEqual([...contributed].sort(), [...ids].sort());
  });

  it('registers every command id in the one command table', () => {
    for (const key of Object.keys(COMMANDS))
      assert.match(table, new RegExp(`\\[COMMANDS\\.${key}\\]`), key);
  });

  it('puts every command in the Mentoring category with a title', () => {
    for (const c of pkg.contributes.commands) {
      assert.equal(c.category, 'Mentoring', c.command);
      assert.ok(c.title && c.title.length > 3, c.command);
    }
  });

  it('activates on every command and on a workspace with records', () => {
    for (const id of ids) assert.ok(pkg.activationEvents.includes(`onCommand:${id}`), id);
    assert.ok(pkg.activationEvents.includes('workspaceContains:**/mentoring/*/plan.md'));
  });

  it('contributes exactly the settings of the config schema, with the same defaults', () => {
    const props = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
    const schemaKeys = Object.keys(configSchema.shape).map((k) => `${CONFIG_SECTION}.${k}`);
    assert.deepEqual(Object.keys(props).sort(), schemaKeys.sort());
    const defaults = configSchema.parse({}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(defaults))
      assert.deepEqual(props[`${CONFIG_SECTION}.${key}`].default, value, key);
  });

  it('names the product, publisher, engine and CLI as the Foundation issue says', () => {
    assert.equal(pkg.name, 'mentoring-journal');
    assert.equal(pkg.displayName, 'Mentoring Journal');
    assert.equal(pkg.publisher, 'mentoring-journal');
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.engines.vscode, '^1.90.0');
    assert.match(pkg.devDependencies['@types/vscode'], /1\.90\./);
    assert.equal(pkg.bin['mentoring-journal'], 'dist/cli.js');
  });
});
