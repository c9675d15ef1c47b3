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

/**
 * Copies the bundled CLI (`source`, a single self-contained file) to stableCliPath, atomically,
 * so a commit running at the same moment sees the old copy or the new one, never half of one.
 * Returns the copy's path.
 */
export function refreshStableCli(source: string, env: NodeJS.ProcessEnv = process.env): string {
  const target = stableCliPath(env);
  atomicWrite(target, fs.readFileSync(source));
  return target;
}
