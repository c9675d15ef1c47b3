import type { Commit, FileActivity, FollowUp } from '../core/topics/historyData';
import { addFollowUp, type FollowUpSource } from './followUpList';
import type { LogRunner } from './logRunner';
import {
  capText,
  cleanLine,
  IDENT_MAX,
  SUBJECT_MAX,
  TouchParser,
  utcDate,
  type TouchRecord,
} from './logParser';
import { PatchLinesParser, type PatchLines } from './patchLines';
import type { StdinLogRunner } from './readFollowUps';
import type { WalkedCommit } from './walkRange';
import { runningGitProcesses } from './streamGit';

const DAY = 86_400;
/** A change to the same lines counts as a follow-up within this many days of the mentee's commit. */
export const SAME_LINES_DAYS = 14;
/**
 * Others' activity in the top stories' files is counted over this many days up to the range's
 * end: who worked there in the last half year is who can help now, and the pathspec log costs
 * git in proportion to the commits it walks (half of a year's).
 */
export const ACTIVITY_DAYS = 183;
// Patches are read only for this many (mentee commit, later commit) pairs, nearest in time first.
const MAX_PAIRS = 40;
// git matches a pathspec against every entry of every tree it walks: over this many (files
// times the top folder's entries) a read lists every commit's paths instead. In git.git (about
// 500 top entries) 35 files cost 0.56 s over six months where every commit's paths cost 0.20 s,
// and 10 files 0.06 s; a synthetic tree of a dozen top folders reads 26 files in 0.09 s.
const PATHSPEC_BUDGET = 8000;
/**
 * A top folder this wide makes any pathspec of a story's files dear: others' recent commits are
 * read ahead, beside the mentee's logs (readRecentCommits), and the stories' files picked from
 * them.
 */
export const WIDE_TREE = 200;
// A --no-walk read of this many commits or more is split between two git processes: on git's
// synthetic 50k history the activity read (about 8,000 commits) took 107 ms alone while the
// older stories' read beside it took 40 ms, leaving a core idle.
const SPLIT_COMMITS = 2000;
// Candidates kept while streaming, before the nearest MAX_PAIRS are chosen.
const MAX_CANDIDATES = 2000;
// TOUCH_FORMAT_ARGS' fields and the subject, which a same-lines follow-up shows: no bodies.
const WORK_FIELD_COUNT = 5;
const WORK_FORMAT_ARGS = [
  '-z',
  '--name-only',
  '--no-renames',
  '--encoding=UTF-8',
  '--format=format:%aN%x00%aE%x00%at%x00%H%x00%s%x00',
];
// The log both reads of others' work run, before their selection of commits and paths.
const WORK_LOG_ARGS = [
  'log',
  '--use-mailmap',
  ...WORK_FORMAT_ARGS,
  '--no-textconv',
  '--no-ext-diff',
  '--no-merges',
];

/** The top stories, as the second history read needs them. */
export interface FileWorkRequest {
  /** Repository-relative paths whose activity is counted: the top stories' files and earlier names. */
  paths: readonly string[];
  /** The top stories' commits by the mentee (their files and times): same-lines candidates. */
  commits: readonly Commit[];
  /** The commit the history was read at (full hex). */
  toSha: string;
  /** The last second of the range (seconds since the epoch): the activity window ends there. */
  end: number;
  /** The mentee: their own commits are neither activity nor follow-ups (undefined: everyone counts). */
  isMentee?: (name: string, email: string) => boolean;
  /** Commits already known as follow-ups (reverts, fixes): their patches are not read. */
  linked?: ReadonlySet<string>;
  /** False in a partial clone: patches would fetch blobs, so same-lines is not read. */
  patches: boolean;
  /** Entries in the tip's top folder (readTreeWidth): a wide one reads without a pathspec. */
  treeWidth: number;
  /** Others' recent commits, read ahead for a wide tree: then the first log is not run. */
  recent?: RecentCommits;
  /**
   * Others' commits the range walk already listed (walkRange.ts), from its first second on: a
   * window inside it is read as just its commits (`git log --no-walk --stdin`) rather than by a
   * walk from the tip, which would diff every later commit against the pathspec too.
   */
  walked?: WalkedCommits;
}

