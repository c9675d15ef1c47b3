import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { atomicWrite } from './atomicWrite';

/**
 * Where the editor keeps a copy of the CLI for the pre-commit guard: a fixed, unversioned place
 * in the user's data folder (`$XDG_DATA_HOME/mentoring-journal/cli.js`, by default
 * `~/.local/share/mentoring-journal/cli.js`), which the hook looks up with the same rule. The
 * extension's own folder carries its version and moves on every update; this does not.
 */
export function stableCliPath(env: NodeJS.ProcessEnv = process.env): string {
  const data = env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(data, 'mentoring-journal', 'cli.js');
}

/** The bundle the CLI's entry requires for every verb, next to it (scripts/build.mjs). */
export const CLI_MAIN = 'cli-main.js';

/**
 * Copies the bundled CLI (`source`, dist/cli.js, and the verbs' bundle next to it) to
 * stableCliPath's folder, each file atomically, the verbs' bundle first: a commit running at the
 * same moment finds an entry whose bundle is there. Returns the entry's path.
 */
export function refreshStableCli(source: string, env: NodeJS.ProcessEnv = process.env): string {
  const target = stableCliPath(env);
  const main = path.join(path.dirname(source), CLI_MAIN);
  // An older build was one self-contained file; the entry of a split build needs its bundle.
  if (fs.existsSync(main))
    atomicWrite(path.join(path.dirname(target), CLI_MAIN), fs.readFileSync(main));
  atomicWrite(target, fs.readFileSync(source));
  return target;
}
