import * as fs from 'node:fs';
import { isPrivatePath } from '../core/records/privatePath';
import { runGit } from './runGit';

/** How a file under the records root differs from the last commit. */
export type RecordChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'untracked';

/** One changed or untracked file under the records root. */
export interface RecordChange {
  /** Relative to the repository's top, with "/" separators. */
  path: string;
  /** Relative to the records root, with "/" separators. */
  rootRelative: string;
  /** 'renamed' is never produced: status runs with --no-renames, so each side stands alone. */
  status: RecordChangeStatus;
}

/**
 * Changed and untracked files under the records root (git status --porcelain=v1 -z
 * --untracked-files=all -- <root>), never a private path, never an ignored file. An empty list
 * when the root does not exist yet. Throws GitError ('git-missing', 'failed').
 */
export async function recordChanges(recordsRoot: string): Promise<RecordChange[]> {
  if (!fs.existsSync(recordsRoot)) return [];
  // The root's place in the repository, from git itself: no realpath or case games with `top`.
  const prefix = (await runGit(recordsRoot, ['rev-parse', '--show-prefix'])).trim();
  const out = await runGit(recordsRoot, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--ignored=no',
    '--',
    '.',
  ]);
  const changes: RecordChange[] = [];
  for (const entry of out.split('\0')) {
    if (entry.length < 4) continue;
    const xy = entry.slice(0, 2);
    const file = entry.slice(3);
    // A nested repository shows as its folder ("sub/"): it is not ours to commit.
    if (file.endsWith('/') || !file.startsWith(prefix)) continue;
    const rootRelative = file.slice(prefix.length);
    if (isPrivatePath(rootRelative)) continue;
    const status = statusOf(xy);
    if (status) changes.push({ path: file, rootRelative, status });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function statusOf(xy: string): RecordChangeStatus | undefined {
  if (xy === '??') return 'untracked';
  const [x, y] = xy;
  // Staged as new, then deleted from disk: nothing to commit against HEAD.
  if (x === 'A' && y === 'D') return undefined;
  if (x === 'A') return 'added';
  if (x === 'D' || y === 'D') return 'deleted';
  if (x === 'R' || y === 'R') return 'renamed';
  return 'modified';
}
