import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Where the CLI keeps its history cache, outside every working tree:
 * $MENTORING_JOURNAL_CACHE_DIR (tests, or a chosen place), else $XDG_CACHE_HOME/mentoring-journal,
 * else ~/.cache/mentoring-journal. Relative values are ignored, as the XDG rules say.
 */
export function historyCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const own = env.MENTORING_JOURNAL_CACHE_DIR;
  if (own && path.isAbsolute(own)) return own;
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, 'mentoring-journal');
}
