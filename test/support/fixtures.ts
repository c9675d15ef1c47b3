// Reads the named fixtures in test/fixtures. Tests run from out/test/..., and fixtures are not
// copied there, so the path is found from the repository's top.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository's top folder (the one with package.json). */
export const REPO_TOP = findTop(__dirname);

/** The folder of the named fixtures. */
export const FIXTURES = path.join(REPO_TOP, 'test', 'fixtures');

/** A fixture's exact bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return fs.readFileSync(path.join(FIXTURES, name));
}

/** A fixture's text (UTF-8, byte order mark removed). Use fixtureBytes for byte-level cases. */
export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8').replace(/^\uFEFF/, '');
}

function findTop(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
