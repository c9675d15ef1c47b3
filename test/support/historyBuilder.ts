/**
 * A small builder of HistoryData for the topic tests: they build their histories by hand so that
 * each signal has exactly one cause.
 */
import type { Commit, FileChange, HistoryData } from '../../src/core/topics/historyData';

/** "Now" in the topic tests: 2026-03-01T00:00:00Z. */
export const NOW = Date.UTC(2026, 2, 1) / 1000;

/** Seconds in a day. */
export const DAY = 86_400;

/** A file change: a path (a 10-line change), a path and its lines, or a whole FileChange. */
export type FileSpec = string | [path: string, added: number, deleted?: number] | FileChange;

/** What a test says about a commit; everything else gets a plain default. */
export interface CommitSpec {
  /** Distinct per commit; a 40-hex sha is built from it. */
  n: number;
  /** Days before NOW. */
  daysAgo?: number;
  subject?: string;
  body?: string;
  files?: FileSpec[];
  coAuthors?: string[];
  goalRefs?: string[];
  /** Committer time in seconds since the epoch (a series applied at once shares one). */
  commitTime?: number;
  /** Trailers as git reads them from the message ("Reviewed-by", "Name <email>"). */
  trailers?: [key: string, value: string][];
  /** The author, when not Alex (a bot, another address). */
  author?: { name: string; email: string };
}

/** A full 40-hex sha from a small number, readable in failures: 0000...0012 for 12. */
export function sha(n: number): string {
  return n.toString(16).padStart(40, '0');
}

/** One commit of the mentee Alex. */
export function commit(spec: CommitSpec): Commit {
  const time = NOW - (spec.daysAgo ?? 1) * DAY;
  return {
    sha: sha(spec.n),
    parents: [sha(spec.n + 100_000)],
    authorName: spec.author?.name ?? 'Alex',
    authorEmail: spec.author?.email ?? 'alex@example.com',
    time,
    date: new Date(time * 1000).toISOString().slice(0, 10),
    subject: spec.subject ?? `Change ${spec.n}`,
    body: spec.body ?? '',
    coAuthors: spec.coAuthors ?? [],
    goalRefs: spec.goalRefs ?? [],
    files: (spec.files ?? []).map(fileChange),
    ...(spec.commitTime !== undefined ? { commitTime: spec.commitTime } : {}),
    ...(spec.trailers !== undefined
      ? { trailers: spec.trailers.map(([key, value]) => ({ key, value })) }
      : {}),
  };
}

/** A FileChange from a FileSpec: a bare path is a 10-line change. */
function fileChange(spec: FileSpec): FileChange {
  if (typeof spec === 'string') return { path: spec, added: 10, deleted: 0, binary: false };
  if (!Array.isArray(spec)) return spec;
  const [path, added, deleted = 0] = spec;
  return { path, added, deleted, binary: false };
}

/** A file renamed (or moved) from `from` to `to`, a pure move unless lines are given. */
export function moved(from: string, to: string, added = 0, deleted = 0): FileChange {
  return { path: to, oldPath: from, added, deleted, binary: false };
}

/** A history read: commits newest first (sorted here by time), the rest empty unless given. */
export function history(
  commits: Commit[],
  more: Partial<Omit<HistoryData, 'earlier'>> & {
    earlier?: string[];
    earlierCommits?: number;
  } = {},
): HistoryData {
  const { earlier = [], earlierCommits, ...rest } = more;
  return {
    range: { since: '2026-02-01', until: '2026-02-28' },
    commits: [...commits].sort((a, b) => b.time - a.time),
    earlier: { paths: new Set(earlier), commits: earlierCommits ?? (earlier.length > 0 ? 10 : 0) },
    dependencyAdds: [],
    experts: [],
    docs: [],
    partial: false,
    notes: [],
    ...rest,
  };
}
