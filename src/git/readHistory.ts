import { addedDependencies } from '../core/topics/dependencies';
import type {
  Commit,
  DependencyAdd,
  EarlierTouches,
  FollowUp,
  HistoryData,
  ReleaseTag,
} from '../core/topics/historyData';
import { isManifest } from '../core/topics/paths';
import { identityMatcher } from '../core/topics/foldName';
import { markFrom } from '../core/topics/mergedBy';
import { authorArgs } from './authorArgs';
import { GitError } from './gitError';
import type { LogRunner } from './logRunner';
import { readDocInfo } from './readDocInfo';
import { readReleaseTags } from './readReleaseTags';
import {
  namedFollowUps,
  readNamingCandidates,
  readNamingCommits,
  type StdinLogRunner,
} from './readFollowUps';
import { countHints, walkRange, type RangeWalk } from './walkRange';
import {
  readFileWork,
  readRecentCommits,
  readTreeWidth,
  WIDE_TREE,
  type FileWork,
  type WalkedCommits,
} from './readFileWork';
import { addFollowUp, sortedFollowUps } from './followUpList';
import type { HistoryFocus } from '../core/topics/historyFocus';
import { hintNames, IdentityHintTally } from './readIdentityHints';
import {
  dayStart,
  resolveHistoryRange,
  type KnownRepository,
  type ResolvedRange,
} from './historyRange';
import { readBlobs, type BlobRead } from './catFileBlobs';
import {
  LOG_FORMAT_ARGS,
  LOG_NAMES_FORMAT_ARGS,
  LogParser,
  TOUCH_FIELD_COUNT,
  TOUCH_FORMAT_ARGS,
  TouchParser,
  type TouchRecord,
} from './logParser';
import { RAW_DIFF_FORMAT_ARGS, RawDiffParser } from './rawDiffParser';
import { afterTip, selectionKey, usableKnown, type HistoryReuse } from './historyReuse';
import { HISTORY_READ_CONFIG } from './historyReadConfig';
import { Jobs } from './jobs';
import { streamGit } from './streamGit';
import {
  broughtByLine,
  markFromLine,
  MERGE_MARGIN_DAYS,
  readMergeLine,
  readOwnMerges,
} from './readMerges';
import { t } from '../core/l10n';

/** Whose commits to read, and over which range. */
export interface HistoryRequest {
  /** The mentee's identities: emails (any case) or names (accents and case folded), after .mailmap. */
  authors: string[];
  /** The last session's HEAD: the range starts after it when it is an ancestor of HEAD. */
  sinceHead?: string;
  /** First day, YYYY-MM-DD (UTC). */
  since?: string;
  /** Last day, YYYY-MM-DD (UTC), included. */
  until?: string;
  /** Read merge commits too (they carry no file changes). */
  includeMerges?: boolean;
  /**
   * Ranks what was read and says which stories matter (historyFocus): others' recent activity
   * in their files (the experts) and their changes to the mentee's lines (same-lines
   * follow-ups) are read for those alone. Without it, neither is read (`fileActivity` stays
   * undefined) and only reverts and fixes naming the mentee's commits are follow-ups.
   */
  focus?: (data: HistoryData) => HistoryFocus;
}

/** How readHistory runs: cancellation, progress, the clock and a time limit. */
export interface ReadHistoryOptions {
  /** Aborting stops every git process and rejects with GitError 'cancelled'. */
  signal?: AbortSignal;
  /** Called with the number of range commits read, about every 200 and once at the end. */
  onProgress?: (commitsRead: number) => void;
  /** "Now", seconds since the epoch: gives `range.until` when the request has none. */
  now?: number;
  /** The time limit of each git process (default 5 minutes). */
  timeoutMs?: number;
  /**
   * What earlier reads of the same selection found (the history cache): when its tip is an
   * ancestor of HEAD only the commits after it are read, and what this read found is kept.
   */
  reuse?: HistoryReuse;
  /** What finding the repository read already (its rev-parse and config): not asked again. */
  known?: KnownRepository;
}