/** The range walk's commits of others, where its walk began, and a runner that takes stdin. */
export interface WalkedCommits {
  commits: readonly WalkedCommit[];
  /** The walk's --since (seconds): it holds every commit from there to the tip. */
  from: number;
  run: StdinLogRunner;
}

/**
 * How many entries the top folder of `toSha` has (one `git ls-tree -z --name-only`): git matches
 * a pathspec against every entry of every tree it walks, so the width says what a pathspec costs.
 */
export async function readTreeWidth(run: LogRunner, toSha: string): Promise<number> {
  let width = 0;
  await run(['ls-tree', '-z', '--name-only', '--end-of-options', toSha], (text) => {
    for (let i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) width++;
  });
  return width;
}

/** Others' commits read ahead (readRecentCommits), and from which second on they are all there. */
export interface RecentCommits {
  commits: readonly OtherCommit[];
  from: number;
}

/** Another author's commit and the paths it touched (names only). */
export type OtherCommit = FollowUpSource & { paths: string[] };

/** What readRecentCommits needs: git, the tip, the range's last second and who the mentee is. */
export interface RecentCommitsRead {
  run: LogRunner;
  toSha: string;
  end: number;
  isMentee: (name: string, email: string) => boolean;
}

/**
 * Every other author's commit from ACTIVITY_DAYS before the range's end to SAME_LINES_DAYS
 * after it, with the paths it touched: ONE `git log --name-only` without a pathspec, names and
 * subjects only, no bodies. For a tip whose top folder is too wide for a pathspec (WIDE_TREE):
 * it needs nothing from the mentee's reads, so it runs beside them, and readFileWork then picks
 * the top stories' files from it instead of a log after the ranking. Paths are shared strings,
 * so memory holds each path once.
 */
export async function readRecentCommits(read: RecentCommitsRead): Promise<RecentCommits> {
  const from = read.end + 1 - ACTIVITY_DAYS * DAY;
  const out: OtherCommit[] = [];
  const interned = new Map<string, string>();
  const take = (records: { fields: string[]; paths: string[] }[]) => {
    for (const { fields, paths } of records) {
      const other = otherCommit(fields);
      out.push({
        ...other,
        paths: paths.map((p) => {
          const known = interned.get(p);
          if (known !== undefined) return known;
          interned.set(p, p);
          return p;
        }),
      });
    }
  };
  const parser = new TouchParser(WORK_FIELD_COUNT, ([name, email]) => !read.isMentee(name, email));
  await read.run(
    [
      ...WORK_LOG_ARGS,
      `--since=@${from} +0000`,
      // A same-lines change comes within SAME_LINES_DAYS of a range commit: nothing later is
      // needed, however far the tip is past the range.
      `--until=@${read.end + SAME_LINES_DAYS * DAY} +0000`,
      '--end-of-options',
      read.toSha,
      '--',
    ],
    (text) => take(parser.push(text)),
  );
  take(parser.end());
  return { commits: out, from };
}

/** A FollowUpSource from WORK_FORMAT_ARGS' header fields. */
function otherCommit(fields: readonly string[]): FollowUpSource {
  const [name, email, at, sha, subject] = fields;
  const time = Number(at) || 0;
  return {
    sha,
    authorName: cleanLine(name, IDENT_MAX),
    authorEmail: cleanLine(email, IDENT_MAX),
    time,
    date: utcDate(time),
    subject: capText(cleanLine(subject), SUBJECT_MAX, false),
  };
}

/** Others' activity in the focus files and their changes to the mentee's lines. */
export interface FileWork {
  fileActivity: FileActivity[];
  /** Same-lines follow-ups of the request's commits. */
  followUps: FollowUp[];
}

