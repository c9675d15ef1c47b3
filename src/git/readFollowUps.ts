import type { Commit, FileActivity, FollowUp } from '../core/topics/historyData';
import { LOG_NAMES_FORMAT_ARGS, LogParser } from './logParser';
import type { LogRunner } from './logRunner';
import { PatchLinesParser, type PatchLines } from './patchLines';

const DAY = 86_400;
/** A change to the same lines counts as a follow-up within this many days of the mentee's commit. */
export const SAME_LINES_DAYS = 14;
/** Others' activity in the mentee's files is counted over this many days up to the range's end. */
export const ACTIVITY_DAYS = 365;
// Patches are read only for this many (mentee commit, later commit) pairs, nearest in time first.
const MAX_PAIRS = 40;
// Candidates kept while streaming, before the nearest MAX_PAIRS are chosen.
const MAX_CANDIDATES = 2000;
const MAX_FOLLOW_UPS = 100;

/** What readOthersWork needs: how to run git, the tip, the range's end and who the mentee is. */
export interface OthersWorkRead {
  run: LogRunner;
  toSha: string;
  /** The last second of the range (seconds since the epoch). */
  end: number;
  /** The mentee's commits in the range (newest first), as readHistory read them. */
  commits: readonly Commit[];
  isMentee: (name: string, email: string) => boolean;
  /** False in a partial clone: patches would fetch blobs, so same-lines is not read. */
  patches: boolean;
  /** The range's first second, when it starts on a day: the log starts there at the latest. */
  since?: number;
  /** Sees every other author's commit read (the identity hints count those under the mentee's name). */
  onOther?: (c: Commit) => void;
}

/** Other people's follow-ups of the range's commits, and their activity in its files. */
export interface OthersWork {
  followUps: FollowUp[];
  /** Per file the mentee changed in the range (and its name before a rename), per other author. */
  fileActivity: FileActivity[];
}

/**
 * ONE `git log --name-only` of everyone's commits (no pathspec: git's pathspec matching costs
 * more than the diff when it lists hundreds of files) from the earlier of the range's first
 * commit and 12 months before its end, up to the tip, read as it streams; the mentee's own are
 * skipped. From each other author's commit:
 * - its activity in the files the mentee changed in the range (and their earlier names), within
 *   the 12 months up to the range's end: the experts are chosen from it (expertForFiles);
 * - a follow-up of a range commit: a revert ("This reverts commit <sha>"), a commit naming one (a
 *   `Fixes:` trailer, "fixes <sha>", "(cherry picked from commit <sha>)"), or a candidate for a
 *   change to the same lines: it touches a file a mentee commit changed, within SAME_LINES_DAYS
 *   after it (author times). Patches (`-U0`) are read only for the nearest MAX_PAIRS candidates,
 *   in one more `git log --no-walk`, and lines are compared by content (a line the mentee added
 *   that the later commit removed or rewrote), so neither `git log -L` nor blame is needed.
 * Memory holds the tallies, the follow-ups and the candidates, never the others' commits.
 */
export async function readOthersWork(read: OthersWorkRead): Promise<OthersWork> {
  if (read.commits.length === 0) return { followUps: [], fileActivity: [] };
  // Per path the mentee changed: their commits that changed it (times), for same-lines.
  const byPath = new Map<string, Commit[]>();
  const renamedFrom = new Set<string>();
  let first = Infinity;
  for (const c of read.commits) {
    first = Math.min(first, c.time);
    for (const f of c.files) {
      const list = byPath.get(f.path) ?? [];
      list.push(c);
      byPath.set(f.path, list);
      if (f.oldPath) renamedFrom.add(f.oldPath);
    }
  }
  const activityStart = read.end + 1 - ACTIVITY_DAYS * DAY;
  const since = Math.min(first, activityStart, read.since ?? Infinity);
  const tallies = new Map<string, FileActivity>();
  const found = new Map<string, FollowUp>();
  const candidates: Pair[] = [];
  const resolve = shaResolver(read.commits);
  const take = (c: Commit) => {
    read.onOther?.(c);
    if (c.time >= activityStart && c.time <= read.end) tally(tallies, c, byPath, renamedFrom);
    for (const { kind, sha } of namedCommits(c)) {
      const target = resolve(sha);
      if (target) addFollowUp(found, c, kind, target);
    }
    if (candidates.length >= MAX_CANDIDATES) return;
    const shared = new Map<Commit, string[]>();
    for (const f of c.files) {
      for (const m of byPath.get(f.path) ?? []) {
        const gap = c.time - m.time;
        if (gap <= 0 || gap > SAME_LINES_DAYS * DAY) continue;
        if (m.files.some((x) => x.path === f.path && x.binary)) continue;
        shared.set(m, [...(shared.get(m) ?? []), f.path]);
      }
    }
    for (const [m, files] of shared) candidates.push({ mentee: m, other: c, files });
  };
  const parser = new LogParser({ accept: (n, e) => !read.isMentee(n, e), names: true });
  await read.run(
    [
      'log',
      '--use-mailmap',
      ...LOG_NAMES_FORMAT_ARGS,
      '--no-textconv',
      '--no-ext-diff',
      '--no-merges',
      `--since=@${since} +0000`,
      '--end-of-options',
      read.toSha,
      '--',
    ],
    (text) => {
      for (const c of parser.push(text)) take(c);
    },
  );
  for (const c of parser.end()) take(c);

  if (read.patches) {
    const linked = new Set([...found.values()].map((f) => f.sha));
    const pairs = candidates
      .filter((p) => !linked.has(p.other.sha))
      .sort((a, b) => a.other.time - a.mentee.time - (b.other.time - b.mentee.time))
      .slice(0, MAX_PAIRS);
    if (pairs.length > 0) {
      const lines = await readPatchLines(read.run, pairs);
      for (const p of pairs) {
        if (touchesAddedLines(lines.get(p.mentee.sha), lines.get(p.other.sha), p.files)) {
          addFollowUp(found, p.other, 'same-lines', p.mentee.sha);
        }
      }
    }
  }
  return {
    followUps: [...found.values()].sort((a, b) => a.time - b.time || (a.sha < b.sha ? -1 : 1)),
    fileActivity: [...tallies.values()],
  };
}