const PROGRESS_EVERY = 200;
const DAY = 86_400;
// Keep the manifest read's command line short; a range touching more manifests is unusual.
const MAX_MANIFESTS = 500;
const MAX_MANIFEST_COMMITS = 1000;
// One note per manifest too large to read or that does not parse, up to this many.
const MAX_SKIP_NOTES = 5;
// A manifest larger than this is not read: hand-written manifests are far smaller.
const MANIFEST_MAX_BYTES = 1024 * 1024;

/**
 * Reads what the learning topics need from the repository holding `repo`, streaming every log
 * (memory grows with the range and the repository's number of paths, not with its history).
 *
 * First the range (historyRange.ts), then side by side: the paths of the mentee's earlier commits
 * (one `git log`), and the range walked ONCE (walkRange.ts: everyone's commits, no diff), which
 * picks the mentee's commits, read then with numstat and trailers by a `--no-walk` log, and the
 * other people's commits that may name a commit, whose `git log --grep --no-walk` finds the
 * reverts and fixes (readFollowUps.ts), matched to the range's commits once those are in. As soon
 * as the range's commits are in: the manifests they changed, at both sides (added dependencies);
 * the documentation files at HEAD and what they are about (readDocInfo.ts) once the ranking is
 * made, beside the top stories' files, since only the step after it uses them. Other addresses
 * of the mentee's name (readIdentityHints.ts) are counted by the walk and the earlier-paths log (whose
 * `--author` pre-filter takes those names too). A read after a cached tip, or after a session's
 * HEAD with a first day (its two reads have different limits), runs the mentee's `--author` log
 * and the `--grep` walk instead of the one walk. Then, with `request.focus`, the ranking it makes says which
 * stories matter, and one narrow log over their files gives others' recent activity there and
 * their changes to the mentee's lines (readFileWork.ts). With a reuse entry read at the same
 * HEAD for the same request, none of these runs: everything comes from the entry. Authors are pre-filtered by git
 * (`--author`, accent- and case-tolerant, authorArgs.ts) and then matched exactly here against the
 * mailmapped email (any case) or name (folded: accents and case, foldName.ts).
 *
 * Every repository-derived value reaches git after `--end-of-options` (object names) or `--` with
 * `--literal-pathspecs` (paths), or as blob ids on `cat-file --batch`'s standard input; diffs run with `--no-textconv --no-ext-diff`; config that could
 * start programs is overridden (streamGit). An empty repository, a shallow clone, a detached HEAD,
 * submodules and an empty range give data with notes; failures reject with GitError.
 *
 * In a shallow clone, a boundary commit (on the shallow list, shown without parents) looks like it
 * added the whole tree: it is kept without files and adds no earlier paths.
 * In a partial clone, blobs may be missing and are never fetched: commits come with paths only
 * (0 lines added and deleted), and no manifests are read.
 */
