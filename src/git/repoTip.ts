import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { TipState } from '../core/topics/tipState';
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
   * What the repository's tags point at, as a short digest of `rev-parse --tags`; undefined when
   * it has none. A tag made or moved changes it while HEAD stays: a kept ranking names releases
   * by their tags, so its key holds this beside the tip.
   */
  tags?: string;
  /**
   * HEAD names a commit rather than a ref. Undefined when HEAD has no commit yet, or when a ref
   * named HEAD (refs/heads/HEAD) makes git call HEAD ambiguous: that one run cannot tell, and
   * only the history read asks (with `symbolic-ref`, as before).
   */
  detached?: boolean;
}

/**
 * The top, HEAD's commit, shallowness, whether HEAD is detached and a digest of the tags, for the
 * repository holding `dir`, in ONE git run: `rev-parse --is-shallow-repository --show-toplevel
 * --tags HEAD^{commit} --symbolic-full-name HEAD --`. Finding repositories, keying a kept ranking and resolving the
 * history range all need these, and every process counts (spawning one blocks node while both
 * cores run git). Undefined when `dir` is in no work tree; throws GitError 'git-missing' (or
 * 'cancelled') when git cannot be run.
 *
 * The output is "shallow\ntop\ntag...\nsha\nref\n--\n" (`--tags` before
 * `--symbolic-full-name`, which would name the tags instead of giving their object names): the
 * top folder may hold line breaks, so it is whatever lies between the first line and the run of
 * object names that ends with the tip. `--symbolic-full-name HEAD` prints the branch's full ref,
 * or "HEAD" when detached. The trailing `--` ends the revisions, so a file
 * named HEAD in the work tree makes nothing ambiguous. Without a commit yet git fails after
 * printing the first two lines (and the tags, on an unborn branch of a repository that has
 * some): then the tip is null.
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
        '--tags',
        'HEAD^{commit}',
        '--symbolic-full-name',
        'HEAD',
        '--',
      ],
      onStdout: (t) => {
        // A repository may have tens of thousands of tags: 40 MB of them is far more than any.
        if (text.length < 40 * 1024 * 1024) text += t;
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
    // An unborn branch in a repository with tags: the tags came before HEAD^{commit} failed.
    let end = lines.length;
    while (end > 2 && OBJECT_NAME.test(lines[end - 1])) end--;
    const top = lines.slice(1, end).join('\n');
    return top && path.isAbsolute(top) ? { top: path.resolve(top), tip: null, shallow } : undefined;
  }
  if (lines.length < 4 || lines[lines.length - 1] !== '--') return undefined;
  // A ref named HEAD beside .git/HEAD (refs/heads/HEAD, refs/tags/HEAD): HEAD^{commit} is still
  // .git/HEAD's, but `--symbolic-full-name HEAD` calls HEAD ambiguous and prints nothing, so
  // the line before `--` is the tip. A ref name is never an object name; detachment is unsaid.
  const named = !OBJECT_NAME.test(lines[lines.length - 2]);
  const tipAt = lines.length - (named ? 3 : 2);
  const tip = lines[tipAt];
  // The tags' object names run back from just before the tip to the top folder's last line.
  let first = tipAt;
  while (first > 2 && OBJECT_NAME.test(lines[first - 1])) first--;
  const top = lines.slice(1, first).join('\n');
  if (!top || !path.isAbsolute(top) || !OBJECT_NAME.test(tip)) return undefined;
  const tags = lines.slice(first, tipAt);
  return {
    top: path.resolve(top),
    tip,
    shallow,
    ...(named ? { detached: lines[lines.length - 2] === 'HEAD' } : {}),
    ...(tags.length > 0 ? { tags: digestOf(tags) } : {}),
  };
}

const OBJECT_NAME = /^[0-9a-f]{40,64}$/;

/** A short digest of the tags' object names (in ref order), and how many there are. */
function digestOf(tags: readonly string[]): string {
  const hash = createHash('sha1');
  for (const t of tags) hash.update(`${t}\n`);
  return `${tags.length}:${hash.digest('hex').slice(0, 16)}`;
}

function shallowOf(line: string | undefined): boolean | undefined {
  return line === 'true' ? true : line === 'false' ? false : undefined;
}

/**
 * The states of the repositories at `tops` (GitPort.tips): those in `known` (read when the
 * repositories were found) without asking git again, the others with one git run each.
 */
export function tipsOf(
  tops: readonly string[],
  known: ReadonlyMap<string, TipState> = new Map(),
): Promise<(TipState | undefined)[]> {
  return Promise.all(
    tops.map(async (top) => known.get(top) ?? stateOf(await repoTip(top).catch(() => undefined))),
  );
}

/** A repository's state (tip and tags digest) from what repoTip read. */
export function stateOf(head: RepoTip | undefined): TipState | undefined {
  if (head === undefined) return undefined;
  return head.tags !== undefined ? { tip: head.tip, tags: head.tags } : { tip: head.tip };
}