/** Counts an other author's commit for each of the mentee's files (or their old names) it touched. */
function tally(
  tallies: Map<string, FileActivity>,
  c: Commit,
  byPath: ReadonlyMap<string, unknown>,
  renamedFrom: ReadonlySet<string>,
): void {
  const who = c.authorEmail ? c.authorEmail.toLowerCase() : `name:${c.authorName.toLowerCase()}`;
  for (const f of c.files) {
    if (!byPath.has(f.path) && !renamedFrom.has(f.path)) continue;
    const key = `${f.path}\0${who}`;
    const t = tallies.get(key);
    if (t) {
      t.commits++;
      t.lastTime = Math.max(t.lastTime, c.time);
    } else {
      tallies.set(key, {
        path: f.path,
        name: c.authorName,
        email: c.authorEmail,
        commits: 1,
        lastTime: c.time,
      });
    }
  }
}

function addFollowUp(
  found: Map<string, FollowUp>,
  c: Commit,
  kind: FollowUp['kind'],
  target: string,
): void {
  const key = `${kind}:${c.sha}`;
  const known = found.get(key);
  if (known) {
    if (!known.targets.includes(target)) known.targets.push(target);
    return;
  }
  if (found.size >= MAX_FOLLOW_UPS) return;
  found.set(key, {
    sha: c.sha,
    authorName: c.authorName,
    authorEmail: c.authorEmail,
    time: c.time,
    date: c.date,
    subject: c.subject,
    kind,
    targets: [target],
  });
}

const REVERT = /This reverts commit ([0-9a-f]{7,64})/g;
const CHERRY_PICK = /cherry[- ]picked from commit ([0-9a-f]{7,64})/gi;
const FIXES = /\bfix(?:es|ed)?:?[ \t]+(?:commit[ \t]+)?([0-9a-f]{7,64})\b/gi;

/** The object names a message names, and how: reverts, and fixes (trailers, prose, cherry-picks). */
function namedCommits(c: Commit): { kind: 'revert' | 'fixes'; sha: string }[] {
  // Cheap test first: most messages name no commit.
  const text = `${c.subject}\n${c.body}`;
  if (!/[0-9a-f]{7}/.test(text) && !(c.trailers ?? []).length) return [];
  const out: { kind: 'revert' | 'fixes'; sha: string }[] = [];
  for (const m of text.matchAll(REVERT)) out.push({ kind: 'revert', sha: m[1] });
  for (const re of [FIXES, CHERRY_PICK]) {
    for (const m of text.matchAll(re)) out.push({ kind: 'fixes', sha: m[1].toLowerCase() });
  }
  // Trailers the log parser kept whole (a body cut at its cap may have lost them).
  for (const t of c.trailers ?? []) {
    const hex = /^([0-9a-f]{7,64})\b/i.exec(t.value.trim());
    if (t.key.toLowerCase() === 'fixes' && hex)
      out.push({ kind: 'fixes', sha: hex[1].toLowerCase() });
  }
  return out;
}

/** Finds the mentee's commit a full or abbreviated object name means (unique prefixes only). */
function shaResolver(commits: readonly Commit[]): (sha: string) => string | undefined {
  const full = new Set(commits.map((c) => c.sha));
  return (sha) => {
    if (full.has(sha)) return sha;
    let hit: string | undefined;
    for (const s of full) {
      if (!s.startsWith(sha)) continue;
      if (hit) return undefined;
      hit = s;
    }
    return hit;
  };
}

/** A later commit by someone else touching files of a mentee commit soon after it. */
interface Pair {
  mentee: Commit;
  other: Commit;
  files: string[];
}

/** The `-U0` patches of the pairs' commits, limited to the files they share, in one git log. */
async function readPatchLines(
  run: LogRunner,
  pairs: readonly Pair[],
): Promise<Map<string, PatchLines>> {
  const shas = [...new Set(pairs.flatMap((p) => [p.mentee.sha, p.other.sha]))];
  const files = [...new Set(pairs.flatMap((p) => p.files))].sort();
  const parser = new PatchLinesParser();
  await run(
    [
      '--literal-pathspecs',
      'log',
      '--no-walk=unsorted',
      '-p',
      '-U0',
      '--no-renames',
      '--no-color',
      '--no-textconv',
      '--no-ext-diff',
      // A repository's diff.noprefix or diff.mnemonicPrefix must not change the headers read.
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '--encoding=UTF-8',
      '--format=format:%x00%H',
      '--end-of-options',
      // Full hex names from our own parse of git's output.
      ...shas,
      '--',
      ...files,
    ],
    (text) => parser.push(text),
  );
  return parser.end();
}

/** True when `other` removed (or rewrote) a line that `mine` added, in one of `files`. */
function touchesAddedLines(
  mine: PatchLines | undefined,
  other: PatchLines | undefined,
  files: readonly string[],
): boolean {
  if (!mine || !other) return false;
  for (const file of files) {
    const added = mine.get(file)?.added;
    const removed = other.get(file)?.removed;
    if (!added || !removed) continue;
    for (const line of removed) if (added.has(line)) return true;
  }
  return false;
}