export async function readHistory(
  repo: string,
  request: HistoryRequest,
  options: ReadHistoryOptions = {},
): Promise<HistoryData> {
  const authors = [...new Set(request.authors.map((a) => a.trim()).filter((a) => a !== ''))];
  if (authors.length === 0) throw new Error(t('readHistory needs at least one author identity.'));
  if (options.signal?.aborted) throw cancelled();
  const range = await resolveHistoryRange(repo, request, {
    now: options.now,
    known: options.known,
  });
  if (options.signal?.aborted) throw cancelled();
  const data: HistoryData = {
    range: { since: range.since, until: range.until, fromSha: range.fromSha, toSha: range.toSha },
    commits: [],
    earlier: { paths: new Set<string>(), commits: 0 },
    dependencyAdds: [],
    experts: [],
    docs: [],
    partial: range.partial,
    notes: [...range.notes],
  };
  if (range.empty || !range.toSha) return data;

  const key = options.reuse && selectionKey(range, authors, !!request.includeMerges);
  const known = key
    ? await usableKnown(range.top, range.toSha, options.reuse?.recall(key), options.timeoutMs)
    : undefined;
  // With what an earlier read found up to an ancestor of HEAD, only the commits after it.
  const toRead: ResolvedRange = known
    ? {
        ...afterTip(range, known.tip),
        earlier: range.earlier && afterTip(range.earlier, known.tip),
      }
    : range;
  // At the same HEAD and range end, what others did, the hints and the docs read before are the
  // same: with them, no history log runs at all.
  const atTip =
    known?.tip === range.toSha && known.atTip?.until === range.until ? known.atTip : undefined;
  const jobs = new Jobs(options.signal, cancelled);
  try {
    const reader: Reader = {
      top: range.top,
      toSha: range.toSha,
      authors,
      isMentee: identityMatcher(authors),
      isBoundary: (sha, parents) => parents.length === 0 && range.shallowCommits.has(sha),
      noMerges: request.includeMerges ? [] : ['--no-merges'],
      signal: jobs.signal,
      track: (child) => jobs.add(child),
      timeoutMs: options.timeoutMs,
    };
    // Filled as the earlier paths arrive, starting from those known.
    const earlierSoFar: GrowingTouches = {
      paths: new Set<string>(known?.earlier.paths),
      commits: known?.earlier.commits ?? 0,
    };
    // The mentee's other names first (a small log): the earlier-paths log and the hint counts
    // need them. The range walk needs nothing, so it starts while the names are read; then the
    // earlier paths (the longest read of a cold run), then the rest.
    const namesJob = atTip
      ? Promise.resolve(new Map<string, string>())
      : // Hints are a nicety: a failed lookup reads no hints (a cancel still stops the reads below).
        hintNames(runner(reader), reader.toSha, authors, reader.isMentee).catch(
          () => new Map<string, string>(),
        );
    // Release tags are read on every run, warm or cold: a tag is often made after its commit, on a
    // tip already read. Tags are a nicety: a failed read finds none.
    const tagsJob = jobs.add(
      readReleaseTags(runner(reader), stdinRunner(reader)).catch((): ReleaseTag[] => []),
    );
    // A cold read walks the range once for both the mentee's commits and others' naming ones.
    const walk = known ? undefined : onceWalk(range);
    // The walk's commits serve the reads of others' work in the top stories' files too, when it
    // walked everything from the tip (no `<from>..` range) down to its --since.
    const walkedCommits = async (): Promise<WalkedCommits | undefined> => {
      if (!walkJob || range.revisions.length !== 1 || range.revisions[0] !== range.toSha)
        return undefined;
      const commits = (await walkJob).walked;
      if (!commits) return undefined;
      const since = walk?.sinceArg && /^--since=@(\d{1,15}) \+0000$/.exec(walk.sinceArg);
      if (walk?.sinceArg && !since) return undefined;
      return { commits, from: since ? Number(since[1]) : -Infinity, run: stdinRunner(reader) };
    };
    const walkJob =
      walk &&
      jobs.add(
        walkRange({
          run: runner(reader),
          revisions: range.revisions,
          sinceArg: walk.sinceArg,
          until: walk.until,
          includeMerges: !!request.includeMerges,
          isMentee: reader.isMentee,
        }),
      );
    const namingJob = jobs.add(
      atTip
        ? Promise.resolve([])
        : walkJob
          ? walkJob.then((w) =>
              readNamingCandidates({
                run: stdinRunner(reader),
                shas: w.naming,
                isMentee: reader.isMentee,
              }),
            )
          : readNamingCommits({
              run: runner(reader),
              revisions: range.revisions,
              since: range.since ? dayStart(range.since) : undefined,
              isMentee: reader.isMentee,
            }),
    );
    // The mentee's names, so that the reads that walk the history anyway also count other
    // addresses under them.
    const hints = new IdentityHintTally(await namesJob, reader.isMentee);
    // Each read starts as soon as what it needs is there: the manifests and the docs need only
    // the range's commits; the earlier paths need nothing.
    const earlierJob = jobs.add(
      readEarlierTouches(reader, toRead, earlierSoFar, hints, known?.tip === range.toSha),
    );
    const rangeJob = walkJob
      ? walkJob.then((w: RangeWalk) => {
          countHints(w, hints);
          return readRangeCommits(reader, toRead, hints, options.onProgress, false, w.mentee);
        })
      : readRangeCommits(reader, toRead, hints, options.onProgress, known?.tip === range.toSha);
    // Which merge brought each commit in (one pull request, one story): its reads need nothing
    // from the mentee's and run beside them; the known commits carry theirs already.
    const mergeLineJob = jobs.add(
      known?.tip === range.toSha
        ? Promise.resolve(undefined)
        : readMergeLine({
            run: runner(reader),
            revisions: toRead.revisions,
            dateArgs: [
              ...toRead.dateArgs.filter((a) => a.startsWith('--since=')),
              `--until=@${dayStart(range.until) + DAY - 1 + MERGE_MARGIN_DAYS * DAY} +0000`,
            ],
          }),
    );
    // The mentee's own merges in the range (pull requests and branches they merged): from the
    // merge line, with one small read of the merged tips' authors.
    const ownMergesJob = jobs.add(
      mergeLineJob.then(async (line) => {
        const fresh = line
          ? await readOwnMerges({
              run: stdinRunner(reader),
              merges: line.merges,
              isMentee: reader.isMentee,
              from: range.since ? dayStart(range.since) : -Infinity,
              to: dayStart(range.until) + DAY - 1,
            })
          : [];
        return known ? [...fresh, ...(known.ownMerges ?? [])] : fresh;
      }),
    );
    // A cold read knows the mentee's commits by name from the walk: which merge brought each in
    // is worked out then, while their numstat read runs, not after it.
    const broughtJob = walkJob
      ? jobs.add(
          Promise.all([walkJob, mergeLineJob]).then(([w, line]) =>
            line ? broughtByLine(w.mentee, line) : undefined,
          ),
        )
      : Promise.resolve(undefined);
    const commitsJob = jobs.add(
      rangeJob
        .then(async (c) => {
          const [line, brought] = await Promise.all([mergeLineJob, broughtJob]);
          if (brought) markFrom(c, brought);
          else if (line) markFromLine(c, line);
          return c;
        })
        .then((c) => (known ? [...c, ...known.commits] : c)),
    );
    const depsJob = jobs.add(
      commitsJob.then(async (c) => {
        if (range.partialClone) return emptyDeps();
        // The known commits' added dependencies are known: read only the new commits' manifests.
        const fresh = known ? c.slice(0, c.length - known.commits.length) : c;
        const read = await readDependencyAdds(reader, fresh);
        if (!known) return read;
        return {
          adds: [...read.adds, ...known.dependencyAdds],
          notes: [...read.notes, ...known.dependencyNotes],
        };
      }),
    );
    // How wide the tip's top folder is decides how the top stories' files are read (a pathspec
    // or every commit's paths): one small ls-tree, early, since a cold read will need it.
    let widthJob: Promise<number> | undefined;
    const treeWidth = () =>
      (widthJob ??=
        range.treeWidth !== undefined
          ? Promise.resolve(range.treeWidth)
          : jobs.add(readTreeWidth(runner(reader), reader.toSha)));
    // A tree too wide for a pathspec reads others' recent commits now, beside the mentee's logs.
    const recentJob =
      request.focus && !atTip
        ? treeWidth().then((width) =>
            width > WIDE_TREE
              ? jobs.add(
                  readRecentCommits({
                    run: runner(reader),
                    toSha: reader.toSha,
                    end: dayStart(range.until) + DAY - 1,
                    isMentee: reader.isMentee,
                  }),
                )
              : undefined,
          )
        : Promise.resolve(undefined);
    // Awaited only with a focus; its failure is the Jobs' to report.
    recentJob.catch(() => undefined);
    await jobs.settle();
    data.commits = await commitsJob;
    data.earlier = await earlierJob;
    const deps = await depsJob;
    data.dependencyAdds = deps.adds;
    data.ownMerges = await ownMergesJob;
    // Tags on the mentee's commits, and on their own merges (a merge-commit project tags those).
    const mine = new Set(data.commits.map((c) => c.sha));
    for (const m of data.ownMerges ?? []) mine.add(m.sha);
    data.releaseTags = (await tagsJob).filter((tag) => mine.has(tag.sha));
    const boundary = data.commits.find((c) => reader.isBoundary(c.sha, c.parents));
    if (boundary) {
      data.notes.push(
        t(
          "{0} is where this shallow clone's history starts: its files are not read (git shows it as adding every file).",
          boundary.sha.slice(0, 7),
        ),
      );
    }
    data.notes.push(...deps.notes);
    const named = atTip ? atTip.followUps : namedFollowUps(await namingJob, data.commits);
    data.followUps = named;
    data.identityHints = atTip ? atTip.identityHints : hints.hints();
    if (data.commits.length === 0) data.notes.push(t('No commits by these authors in the range.'));
    // The second step: the ranking says which stories matter; others' work in their files is
    // read now, for them alone.
    const focus = request.focus && data.commits.length > 0 ? request.focus(data) : undefined;
    // The docs serve only the step after the ranking (withRelevance gives every topic its docs
    // by what they are about): read while the top stories' files are, once those reads have
    // started (node waits on git then).
    const docsJob = jobs.add(
      new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
        atTip
          ? { near: atTip.docs, info: atTip.docInfo }
          : data.commits.length
            ? readDocInfo({
                run: runner(reader),
                cwd: reader.top,
                toSha: reader.toSha,
                commits: data.commits,
                signal: reader.signal,
                timeoutMs: reader.timeoutMs,
                track: reader.track,
              })
            : { near: [], info: [] },
      ),
    );
    let fileWork: StoryWork | undefined;
    if (focus) {
      const readWork = async (part: HistoryFocus): Promise<StoryWork> =>
        readFileWork(runner(reader), {
          paths: part.paths,
          commits: commitsOf(data.commits, part.commits),
          toSha: reader.toSha,
          end: dayStart(range.until) + DAY - 1,
          isMentee: reader.isMentee,
          linked: new Set(named.map((f) => f.sha)),
          patches: !range.partialClone,
          treeWidth: await treeWidth(),
          recent: await recentJob,
          walked: await walkedCommits(),
        }).then((work) => ({ ...part, ...work }));
      // A warm read reuses what an earlier ranking asked for, and reads only what it lacks.
      const have = atTip?.fileWork;
      const missing = have ? uncovered(have, focus) : focus;
      if (have && !missing) fileWork = have;
      else {
        const moreJob = jobs.add(readWork(missing ?? focus));
        await jobs.settle();
        const more = await moreJob;
        fileWork = have ? mergedWork(have, more) : more;
      }
      data.fileActivity = fileWork.fileActivity;
      data.followUps = sortedFollowUps([...named, ...fileWork.followUps]);
    }
    const docs = await docsJob;
    data.docs = docs.near;
    data.docInfo = docs.info;
    if (key) {
      const { commits, earlier, dependencyAdds } = data;
      options.reuse?.keep(
        key,
        {
          tip: range.toSha,
          commits,
          earlier,
          dependencyAdds,
          ownMerges: data.ownMerges,
          dependencyNotes: deps.notes,
          atTip: {
            until: range.until,
            docs: docs.near,
            docInfo: docs.info,
            followUps: named,
            identityHints: data.identityHints,
            fileWork,
          },
        },
        known?.tip,
      );
    }
    return data;
  } finally {
    jobs.dispose();
  }
}

