import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hardCodedStrings, type HardCoded, type Scope } from '../support/hardCodedStrings';

const root = path.resolve(__dirname, '../../..');

/** Every .ts file under a folder of src/, relative to the project root. */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

const SCOPES: [string, Scope][] = [
  ['src/vscode', 'ui'],
  ['src/workflows', 'ui'],
  ['src/cli', 'ui'],
  ['src/core', 'core'],
];

function scan(): HardCoded[] {
  const found = SCOPES.flatMap(([dir, scope]) =>
    sources(dir).flatMap((f) => hardCodedStrings(f, fs.readFileSync(path.join(root, f), 'utf8'), scope)),
  );
  found.push(...hardCodedStrings('src/extension.ts', fs.readFileSync(path.join(root, 'src/extension.ts'), 'utf8')));
  return found;
}

const listed = (found: HardCoded[]) =>
  found.map((h) => `${h.file}:${h.line} ${h.sink}: ${h.text.slice(0, 90)}`).join('\n');

describe('l10n coverage: no UI string is left hard-coded', () => {
  it('finds no literal UI string outside l10n in src/vscode, src/workflows, src/cli and core problems', () => {
    const found = scan();
    assert.equal(found.length, 0, `${found.length} hard-coded UI string(s); wrap each in vscode.l10n.t (src/vscode) or t (core/l10n):\n${listed(found)}`);
  });
});
