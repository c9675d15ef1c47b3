import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configSchema } from '../../src/core/settings/settingsSchema';
import { COMMANDS, CONFIG_SECTION, VIEW_CONTAINER, VIEWS } from '../../src/vscode/ids';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
/** A manifest string as VS Code shows it in English: `%key%` looked up in package.nls.json. */
const english = (value: string) => value.replace(/^%(.+)%$/, (_, key: string) => nls[key]);
const table = fs.readFileSync(path.join(root, 'src/vscode/commands/index.ts'), 'utf8');

describe('package.json and the code agree', () => {
  const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
  const ids = Object.values(COMMANDS) as string[];

  it('contributes exactly the commands named in ids.ts', () => {
    assert.deepEqual([...contributed].sort(), [...ids].sort());
  });

  it('registers every command id in the one command table (refreshViews lives with the views)', () => {
    for (const key of Object.keys(COMMANDS)) {
      if (key === 'refreshViews') continue;
      assert.match(table, new RegExp(`\\[COMMANDS\\.${key}\\]`), key);
    }
  });

  it('contributes exactly the views named in ids.ts, in the Mentoring container', () => {
    const views = pkg.contributes.views[VIEW_CONTAINER].map((v: { id: string }) => v.id);
    assert.deepEqual([...views].sort(), [...Object.values(VIEWS)].sort());
    assert.equal(pkg.contributes.viewsContainers.activitybar[0].id, VIEW_CONTAINER);
    assert.ok(fs.existsSync(path.join(root, pkg.contributes.viewsContainers.activitybar[0].icon)));
  });

  it('names only contributed commands in menus', () => {
    for (const entries of Object.values(pkg.contributes.menus) as { command: string }[][]) {
      for (const e of entries) assert.ok(contributed.includes(e.command), e.command);
    }
  });

  it('puts every command in the Mentoring category with a title', () => {
    for (const c of pkg.contributes.commands) {
      assert.equal(english(c.category), 'Mentoring', c.command);
      assert.ok(c.title && english(c.title)?.length > 3, c.command);
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
    assert.equal(english(pkg.displayName), 'Mentoring Journal');
    assert.equal(pkg.publisher, 'mentoring-journal');
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.engines.vscode, '^1.90.0');
    assert.match(pkg.devDependencies['@types/vscode'], /1\.90\./);
    assert.equal(pkg.bin['mentoring-journal'], 'dist/cli.js');
  });
});