/**
 * Reads other authors' commits to the top stories' files, names and subjects only, no bodies,
 * merges left out, once the ranking has named those stories: one log from ACTIVITY_DAYS before
 * the range's end to SAME_LINES_DAYS after it; stories older than that add one more log from
 * their first commit to SAME_LINES_DAYS after their last, run beside it. Each log is limited to
 * the files (a pathspec after `--` with `--literal-pathspecs`) unless the tip's top folder is so
 * wide that matching them costs more than listing every commit's paths (PATHSPEC_BUDGET). A log
 * that takes its commits from the range walk and has SPLIT_COMMITS or more runs as two
 * processes, half the commits each, when no other git process of ours runs. From each commit:
 * - its activity in those files within the window up to the range's end: the experts are
 *   chosen from it (expertForFiles decides who is left out);
 * - a same-lines candidate: it touches a file a focus commit changed within SAME_LINES_DAYS
 *   after it (author times). Patches (`-U0`) are read only for the nearest MAX_PAIRS
 *   candidates, in one more `git log --no-walk`, and lines are compared by content (a line the
 *   mentee added that the later commit removed or rewrote), so neither `git log -L` nor blame
 *   is needed.
 */
export async function readFileWork(run: LogRunner, request: FileWorkRequest): Promise<FileWork> {
  const wanted = new Set(request.paths.filter((p) => p !== ''));
  // The pathspec: the counted files and those of the commits whose follow-ups are looked for.
  const pathspec = new Set(wanted);
  for (const c of request.commits) for (const f of c.files) pathspec.add(f.path);
  const paths = [...pathspec].filter((p) => p !== '').sort();
  if (paths.length === 0) return { fileActivity: [], followUps: [] };
  const activityStart = request.end + 1 - ACTIVITY_DAYS * DAY;
  const recent = request.recent;
  const limited = (files: readonly string[]) =>
    files.length * Math.max(1, request.treeWidth) <= PATHSPEC_BUDGET ? files : [];
  // Per path: the focus commits that changed it, for same-lines.
  const byPath = new Map<string, Commit[]>();
  const olderFiles = new Set<string>();
  let oldest = Infinity;
  let newestOld = -Infinity;
  // When the older stories' commits were made: only the weeks after each can hold a same-lines
  // change.
  const olderTimes: number[] = [];
  for (const c of request.commits) {
    for (const f of c.files) {
      if (f.binary) continue;
      const list = byPath.get(f.path) ?? [];
      list.push(c);
      byPath.set(f.path, list);
      if (c.time < (recent?.from ?? activityStart)) {
        olderFiles.add(f.path);
        oldest = Math.min(oldest, c.time);
        newestOld = Math.max(newestOld, c.time);
        olderTimes.push(c.time);
      }
    }
  }
  const tallies = new Map<string, FileActivity>();
  const candidates: Pair[] = [];
  const takeOne = (other: FollowUpSource, touched: readonly string[]) => {
    const { time } = other;
    if (time >= activityStart && time <= request.end)
      tally(tallies, other.authorName, other.authorEmail, time, touched, wanted);
    if (candidates.length < MAX_CANDIDATES && !request.linked?.has(other.sha))
      addCandidates(candidates, other, touched, byPath);
  };
  const take = (records: { fields: string[]; paths: string[] }[]) => {
    for (const { fields, paths: touched } of records) takeOne(otherCommit(fields), touched);
  };
  for (const c of recent?.commits ?? []) takeOne(c, c.paths);
  const newParser = () =>
    new TouchParser(WORK_FIELD_COUNT, ([name, email]) => !request.isMentee?.(name, email));
  const read = async (
    since: number,
    until: number,
    files: readonly string[],
    within: (time: number) => boolean = () => true,
  ) => {
    const parser = newParser();
    const onStdout = (text: string) => take(parser.push(text));
    const common = ['--literal-pathspecs', ...WORK_LOG_ARGS];
    const walked = request.walked;
    if (walked && since >= walked.from) {
      // Full hex names from our own parse of the walk's output, on stdin: never options.
      const shas = walked.commits.filter(
        (c) => c.time >= since && c.time <= until && within(c.time),
      );
      if (shas.length === 0) return;
      const args = [...common, '--no-walk=unsorted', '--stdin', '--end-of-options', '--', ...files];
      const stdin = (part: readonly WalkedCommit[]) => `${part.map((c) => c.sha).join('\n')}\n`;
      // A long list goes half each to two processes when no other git runs (both cores free:
      // several repositories read side by side keep them busy already); the second half's
      // commits are taken after the first's, so they come in the walk's order as from one.
      const half =
        shas.length < SPLIT_COMMITS || runningGitProcesses() > 0
          ? shas.length
          : Math.ceil(shas.length / 2);
      const second = newParser();
      const held: TouchRecord[] = [];
      await Promise.all([
        walked.run(args, onStdout, stdin(shas.slice(0, half))),
        half < shas.length
          ? walked.run(
              args,
              (text) => {
                for (const record of second.push(text)) held.push(record);
              },
              stdin(shas.slice(half)),
            )
          : undefined,
      ]);
      take(parser.end());
      take(held);
      take(second.end());
    } else {
      await run(
        [
          ...common,
          `--since=@${since} +0000`,
          `--until=@${until} +0000`,
          '--end-of-options',
          request.toSha,
          '--',
          ...files,
        ],
        onStdout,
      );
      take(parser.end());
    }
  };
  await Promise.all([
    recent
      ? undefined
      : read(
          activityStart,
          // A same-lines change comes within SAME_LINES_DAYS of a range commit: nothing later is
          // needed, however far the tip is past the range.
          request.end + SAME_LINES_DAYS * DAY,
          limited(paths),
        ),
    olderFiles.size > 0
      ? read(
          oldest,
          // Up to where the first log starts, or where the older stories' weeks end.
          Math.min(activityStart - 1, newestOld + SAME_LINES_DAYS * DAY),
          limited([...olderFiles].sort()),
          // From the walk's list, only the commits in the weeks after an older story's commit:
          // the weeks between the stories cannot hold a same-lines change.
          inWeeksAfter(olderTimes),
        )
      : undefined,
  ]);
  const followUps = new Map<string, FollowUp>();
  if (request.patches && candidates.length > 0) {
    const pairs = candidates
      .sort((a, b) => a.other.time - a.mentee.time - (b.other.time - b.mentee.time))
      .slice(0, MAX_PAIRS);
    const lines = await readPatchLines(run, pairs);
    for (const p of pairs) {
      if (touchesAddedLines(lines.get(p.mentee.sha), lines.get(p.other.sha), p.files))
        addFollowUp(followUps, p.other, 'same-lines', p.mentee.sha);
    }
  }
  return {
    fileActivity: [...tallies.values()],
    followUps: [...followUps.values()],
  };
}