/** What every read shares. */
interface Reader {
  top: string;
  toSha: string;
  authors: string[];
  isMentee: (name: string, email: string) => boolean;
  /** A shallow clone's boundary commit: its diff is the whole tree, not its author's work. */
  isBoundary: (sha: string, parents: readonly string[]) => boolean;
  noMerges: string[];
  signal: AbortSignal;
  /** Registers a git process with the Jobs, so that readHistory waits for it to end. */
  track: (child: Promise<void>) => Promise<void>;
  timeoutMs?: number;
}

/** How a cold read walks its range once (walkRange): the walk's date limits. */
interface OnceWalk {
  sinceArg?: string;
  until?: number;
}

/**
 * The date limits of one walk serving both the mentee's read and the naming read, or undefined
 * when their limits differ (a range after a session's HEAD with a first day: the mentee's read
 * has no --since, the naming read does) or are not the ones historyRange makes: then the two
 * logs run as before.
 */
function onceWalk(range: ResolvedRange): OnceWalk | undefined {
  const namingSince = range.since ? `--since=@${dayStart(range.since)} +0000` : undefined;
  let sinceArg: string | undefined;
  let until: number | undefined;
  for (const arg of range.dateArgs) {
    const end = /^--until=@(\d{1,15}) \+0000$/.exec(arg);
    if (end) until = Number(end[1]);
    else if (arg.startsWith('--since=')) sinceArg = arg;
    else return undefined;
  }
  if (sinceArg !== namingSince) return undefined;
  return { sinceArg, until };
}

