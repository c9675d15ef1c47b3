import type { Commit, FollowUp } from '../core/topics/historyData';
import { LOG_NAMES_FORMAT_ARGS, LogParser } from './logParser';
import type { LogRunner } from './logRunner';
import { PatchLinesParser, type PatchLines } from './patchLines';

const DAY = 86_400;
/** A change to the same lines counts as a follow-up within this many days of the mentee's commit. */
export const SAME_LINES_DAYS = 14;
// The others' log is limited to the mentee's files; a range touching more keeps the newest ones.
const MAX_PATHS = 1000;
// Patches are read only for this many (mentee commit, later commit) pairs, nearest in time first.
const MAX_PAIRS = 40;
const MAX_FOLLOW_UPS = 100;

/** What readFollowUps needs: how to run git, the range's start, and who the mentee is. */
export interface FollowUpRead {
  run: LogRunner;
  /** The mentee's commits in the range (newest first), as readHistory read them. */
  commits: readonly Commit[];
  isMentee: (name: string, email: string) => boolean;
  /** Where the others' log starts: `<from>..<to>`, or the tip with a `--since` date argument. */
  revisions: string[];
  dateArgs: string[];
  /** False in a partial clone: patches would fetch blobs, so same-lines is not read. */
  patches: boolean;
}

/**
 * Other authors' commits after the range's start that follow up the mentee's commits: a revert
 * ("This reverts commit <sha>"), a commit naming one (a `Fixes:` trailer, "fixes <sha>", "(cherry
 * picked from commit <sha>)"), or a change to lines a mentee commit added, by someone else, within
 * SAME_LINES_DAYS of it (author times). One `git log` of others' commits touching the mentee's files (messages
 * and paths, no diffs) finds the first two and the candidates of the third; patches (`-U0`) are
 * read only for the candidates, at most MAX_PAIRS pairs, in one more `git log --no-walk`. Lines
 * are compared by content (a line the mentee added that the later commit removed or rewrote), so
 * neither `git log -L` nor blame is needed.
 */
export async function readFollowUps(read: FollowUpRead): Promise<FollowUp[]> {
  const paths = menteePaths(read.commits);
  if (paths.length === 0) return [];
  const parser = new LogParser({ accept: (n, e) => !read.isMentee(n, e), names: true });
  const others: Commit[] = [];
  await read.run(
    [
      '--literal-pathspecs',
      'log',
      '--use-mailmap',
      ...LOG_NAMES_FORMAT_ARGS,
      '--no-textconv',
      '--no-ext-diff',
      '--no-merges',
      // Without it a path-limited log simplifies merges away and can hide a fix on a branch.
      '--full-history',
      ...read.dateArgs,
      '--end-of-options',
      ...read.revisions,
      '--',
      ...paths,
    ],
    (text) => others.push(...parser.push(text)),
  );
  others.push(...parser.end());

  const found = new Map<string, FollowUp>();
  const add = (c: Commit, kind: FollowUp['kind'], target: string) => {
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
  };
  const resolve = shaResolver(read.commits);
  for (const c of others) {
    for (const { kind, sha } of namedCommits(c)) {
      const target = resolve(sha);
      if (target) add(c, kind, target);
    }
  }
  if (read.patches) {
    const linked = new Set([...found.values()].map((f) => f.sha));
    const pairs = sameLineCandidates(read.commits, others, linked);
    if (pairs.length > 0) {
      const lines = await readPatchLines(read.run, pairs);
      for (const p of pairs) {
        if (touchesAddedLines(lines.get(p.mentee.sha), lines.get(p.other.sha), p.files)) {
          add(p.other, 'same-lines', p.mentee.sha);
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.time - b.time || (a.sha < b.sha ? -1 : 1));
}

/** Every path the mentee's commits changed (and the old side of their renames), newest first. */
function menteePaths(commits: readonly Commit[]): string[] {
  const paths = new Set<string>();
  for (const c of commits) {
    for (const f of c.files) {
      paths.add(f.path);
      if (f.oldPath) paths.add(f.oldPath);
      if (paths.size >= MAX_PATHS) return [...paths];
    }
  }
  return [...paths];
}

const REVERT = /This reverts commit ([0-9a-f]{7,64})/g;
const CHERRY_PICK = /cherry[- ]picked from commit ([0-9a-f]{7,64})/gi;
const FIXES = /\bfix(?:es|ed)?:?[ \t]+(?:commit[ \t]+)?([0-9a-f]{7,64})\b/gi;

/** The object names a message names, and how: reverts, and fixes (trailers, prose, cherry-picks). */
function namedCommits(c: Commit): { kind: 'revert' | 'fixes'; sha: string }[] {
  const text = `${c.subject}\n${c.body}`;
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

function sameLineCandidates(
  mine: readonly Commit[],
  others: readonly Commit[],
  linked: ReadonlySet<string>,
): Pair[] {
  const pairs: Pair[] = [];
  for (const o of others) {
    if (linked.has(o.sha)) continue;
    const touched = new Set(o.files.map((f) => f.path));
    for (const m of mine) {
      const gap = o.time - m.time;
      if (gap <= 0 || gap > SAME_LINES_DAYS * DAY) continue;
      const files = m.files.filter((f) => !f.binary && touched.has(f.path)).map((f) => f.path);
      if (files.length > 0) pairs.push({ mentee: m, other: o, files });
    }
  }
  return pairs
    .sort((a, b) => a.other.time - a.mentee.time - (b.other.time - b.mentee.time))
    .slice(0, MAX_PAIRS);
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
