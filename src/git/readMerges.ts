import { markMergedBy, type FirstParentMerge } from '../core/topics/mergedBy';
import type { Commit } from '../core/topics/historyData';
import type { LogRunner } from './logRunner';

/** Which part of the history may hold the merges that brought the range's commits in. */
export interface MergesRead {
  run: LogRunner;
  /** The range's revisions (`<from>..<tip>` or `<tip>`). */
  revisions: readonly string[];
  /** Date limits (git's `--since=` / `--until=` arguments): the range's, with a margin after it. */
  dateArgs: readonly string[];
}

/** A pull request merged this long after the range's end still tells its commits' story. */
export const MERGE_MARGIN_DAYS = 60;

/** The merges on HEAD's first-parent line (newest first) and the parents of every commit. */
export interface MergeLine {
  merges: FirstParentMerge[];
  parentsOf: Map<string, string[]>;
}

/**
 * What markMergedBy needs to mark the mentee's commits with the merge on HEAD's first-parent
 * line that brought each in. It needs nothing from the mentee's reads, so it runs beside them. One `git log --first-parent --merges` over the range lists those merges (a
 * walk of the first-parent line with a few lines of output: on a history without merges that
 * is all it costs); only when there are some, one `git log --format=%H %P` of the same window
 * (no diffs) gives every commit's parents, so the walk from each merge's second parent is done
 * here in one pass instead of one `git rev-list` per merge.
 */
export async function readMergeLine(read: MergesRead): Promise<MergeLine> {
  const merges: FirstParentMerge[] = [];
  await read.run(
    [
      'log',
      '--first-parent',
      '--merges',
      '--format=%H %P%x00%s',
      ...read.dateArgs,
      '--end-of-options',
      ...read.revisions,
      '--',
    ],
    lines((line) => {
      const [names, subject = ''] = line.split('\0');
      const [sha, ...parents] = names.split(' ').filter((n) => n !== '');
      if (sha !== undefined && parents.length > 1) merges.push({ sha, parents, subject });
    }),
  );
  const parentsOf = new Map<string, string[]>();
  if (merges.length === 0) return { merges, parentsOf };
  await read.run(
    ['log', '--format=%H %P', ...read.dateArgs, '--end-of-options', ...read.revisions, '--'],
    parentLines(parentsOf),
  );
  return { merges, parentsOf };
}

/** Marks `commits` (read fresh) with the merge that brought each in, from `line`. */
export function markFromLine(commits: readonly Commit[], line: MergeLine): void {
  markMergedBy(commits, line.merges, line.parentsOf);
}

/**
 * Fills `parentsOf` from `git log --format=%H %P` as it streams: each line is an object name and
 * its parents, one space apart. Read in place with indexOf, without splitting the chunk into
 * lines or a line into words: on a 50k-commit history the window has ~17k lines (1.4 MB), and
 * the arrays splitting made cost half the parse.
 */
export function parentLines(parentsOf: Map<string, string[]>): (chunk: string) => void {
  let rest = '';
  return (chunk) => {
    const text = rest === '' ? chunk : rest + chunk;
    let at = 0;
    for (let eol = text.indexOf('\n'); eol >= 0; at = eol + 1, eol = text.indexOf('\n', at)) {
      let sp = text.indexOf(' ', at);
      if (sp < 0 || sp > eol) sp = eol;
      // An empty line, or one starting with a space, names no commit.
      if (sp === at) continue;
      const parents: string[] = [];
      for (let p = sp + 1; p < eol;) {
        let next = text.indexOf(' ', p);
        if (next < 0 || next > eol) next = eol;
        if (next > p) parents.push(text.slice(p, next));
        p = next + 1;
      }
      parentsOf.set(text.slice(at, sp), parents);
    }
    rest = text.slice(at);
  };
}

/** Hands each complete line of a stream to `onLine`, keeping a partial line for the next chunk. */
function lines(onLine: (line: string) => void): (text: string) => void {
  let rest = '';
  return (text) => {
    const parts = (rest + text).split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) if (p !== '') onLine(p);
  };
}