/**
 * The mentee's commits in the range, newest first: one walk of the range pre-filtered by author,
 * or with `only` (walkRange's pick, newest first) a `--no-walk` read of just those commits.
 */
async function readRangeCommits(
  r: Reader,
  range: ResolvedRange,
  hints: IdentityHintTally,
  onProgress?: (commitsRead: number) => void,
  nothingNew = false,
  only?: readonly string[],
): Promise<Commit[]> {
  if (nothingNew || only?.length === 0) {
    onProgress?.(0);
    return [];
  }
  // Numstat reads every changed blob, which a partial clone may not have.
  const names = range.partialClone;
  const accept = (name: string, email: string) => {
    if (r.isMentee(name, email)) return true;
    hints.add(name, email);
    return false;
  };
  const parser = new LogParser({ accept, names });
  const commits: Commit[] = [];
  const keep = (c: Commit) => {
    if (r.isBoundary(c.sha, c.parents)) c.files = [];
    commits.push(c);
  };
  let reported = 0;
  await stream(r, {
    args: [
      '--literal-pathspecs',
      'log',
      '--use-mailmap',
      ...(names ? LOG_NAMES_FORMAT_ARGS : LOG_FORMAT_ARGS),
      '--no-textconv',
      '--no-ext-diff',
      ...(only
        ? ['--no-walk=unsorted', '--stdin', '--end-of-options']
        : [
            ...r.noMerges,
            ...authorArgs([...r.authors, ...hints.names.values()]),
            ...range.dateArgs,
            '--end-of-options',
            ...range.revisions,
          ]),
      '--',
    ],
    // Full hex names from our own parse of git's output, one a line.
    stdin: only && `${only.join('\n')}\n`,
    onStdout: (text) => {
      for (const c of parser.push(text)) keep(c);
      if (onProgress && parser.commitsRead - reported >= PROGRESS_EVERY) {
        reported = parser.commitsRead;
        onProgress(reported);
      }
    },
  });
  for (const c of parser.end()) keep(c);
  onProgress?.(parser.commitsRead);
  return commits;
}

