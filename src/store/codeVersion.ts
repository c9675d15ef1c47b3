import * as fs from 'node:fs';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

/**
 * The running code as a kept ranking's key needs it: the package version, the running bundle's
 * size and modification time (a development rebuild keeps the version but may rank differently)
 * and the language shown (titles, notes and the basis are translated). `file` is the running
 * bundle (dist/cli-main.js, dist/runtime.js), or the compiled module itself when run from out/.
 */
export function codeVersion(language: string, file: string = __filename): string {
  let build = 'unknown';
  try {
    const stat = fs.statSync(file);
    build = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    // A build that cannot be told apart keeps this label; the version still differs.
  }
  return `${VERSION}|${build}|${language}`;
}
