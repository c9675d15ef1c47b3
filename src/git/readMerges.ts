import {
  markMergedBy,
  mergesBringing,
  type FirstParentMerge,
  type MergeRef,
} from '../core/topics/mergedBy';
import type { Commit, OwnMerge } from '../core/topics/historyData';
import { cleanLine } from './logParser';
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

/** A merge on HEAD's first-parent line, with who made it and when (after .mailmap). */
export interface LineMerge extends FirstParentMerge {
  authorName: string;
  authorEmail: string;
  /** Author time, seconds since the epoch. */
  time: number;
}

/** The merges on HEAD's first-parent line (newest first) and the parents of every commit. */
export interface MergeLine {
  merges: LineMerge[];
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
  const merges: LineMerge[] = [];
  await read.run(
    [
      'log',
      '--first-parent',
      '--merges',
      '--format=%H %P%x00%s%x00%aN%x00%aE%x00%at',
      ...read.dateArgs,
      '--end-of-options',
      ...read.revisions,
      '--',
    ],
    lines((line) => {
      const [names, subject = '', name = '', email = '', time = ''] = line.split('\0');
      const [sha, ...parents] = names.split(' ').filter((n) => n !== '');
      if (sha === undefined || parents.length < 2) return;
      merges.push({
        sha,
        parents,
        subject,
        authorName: cleanLine(name, 200),
        authorEmail: cleanLine(email, 200),
        time: Number(time) || 0,
      });
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
 * Which merge brought each of the mentee's commits in (mergesBringing), from their object names
 * alone: a cold read works it out from the range walk's pick while the numstat read of those
 * commits still runs, and marks them with it once they are in (markFrom). Undefined when one of
 * them is not in the merge line's window (its parents unknown): they are then marked once read
 * (markFromLine).
 */
export function broughtByLine(
  mentee: readonly string[],
  line: MergeLine,
): Map<string, MergeRef> | undefined {
  if (line.merges.length === 0) return new Map();
  const own = new Map<string, readonly string[]>();
  for (const sha of mentee) {
    const parents = line.parentsOf.get(sha);
    if (parents === undefined) return undefined;
    if (parents.length <= 1) own.set(sha, parents);
  }
  return mergesBringing(own, line.merges, line.parentsOf);
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

/** What readOwnMerges needs: the merge line's merges and whose and which of them to keep. */
export interface OwnMergesRead {
  /** A log over object names handed on standard input. */
  run: (args: string[], onStdout: (text: string) => void, stdin: string) => Promise<void>;
  merges: readonly LineMerge[];
  isMentee: (name: string, email: string) => boolean;
  /** The range's first and last second (author time), inclusive. */
  from: number;
  to: number;
}

/**
 * The mentee's own merges on HEAD's first-parent line inside the range, newest first, each with
 * the author of the tip it merged (its second parent), from one `git log --no-walk --stdin` of
 * those tips: whose work the mentee reviewed and merged, or which branch they kept in step.
 */
export async function readOwnMerges(read: OwnMergesRead): Promise<OwnMerge[]> {
  const own = read.merges.filter(
    (m) => m.time >= read.from && m.time <= read.to && read.isMentee(m.authorName, m.authorEmail),
  );
  if (own.length === 0) return [];
  const tips = new Map<string, { name: string; email: string }>();
  await read.run(
    ['log', '--no-walk=unsorted', '--stdin', '--format=%H%x00%aN%x00%aE', '--end-of-options', '--'],
    lines((line) => {
      const [sha, name = '', email = ''] = line.split('\0');
      tips.set(sha, { name: cleanLine(name, 200), email: cleanLine(email, 200) });
    }),
    // Full hex names from our own parse of git's output, one a line.
    `${[...new Set(own.map((m) => m.parents[1]))].join('\n')}\n`,
  );
  return own.map((m) => {
    const tip = tips.get(m.parents[1]);
    return {
      sha: m.sha,
      time: m.time,
      date: new Date(m.time * 1000).toISOString().slice(0, 10),
      subject: cleanLine(m.subject, 200),
      tipName: tip?.name ?? '',
      tipEmail: tip?.email ?? '',
      tipByMentee: tip !== undefined && read.isMentee(tip.name, tip.email),
    };
  });
}