/** EarlierTouches while they are read. */
interface GrowingTouches {
  paths: Set<string>;
  commits: number;
}

/**
 * The paths the mentee touched before the range (a set: bounded by the repository's size), added
 * to `into` as they arrive; resolves to `into` once all are in.
 */
async function readEarlierTouches(
  r: Reader,
  range: ResolvedRange,
  into: GrowingTouches,
  hints: IdentityHintTally,
  nothingNew = false,
): Promise<EarlierTouches> {
  if (!range.earlier || nothingNew) return into;
  // The mentee's commits, and those of another address under the mentee's name (an identity
  // hint): what that address touched is not new ground to the person either, so "first work in
  // Rust" is never claimed of someone who wrote Rust here under their other address (6 of 19
  // such claims on unlabelled contributors with hints were wrong). Only the mentee's count.
  const parser = new TouchParser(
    TOUCH_FIELD_COUNT,
    ([name, email]) => r.isMentee(name, email) || hints.add(name, email),
  );
  const take = (records: TouchRecord[]) => {
    for (const { fields, paths: touched } of records) {
      if (r.isMentee(fields[0], fields[1])) into.commits++;
      // A boundary commit's listed paths are the tree it started from.
      if (isBoundaryRecord(r, fields)) continue;
      for (const p of touched) into.paths.add(p);
    }
  };
  await stream(r, {
    args: [
      '--literal-pathspecs',
      'log',
      '--use-mailmap',
      ...TOUCH_FORMAT_ARGS,
      '--no-textconv',
      '--no-ext-diff',
      ...r.noMerges,
      ...authorArgs([...r.authors, ...hints.names.values()]),
      ...range.earlier.dateArgs,
      '--end-of-options',
      ...range.earlier.revisions,
      '--',
    ],
    onStdout: (text) => take(parser.push(text)),
  });
  take(parser.end());
  return into;
}

