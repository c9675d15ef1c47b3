import * as fs from 'node:fs';
import { cliLocale } from './cliTranslator';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

/**
 * The running CLI as a kept ranking's key needs it: the package version, the running bundle's
 * size and modification time (a development rebuild keeps the version but changes the ranking)
 * and the language the CLI speaks (titles, notes and the basis are translated).
 */
export function cliCodeVersion(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): string {
  let build = 'unknown';
  try {
    // dist/cli-main.js in the bundle; the compiled module itself when run from out/.
    const stat = fs.statSync(__filename);
    build = `${stat.size}:${stat.mtimeMs}`;
  } catch {
    // A build that cannot be told apart keeps its own label; the version still differs.
  }
  return `${VERSION}|${build}|${cliLocale(argv, env)}`;
}
