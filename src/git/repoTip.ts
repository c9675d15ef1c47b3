import * as path from 'node:path';
import { GitError } from './gitError';
import { streamGit } from './streamGit';

const SHORT_CALL_MS = 10_000;

/** The repository holding a folder: its top and its current tip. */
export interface RepoTip {
  /** The work tree's top folder (absolute). */
  top: string;
  /** HEAD's full commit id; null when HEAD has no commit yet. */
  tip: string | null;
}

/**
 * The top and HEAD's commit of the repository holding `dir`, in one git run (`rev-parse
 * --show-toplevel --verify HEAD^{commit}`: finding repositories and keying a kept ranking need
 * both, and every process counts on a warm run). Undefined when `dir` is in no work tree; throws
 * GitError 'git-missing' when git cannot be run.
 */
export async function repoTip(dir: string): Promise<RepoTip | undefined> {
  let text = '';
  let failed = false;
  try {
    await streamGit({
      cwd: dir,
      args: ['rev-parse', '--show-toplevel', '--verify', '--quiet', 'HEAD^{commit}'],
      onStdout: (t) => {
        if (text.length < 64 * 1024) text += t;
      },
      timeoutMs: SHORT_CALL_MS,
    });
  } catch (e) {
    if (e instanceof GitError && (e.kind === 'git-missing' || e.kind === 'cancelled')) throw e;
    // Exit 1 after the top: HEAD names no commit yet (a new repository). Anything else: none.
    failed = true;
  }
  const [top, tip] = text.split('\n');
  if (!top || !path.isAbsolute(top)) return undefined;
  if (failed) return { top: path.resolve(top), tip: null };
  return /^[0-9a-f]{40,64}$/.test(tip ?? '') ? { top: path.resolve(top), tip } : undefined;
}

/**
 * The tips of the repositories at `tops` (GitPort.tips): those in `known` (read when the
 * repositories were found) without asking git again, the others with one git run each.
 */
export function tipsOf(
  tops: readonly string[],
  known: ReadonlyMap<string, string | null> = new Map(),
): Promise<(string | null | undefined)[]> {
  return Promise.all(
    tops.map(async (top) =>
      known.has(top) ? known.get(top) : (await repoTip(top).catch(() => undefined))?.tip,
    ),
  );
}