/** Added dependencies, and notes about manifests that could not be read. */
interface DependencyRead {
  adds: DependencyAdd[];
  notes: string[];
}

function emptyDeps(): DependencyRead {
  return { adds: [], notes: [] };
}

/** One manifest a commit changed: the blobs of its two sides. */
interface ManifestChange {
  sha: string;
  path: string;
  /** The manifest before the commit (its old path's blob for a move); undefined: a new file. */
  oldBlob?: string;
  newBlob: string;
}

/**
 * The dependencies the range's commits added to manifests. One `git log --raw --no-walk` of just
 * the commits that changed a manifest, limited to the manifests, gives the blob ids of each
 * manifest at the commit and at its first parent (a moved manifest pairs with its old path, as
 * the numstat read found it); one `git cat-file --batch` then streams those blobs, and the core
 * compares the two sides' dependencies as sets. A manifest over 1 MB, or one that does not parse
 * on either side, gives no adds and a note.
 */
async function readDependencyAdds(r: Reader, commits: readonly Commit[]): Promise<DependencyRead> {
  const manifests = new Set<string>();
  const shas = new Set<string>();
  // Per commit, the old path of each moved manifest.
  const moves = new Map<string, Map<string, string>>();
  for (const c of commits) {
    for (const f of c.files) {
      if (!isManifest(f.path)) continue;
      if (!shas.has(c.sha) && shas.size >= MAX_MANIFEST_COMMITS) continue;
      manifests.add(f.path);
      shas.add(c.sha);
      if (f.oldPath) {
        manifests.add(f.oldPath);
        if (!moves.has(c.sha)) moves.set(c.sha, new Map());
        moves.get(c.sha)?.set(f.path, f.oldPath);
      }
    }
  }
  if (manifests.size === 0) return emptyDeps();
  const parser = new RawDiffParser();
  await stream(r, {
    args: [
      '--literal-pathspecs',
      'log',
      '--no-walk=unsorted',
      ...RAW_DIFF_FORMAT_ARGS,
      '--no-textconv',
      '--no-ext-diff',
      '--end-of-options',
      // Full hex names from our own parse of git's output.
      ...shas,
      '--',
      ...[...manifests].sort().slice(0, MAX_MANIFESTS),
    ],
    onStdout: (text) => parser.push(text),
  });
  parser.end();

  const changes: ManifestChange[] = [];
  for (const [sha, entries] of parser.changes) {
    if (!shas.has(sha)) continue;
    const moved = moves.get(sha);
    for (const e of entries) {
      // Regular files only: a symlink's blob is its target, a submodule has none here.
      if (!isManifest(e.path) || !e.newBlob || !e.newMode.startsWith('100')) continue;
      const oldPath = e.oldBlob === undefined ? moved?.get(e.path) : undefined;
      const oldBlob = oldPath ? entries.find((o) => o.path === oldPath)?.oldBlob : e.oldBlob;
      changes.push({ sha, path: e.path, oldBlob, newBlob: e.newBlob });
    }
  }

  const adds: DependencyAdd[] = [];
  const notes: string[] = [];
  const note = (text: string) => {
    if (notes.length < MAX_SKIP_NOTES) notes.push(text);
  };
  // Each change asks for its old blob (when it has one) and then its new one; a change is
  // compared as soon as its new blob is in, so memory holds one pair of manifests at a time.
  const ids: string[] = [];
  const owner: { change: ManifestChange; side: 'old' | 'new' }[] = [];
  for (const change of changes) {
    if (change.oldBlob) {
      ids.push(change.oldBlob);
      owner.push({ change, side: 'old' });
    }
    ids.push(change.newBlob);
    owner.push({ change, side: 'new' });
  }
  let before: BlobRead | undefined;
  await r.track(
    readBlobs({
      cwd: r.top,
      ids,
      maxBytes: MANIFEST_MAX_BYTES,
      signal: r.signal,
      timeoutMs: r.timeoutMs,
      onBlob: (index, read) => {
        const { change, side } = owner[index];
        if (side === 'old') {
          before = read;
          return;
        }
        const old = change.oldBlob ? before : undefined;
        before = undefined;
        const where = `${change.path} in ${change.sha.slice(0, 7)}`;
        const sides = old ? [old, read] : [read];
        if (sides.some((b) => b.kind === 'too-large')) {
          note(
            t(
              '{0}: the file is over {1} MB, so its new dependencies are not read.',
              where,
              MANIFEST_MAX_BYTES / 1024 / 1024,
            ),
          );
          return;
        }
        if (read.kind !== 'text' || (old !== undefined && old.kind !== 'text')) return;
        const result = addedDependencies(
          change.path,
          old?.kind === 'text' ? old.text : undefined,
          read.text,
        );
        if (result.unreadable) {
          const side = result.unreadable === 'before' ? 'before' : 'after';
          note(
            t(
              '{0}: the file does not parse {1} the commit, so its new dependencies are not read.',
              where,
              side,
            ),
          );
        }
        for (const name of result.names)
          adds.push({ sha: change.sha, manifest: change.path, name });
      },
    }),
  );
  return { adds, notes };
}

