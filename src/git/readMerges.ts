import type { Commit } from '../core/topics/historyData';
import { mergedByOf, type FirstParentMerge } from '../core/topics/mergedBy';
import type { LogRunner } from './logRunner';

/** Which part of the history may hold the merges that brought the range's commits in. */
export interface MergesRead {
  run: LogRunner;
  /** The range's revisions (`<from>..<tip>` or `<tip>`). */
  revisions: readonly string[];
  /** Date limits (git's `--since=` / `--until=` arguments): the range's, with a margin after it. */
  dateArgs: readonly string[];
  /** The range's first second, when it starts on a day. */
  since?: number;
}

/** A pull request merged this long after the range's end still tells its commits' story. */
export const MERGE_MARGIN_DAYS = 60;

/** HEAD's first-parent line in the window: its commits, and its merges newest first. */
export interface MergeLine {
  onLine: Set<string>;
  merges: FirstParentMerge[];
}

// More commits than this to look past makes the second read a window read, not a list.
const MAX_MISSING = 2_000;

/**
 * HEAD's first-parent line over the range: one `git log --first-parent` (a walk of that line
 * alone, a line per commit). It needs nothing from the mentee's reads, so it runs beside them.
 */
export async function readMergeLine(read: MergesRead): Promise<MergeLine> {
  const onLine = new Set<string>();
  const merges: FirstParentMerge[] = [];
  await read.run(
    [
      'log',
      '--first-parent',
      '--format=%H %P%x00%s',
      ...read.dateArgs,
      '--end-of-options',
      ...read.revisions,
      '--',
    ],
    lines((line) => {
      const [names, subject = ''] = line.split('\0');
      const [sha, ...parents] = names.split(' ').filter((n) => n !== '');
      if (sha === undefined) return;
      onLine.add(sha);
      if (parents.length > 1) merges.push({ sha, parents, subject });
    }),
  );
  return { onLine, merges };
}

/**
 * Marks the mentee's `commits` (read fresh) with the merge that brought each in (mergedByOf).
 * The mentee's commits carry their parents, so a pull request of theirs alone is walked with no
 * more git. Where a walk reaches someone else's commit (their commit in the branch, a merge of
 * main into it, the branch's base), one `git log --format=%H %P` of just what those commits reach
 * and the oldest merge's first parent does not gives the rest (with commit times: others' commits
 * from before the range are the branch's old base, not counted against the mentee's share), and
 * the walk runs again.
 */
export async function markMergedBy(
  read: MergesRead,
  commits: readonly Commit[],
  line: MergeLine,
): Promise<void> {
  if (line.merges.length === 0) return;
  let found = mergedByOf(commits, line.merges, line.onLine, new Map());
  if (found.missing.length > 0) {
    const parentsOf = new Map<string, string[]>();
    const before = new Set<string>();
    const oldest = line.merges[line.merges.length - 1].parents[0];
    const from =
      found.missing.length > MAX_MISSING ? [...read.revisions] : [...found.missing, `^${oldest}`];
    await read.run(
      [
        'log',
        '--format=%H %ct %P',
        ...(found.missing.length > MAX_MISSING ? read.dateArgs : []),
        '--end-of-options',
        ...from,
        '--',
      ],
      lines((text) => {
        const [sha, time, ...parents] = text.split(' ').filter((n) => n !== '');
        if (sha === undefined) return;
        parentsOf.set(sha, parents);
        if (read.since !== undefined && Number(time) < read.since) before.add(sha);
      }),
    );
    found = mergedByOf(commits, line.merges, line.onLine, parentsOf, before);
  }
  for (const c of commits) {
    const merge = found.marks.get(c.sha);
    if (merge !== undefined) c.merge = merge;
  }
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