/**
 * Whether a time falls within SAME_LINES_DAYS after one of `times` (or at it): a binary search over
 * them sorted, so a long walk is filtered in one pass.
 */
export function inWeeksAfter(times: readonly number[]): (time: number) => boolean {
  const sorted = [...times].sort((a, b) => a - b);
  return (time) => {
    // The latest of the times at or before `time`.
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] <= time) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && time - sorted[at] <= SAME_LINES_DAYS * DAY;
  };
}

/** Counts one commit for each of the wanted files it touched. */
function tally(
  tallies: Map<string, FileActivity>,
  name: string,
  email: string,
  time: number,
  touched: readonly string[],
  wanted: ReadonlySet<string>,
): void {
  const who = email.trim() ? email.trim().toLowerCase() : `name:${name.trim().toLowerCase()}`;
  for (const path of touched) {
    if (!wanted.has(path)) continue;
    const key = `${path}\0${who}`;
    const t = tallies.get(key);
    if (t) {
      t.commits++;
      t.lastTime = Math.max(t.lastTime, time);
    } else
      tallies.set(key, {
        path,
        name: name.trim(),
        email: email.trim(),
        commits: 1,
        lastTime: time,
      });
  }
}

/** A later commit by someone else touching files of a mentee commit soon after it. */
interface Pair {
  mentee: Commit;
  other: FollowUpSource;
  files: string[];
}

/** Pairs `other` with each focus commit whose files it touched within SAME_LINES_DAYS after. */
function addCandidates(
  into: Pair[],
  other: FollowUpSource,
  touched: readonly string[],
  byPath: ReadonlyMap<string, Commit[]>,
): void {
  const shared = new Map<Commit, string[]>();
  for (const path of touched) {
    for (const m of byPath.get(path) ?? []) {
      const gap = other.time - m.time;
      if (gap <= 0 || gap > SAME_LINES_DAYS * DAY) continue;
      shared.set(m, [...(shared.get(m) ?? []), path]);
    }
  }
  for (const [mentee, files] of shared) into.push({ mentee, other, files });
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