/** What was read for the top stories: the focus it was read for and what it found. */
type StoryWork = FileWork & HistoryFocus;

/** The part of `focus` that `have` was not read for, or undefined when it covers it all. */
function uncovered(have: HistoryFocus, focus: HistoryFocus): HistoryFocus | undefined {
  const paths = new Set(have.paths);
  const commits = new Set(have.commits);
  const missing = {
    paths: focus.paths.filter((p) => !paths.has(p)),
    commits: focus.commits.filter((c) => !commits.has(c)),
  };
  return missing.paths.length || missing.commits.length ? missing : undefined;
}

/**
 * Two reads of story work in one: their paths are disjoint, so the activity tallies are too; a
 * commit that followed up commits of both is one follow-up with both targets.
 */
function mergedWork(a: StoryWork, b: StoryWork): StoryWork {
  const followUps = new Map<string, FollowUp>();
  for (const f of [...a.followUps, ...b.followUps])
    for (const target of f.targets) addFollowUp(followUps, f, f.kind, target);
  return {
    paths: [...a.paths, ...b.paths],
    commits: [...a.commits, ...b.commits],
    fileActivity: [...a.fileActivity, ...b.fileActivity],
    followUps: [...followUps.values()],
  };
}

/** The commits of `commits` named in `shas`, in their order. */
function commitsOf(commits: readonly Commit[], shas: readonly string[]): Commit[] {
  const wanted = new Set(shas);
  return commits.filter((c) => wanted.has(c.sha));
}

/** The Reader's hardened, tracked git for the reads in their own files. */
function runner(r: Reader): LogRunner {
  return (args, onStdout) => stream(r, { args, onStdout });
}

/** runner, for reads that hand git object ids on standard input. */
function stdinRunner(r: Reader): StdinLogRunner {
  return (args, onStdout, stdin) => stream(r, { args, onStdout, stdin });
}

/** True for a TOUCH_FORMAT_ARGS record of a shallow clone's boundary commit. */
function isBoundaryRecord(r: Reader, fields: readonly string[]): boolean {
  return r.isBoundary(
    fields[3],
    fields[4].split(' ').filter((p) => p !== ''),
  );
}

function stream(
  r: Reader,
  call: { args: string[]; onStdout: (text: string) => void; stdin?: string },
): Promise<void> {
  return r.track(
    streamGit({
      cwd: r.top,
      args: call.args,
      onStdout: call.onStdout,
      stdin: call.stdin,
      signal: r.signal,
      timeoutMs: r.timeoutMs,
      config: HISTORY_READ_CONFIG,
    }),
  );
}

function cancelled(): GitError {
  return new GitError('cancelled', t('Reading the git history was cancelled.'));
}
