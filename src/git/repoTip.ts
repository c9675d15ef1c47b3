import * as path from 'node:path';
import { GitError } from './gitError';
import { streamGit } from './streamGit';

const SHORT_CALL_MS = 10_000;

/** The repository holding a folder: its top, its current tip and how HEAD stands. */
export interface RepoTip {
  /** The work tree's top folder (absolute). */
  top: string;
  /** HEAD's full commit id; null when HEAD has no commit yet. */
  tip: string | null;
  /** A shallow clone (`rev-parse --is-shallow-repository`); undefined when git did not say. */
  shallow?: boolean;
  /**
   * HEAD names a commit rather than a ref. Undefined when HEAD has no commit yet: that one run
   * cannot tell, and only the history read asks (with `symbolic-ref`, as before).
   */
  detached?: boolean;
}

/**
 * The top, HEAD's commit, shallowness and whether HEAD is detached, for the repository holding
 * `dir`, in ONE git run: `rev-parse --is-shallow-repository --show-toplevel HEAD^{commit}
 * --symbolic-full-name HEAD --`. Finding repositories, keying a kept ranking and resolving the
 * history range all need these, and every process counts (spawning one blocks node while both
 * cores run git). Undefined when `dir` is in no work tree; throws GitError 'git-missing' (or
 * 'cancelled') when git cannot be run.
 *
 * The output is "shallow\ntop\nsha\nref\n--\n": the top folder may hold line breaks, so it is
 * whatever lies between the first line and the last three. `--symbolic-full-name HEAD` prints
 * the branch's full ref, or "HEAD" when detached. The trailing `--` ends the revisions, so a file
 * named HEAD in the work tree makes nothing ambiguous. Without a commit yet git fails after
 * printing the first two lines: then the tip is null.
 */
export async function repoTip(dir: string): Promise<RepoTip | undefined> {
  let text = '';
  let failed = false;
  try {
    await streamGit({
      cwd: dir,
      args: [
        'rev-parse',
        '--is-shallow-repository',
        '--show-toplevel',
        'HEAD^{commit}',
        '--symbolic-full-name',
        'HEAD',
        '--',
      ],
      onStdout: (t) => {
        if (text.length < 64 * 1024) text += t;
      },
      timeoutMs: SHORT_CALL_MS,
    });
  } catch (e) {
    if (e instanceof GitError && (e.kind === 'git-missing' || e.kind === 'cancelled')) throw e;
    // Exit 128 after the top: HEAD names no commit yet (a new repository). Anything else: none.
    failed = true;
  }
  return parseRepoTip(text, failed);
}

/** Reads repoTip's rev-parse output (`failed`: git exited non-zero). Exported for tests. */
export function parseRepoTip(output: string, failed: boolean): RepoTip | undefined {
  const lines = (output.endsWith('\n') ? output.slice(0, -1) : output).split('\n');
  const shallow = shallowOf(lines[0]);
  if (failed) {
    const top = lines.slice(1).join('\n');
    return top && path.isAbsolute(top) ? { top: path.resolve(top), tip: null, shallow } : undefined;
  }
  if (lines.length < 5 || lines[lines.length - 1] !== '--') return undefined;
  const tip = lines[lines.length - 3];
  const ref = lines[lines.length - 2];
  const top = lines.slice(1, -3).join('\n');
  if (!top || !path.isAbsolute(top) || !/^[0-9a-f]{40,64}$/.test(tip)) return undefined;
  return { top: path.resolve(top), tip, shallow, detached: ref === 'HEAD' };
}

function shallowOf(line: string | undefined): boolean | undefined {
  return line === 'true' ? true : line === 'false' ? false : undefined;
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
