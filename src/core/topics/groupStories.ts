import { commitTraits, isChangelog, type CommitTraits } from './commitTraits';
import type { Commit } from './historyData';
import type { TaggedRelease } from './releaseVersion';
import { HELP_TRAILERS } from './helpersOf';
import { isGeneratedOrLock, isManifest, isTestFile } from './paths';

/*
 * Stories: the mentee's commits grouped into the pieces of work a mentor would talk about.
 *
 * 1. Landings. Commits applied together (git am, a rebase, "rebase and merge") share one commit
 *    time: consecutive commits (by commit time) within SERIES_SECONDS of each other land
 *    together, and so do applied commits (written long before they landed) within
 *    LANDING_PAUSE_SECONDS, a rebase that stopped for a conflict; a landing is one patch series,
 *    one story however long. Author times more than SERIES_GAP_DAYS apart
 *    split it, so that a history rewritten in bulk is not one series.
 * 2. Stories from landings, oldest first:
 *    - a revert joins the story of the commit it reverts (when that is in the range);
 *    - an autosquash commit ("fixup! <subject>") joins the story holding that subject;
 *    - a cherry-pick or backport joins the story holding the same subject (a backport pair);
 *    - a change to the supported versions of a runtime ("drop support for Python 3.8") joins the
 *      story of the first such change of that runtime, however far apart: one support policy
 *      (supportedRuntime.ts);
 *    - a fix (isFixSubject) of files an earlier story changed within FIX_CHAIN_DAYS joins that
 *      story as rework (files that tie: see matchFiles; never a release story): a fix to work that had already landed (never a commit of the same
 *      landing, which is one series);
 *    - release chores (a version bump, a changelog update) join a release within a day;
 *    - other work joins the previous story when it shares a subject prefix ("pool: ...")
 *      within PREFIX_DAYS, or shares a file within FEATURE_DAYS and says nothing else; a story
 *      stops growing at MAX_STORY_COMMITS;
 *    - a small follow-up (a commit alone in its landing, no help trailers, at most
 *      FOLLOW_UP_SHARE of the lines) to files that one earlier story made (the story with the
 *      most lines in each of them) joins that story within FOLLOW_UP_DAYS: the typo fixed in
 *      one's own document weeks later, the docs of a feature (see followedUpStory).
 *    Everything else starts a story of its own.
 *    Before all of these: the commits one pull request brought in (the same merge on HEAD's
 *    first-parent line, Commit.merge) are one story, whatever their commit times: a branch
 *    revised under review, then merged. None of them is rework of another (review revisions
 *    are not fixes to landed work), and the first of them starts the story. A commit naming
 *    another by its object name (a revert, a `Fixes:` trailer) is left out: what it names
 *    had landed (see namesLandedCommit). A merge that
 *    brought in more than MAX_MERGE_COMMITS of the mentee's commits, or commits more than
 *    MAX_MERGE_DAYS apart, is a branch sync, not one piece of work: its commits are grouped
 *    as if pushed directly (see pullRequestsOf).
 * 3. A story that holds the same patch again (same subject, same file) as an earlier story joins
 *    it: a second take after a revert, a resubmission, the change on another branch (see
 *    joinResubmissions).
 * Each step looks only at the previous story, the story of a file or subject, or a sha: linear
 * in the commits and their files, no commit compared with every other.
 */

/** Commits whose commit times are at most this far apart landed together (git am, rebase). */
export const SERIES_SECONDS = 5;
/**
 * A rebase that paused (a conflict resolved, a slow hook) applies the rest of a series a little
 * later: commits written earlier than they landed, landing at most this far apart, still land
 * together.
 */
export const LANDING_PAUSE_SECONDS = 120;
/** ...when each landed at least this long after it was written (applied, not just committed). */
export const APPLIED_LATER_SECONDS = 3_600;
/** A landing is split where author times are more than this many days apart. */
export const SERIES_GAP_DAYS = 30;
/** A fix of files an earlier story changed within this many days is rework of that story. */
export const FIX_CHAIN_DAYS = 14;
/** Work with the same subject prefix within this many days continues a story. */
export const PREFIX_DAYS = 3;
/** Work on the same files within this many days, with no prefix saying otherwise, continues it. */
export const FEATURE_DAYS = 1;
/** A small change to files an earlier story made joins it up to this many days after it ended. */
export const FOLLOW_UP_DAYS = 90;
/** ...when it changes at most this share of the lines that story put in those files. */
export const FOLLOW_UP_SHARE = 0.25;
/** A story stops taking more commits (other than rework) at this many. */
export const MAX_STORY_COMMITS = 30;
/** A merge that brought in more of the mentee's commits than this synced a branch: no story. */
export const MAX_MERGE_COMMITS = 60;
/** ...and so did one whose commits were written more than this many days apart. */
export const MAX_MERGE_DAYS = 120;

const DAY = 86_400;

/** Why a commit is in a story: part of the work, or a later fix or revert of it. */
export type StoryRole = 'work' | 'rework';

/** One piece of work: its commits oldest first, with how each joined it. */
export interface Story {
  /** The oldest commit's sha: stable for the same evidence. */
  key: string;
  commits: Commit[];
  roles: StoryRole[];
  traits: CommitTraits[];
  /** How many landings (series) the work commits came in. */
  landings: number;
}

/**
 * The files that tie a commit to earlier work: what it really changed, apart from churn files
 * that every change touches (manifests, lock files, changelogs), tests (a fix adds its test to
 * the same test file as unrelated work) and hubs (files that HUB_SHARE of the commits change).
 */
function matchFiles(
  commit: Commit,
  isTest: (path: string) => boolean,
  hubs: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  for (const f of commit.files) {
    if (f.added === 0 && f.deleted === 0 && f.oldPath !== undefined) continue;
    if (isManifest(f.path) || isGeneratedOrLock(f.path) || isChangelog(f.path)) continue;
    if (isTest(f.path) || hubs.has(f.path)) continue;
    out.push(f.path);
  }
  return out;
}

/** A file changed by at least this share of the landings (and HUB_MIN of them) is a hub. */
export const HUB_SHARE = 0.1;
export const HUB_MIN = 5;

/**
 * The hubs of some commits: files so many landings change that sharing one says nothing. A
 * series counts once (its commits share a commit time), so a series all on one file and a fix of
 * it later do not make the file a hub.
 */
function hubsOf(commits: readonly Commit[]): Set<string> {
  const counts = new Map<string, number>();
  const lastLanding = new Map<string, number>();
  const landings = new Set<number>();
  for (const c of commits) {
    const at = landedAt(c);
    landings.add(at);
    for (const f of c.files) {
      if (lastLanding.get(f.path) === at) continue;
      lastLanding.set(f.path, at);
      counts.set(f.path, (counts.get(f.path) ?? 0) + 1);
    }
  }
  const least = Math.max(HUB_MIN, HUB_SHARE * landings.size);
  const hubs = new Set<string>();
  for (const [path, n] of counts) if (n >= least) hubs.add(path);
  return hubs;
}

/** The commit time, or the author time for data read before commit times were. */
function landedAt(c: Commit): number {
  return c.commitTime ?? c.time;
}

/**
 * True when two commits landed together (see step 1 at the top): commit times within
 * SERIES_SECONDS, or within LANDING_PAUSE_SECONDS when both were applied long after they were
 * written (a paused rebase); never author times more than SERIES_GAP_DAYS apart.
 */
function landsWith(a: Commit, b: Commit): boolean {
  if (Math.abs(a.time - b.time) > SERIES_GAP_DAYS * DAY) return false;
  const apart = Math.abs(landedAt(a) - landedAt(b));
  if (apart <= SERIES_SECONDS) return true;
  const applied = (c: Commit) => landedAt(c) - c.time >= APPLIED_LATER_SECONDS;
  return apart <= LANDING_PAUSE_SECONDS && applied(a) && applied(b);
}

/** Lower-case subject without tags, for pairing a backport with its original. */
function subjectKey(traits: CommitTraits): string {
  return traits.cleanSubject
    .replace(/\(cherry picked[^)]*\)/gi, '')
    .replace(/\bback-?port(?:ed|s|ing)?\b:?/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const NO_TAGS: ReadonlyMap<string, readonly TaggedRelease[]> = new Map();

/**
 * Groups the commits (any order) into stories, oldest story first (see the top of this file).
 * Merge commits without file changes are left out: their work is in the commits they merge.
 * `tagged`: the release tags pointing at a commit, by its object name.
 */
export function groupStories(
  commits: readonly Commit[],
  isTest: (path: string) => boolean = isTestFile,
  tagged: ReadonlyMap<string, readonly TaggedRelease[]> = NO_TAGS,
): Story[] {
  const hubs = hubsOf(commits);
  const indexed = commits
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !(c.parents.length > 1 && c.files.length === 0));
  // Oldest first by commit time, then author time; the log's order (newest first) breaks ties.
  indexed.sort((a, b) => landedAt(a.c) - landedAt(b.c) || a.c.time - b.c.time || b.i - a.i);
  const stories: Story[] = [];
  const byFile = new Map<string, Story>();
  const makers = new Map<string, Maker>();
  const alone = aloneInLanding(indexed.map(({ c }) => c));
  const bySubject = new Map<string, Story>();
  const bySha = new Map<string, Story>();
  const pullRequests = pullRequestsOf(indexed.map(({ c }) => c));
  const byMerge = new Map<string, Story>();
  const byRuntime = new Map<string, Story>();
  let previous: Commit | undefined;
  let landing = 0;
  let landingOf = new Map<Story, number>();
  let last: Story | undefined;
  let lastRole: StoryRole = 'work';
  const shaStory = (prefix: string): Story | undefined => {
    if (prefix.length >= 40) return bySha.get(prefix);
    // An abbreviated name: the story of the commit it starts (few reverts, so a scan is cheap).
    for (const [sha, story] of bySha) if (sha.startsWith(prefix)) return story;
    return undefined;
  };
  const add = (story: Story, c: Commit, t: CommitTraits, role: StoryRole) => {
    story.commits.push(c);
    story.roles.push(role);
    story.traits.push(t);
    if (role === 'work' && landingOf.get(story) !== landing) {
      story.landings++;
      landingOf.set(story, landing);
    }
  };
  for (const [position, { c }] of indexed.entries()) {
    const t = commitTraits(c, tagged.get(c.sha));
    const sameLanding = previous !== undefined && landsWith(c, previous);
    if (!sameLanding) landing++;
    previous = c;
    const files = matchFiles(c, isTest, hubs);
    let story: Story | undefined;
    let role: StoryRole = 'work';
    const pr =
      c.merge !== undefined && pullRequests.has(c.merge.sha) && !namesLandedCommit(c, t)
        ? c.merge.sha
        : undefined;
    if (pr !== undefined) {
      // One pull request is one story: its first commit starts it, the rest are its work.
      story = byMerge.get(pr);
    } else if (sameLanding && last !== undefined) {
      // One series is one story, however long; its commits are never rework of each other.
      story = last;
      role = lastRole;
    } else if (t.revert && t.reverts !== undefined && shaStory(t.reverts)) {
      story = shaStory(t.reverts);
      role = 'rework';
    } else if (t.revert && bySubject.has(revertedSubjectKey(c.subject))) {
      story = bySubject.get(revertedSubjectKey(c.subject));
      role = 'rework';
    } else if (t.fixupOf !== undefined && bySubject.has(t.fixupOf.trim().toLowerCase())) {
      story = bySubject.get(t.fixupOf.trim().toLowerCase());
      role = 'rework';
    } else if (t.pickedFrom !== undefined && shaStory(t.pickedFrom)) {
      story = shaStory(t.pickedFrom);
    } else if (t.backport && bySubject.has(subjectKey(t))) {
      story = bySubject.get(subjectKey(t));
    } else if (t.runtime !== undefined && byRuntime.has(t.runtime)) {
      story = byRuntime.get(t.runtime);
    } else if (t.fix) {
      story = fixedStory(files, byFile, c);
      if (story !== undefined) role = 'rework';
    }
    if (pr !== undefined) {
      // Nothing else to look for: the pull request's first commit starts its story below.
    } else if (story === undefined && last !== undefined && continues(last, c, t, files, byFile)) {
      story = last;
    }
    if (pr === undefined && story === undefined && alone[position] && followUpCandidate(c, t)) {
      story = followedUpStory(c, files, makers);
    }
    if (story === undefined) {
      story = { key: c.sha, commits: [], roles: [], traits: [], landings: 0 };
      stories.push(story);
    }
    add(story, c, t, role);
    if (pr !== undefined) byMerge.set(pr, story);
    for (const f of files) byFile.set(f, story);
    noteMaker(makers, story, c, files);
    bySha.set(c.sha, story);
    if (t.runtime !== undefined && !byRuntime.has(t.runtime)) byRuntime.set(t.runtime, story);
    const key = subjectKey(t);
    if (key !== '' && !bySubject.has(key)) bySubject.set(key, story);
    const plain = c.subject.trim().toLowerCase();
    if (!bySubject.has(plain)) bySubject.set(plain, story);
    last = story;
    lastRole = role;
  }
  landingOf = new Map();
  return joinResubmissions(stories);
}

/**
 * The merges (by object name) whose commits are one pull request's story: they brought in at
 * least two of `commits` and at most MAX_MERGE_COMMITS, written at most MAX_MERGE_DAYS apart.
 */
function pullRequestsOf(commits: readonly Commit[]): Set<string> {
  const seen = new Map<string, { n: number; first: number; last: number }>();
  for (const c of commits) {
    if (c.merge === undefined) continue;
    const s = seen.get(c.merge.sha);
    if (s === undefined) seen.set(c.merge.sha, { n: 1, first: c.time, last: c.time });
    else {
      s.n++;
      s.first = Math.min(s.first, c.time);
      s.last = Math.max(s.last, c.time);
    }
  }
  const out = new Set<string>();
  for (const [sha, s] of seen)
    if (s.n >= 2 && s.n <= MAX_MERGE_COMMITS && s.last - s.first <= MAX_MERGE_DAYS * DAY)
      out.add(sha);
  return out;
}

/**
 * True for a commit that names another by its object name (a revert, a `Fixes:` trailer): the
 * commit it names had landed already (under review, names change), so it is a fix of landed
 * work even inside the same merge (a topic branch that got a fix on top), not part of the PR.
 */
function namesLandedCommit(c: Commit, t: CommitTraits): boolean {
  if (t.reverts !== undefined) return true;
  return (c.trailers ?? []).some(
    (x) => x.key.toLowerCase() === 'fixes' && /^[0-9a-f]{7,40}\b/i.test(x.value.trim()),
  );
}

/** Re-sorts a story's commits (with their roles and traits) oldest first after a join. */
function keepOldestFirst(story: Story): void {
  const order = story.commits.map((_, i) => i);
  const at = (i: number) => landedAt(story.commits[i]);
  order.sort((a, b) => at(a) - at(b) || story.commits[a].time - story.commits[b].time || a - b);
  story.commits = order.map((i) => story.commits[i]);
  story.roles = order.map((i) => story.roles[i]);
  story.traits = order.map((i) => story.traits[i]);
}

/** A subject this short ("fix typo", "update docs") says too little to call two commits one patch. */
export const RESUBMIT_MIN_WORDS = 4;

/**
 * Step 3: a story holding a commit with the same subject as an earlier story's commit, on a
 * file that commit changed too, is the same patch again (a second take after a revert, a
 * resubmitted series, the change applied to another branch): it joins the earlier story. Churn
 * and release subjects ("update dev dependencies") repeat without being one piece of work.
 * Linear: one map from subject to the story and files that first used it.
 */
function joinResubmissions(stories: Story[]): Story[] {
  const first = new Map<string, { story: Story; files: ReadonlySet<string> }>();
  const kept: Story[] = [];
  for (const story of stories) {
    let into: Story | undefined;
    story.commits.forEach((c, i) => {
      const t = story.traits[i];
      if (into !== undefined || story.roles[i] !== 'work') return;
      if (t.churn || t.releaseChore || t.release !== undefined || t.revert) return;
      const key = t.cleanSubject.trim().toLowerCase();
      if (key.split(/\s+/).length < RESUBMIT_MIN_WORDS) return;
      const earlier = first.get(key);
      if (earlier !== undefined && c.files.some((f) => earlier.files.has(f.path))) {
        into = earlier.story;
      }
    });
    const owner = into ?? story;
    if (into !== undefined) {
      into.commits.push(...story.commits);
      into.roles.push(...story.roles);
      into.traits.push(...story.traits);
      into.landings += story.landings;
      keepOldestFirst(into);
    } else {
      kept.push(story);
    }
    story.commits.forEach((c, i) => {
      const key = story.traits[i].cleanSubject.trim().toLowerCase();
      if (!first.has(key))
        first.set(key, { story: owner, files: new Set(c.files.map((f) => f.path)) });
    });
  }
  return kept;
}

/** The story that put the most lines in a file so far, with its lines there. */
interface Maker {
  story: Story;
  lines: number;
  /** Lines of each story, made only when a second story touches the file (most files have one). */
  byStory?: Map<Story, number>;
}

/** Lines a commit changed per file, read once per commit (a commit may hold 100,000 files). */
function linesByFile(c: Commit): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of c.files) out.set(f.path, (out.get(f.path) ?? 0) + f.added + f.deleted);
  return out;
}

/** Records the lines `c` put in `files` for `story`, and which story made each file most. */
function noteMaker(
  makers: Map<string, Maker>,
  story: Story,
  c: Commit,
  files: readonly string[],
): void {
  if (files.length === 0) return;
  const lines = linesByFile(c);
  for (const path of files) {
    const n = lines.get(path) ?? 0;
    const m = makers.get(path);
    if (m === undefined) {
      makers.set(path, { story, lines: n });
      continue;
    }
    if (m.byStory === undefined) {
      if (m.story === story) {
        m.lines += n;
        continue;
      }
      m.byStory = new Map([[m.story, m.lines]]);
    }
    const total = (m.byStory.get(story) ?? 0) + n;
    m.byStory.set(story, total);
    if (total > m.lines || m.story === story) {
      m.story = story;
      m.lines = total;
    }
  }
}

/** For each commit (sorted as grouped): true when no other commit landed with it. */
function aloneInLanding(sorted: readonly Commit[]): boolean[] {
  return sorted.map((c, i) => {
    const near = (o: Commit | undefined) => o !== undefined && landsWith(c, o);
    return !near(sorted[i - 1]) && !near(sorted[i + 1]);
  });
}

/**
 * True for a commit that may be a small follow-up: not a release, backport, revert, security
 * fix or churn (stories or noise of their own), and no one's help on it (work that drew a
 * report or review is worth its own conversation).
 */
function followUpCandidate(c: Commit, t: CommitTraits): boolean {
  if (t.release !== undefined || t.backport || t.revert || t.security !== undefined) return false;
  if (t.churn || t.releaseChore) return false;
  return !(c.trailers ?? []).some((x) => x.key.toLowerCase() in HELP_TRAILERS);
}

/**
 * The earlier story `c` follows up, if any: one story made every file `c` changes (put the most
 * lines in each), ended at most FOLLOW_UP_DAYS before it, is not a release, and `c` changes at
 * most FOLLOW_UP_SHARE of the lines that story put in those files.
 */
function followedUpStory(
  c: Commit,
  files: readonly string[],
  makers: ReadonlyMap<string, Maker>,
): Story | undefined {
  if (files.length === 0) return undefined;
  let story: Story | undefined;
  let made = 0;
  let lines = 0;
  const changed = linesByFile(c);
  for (const path of files) {
    const m = makers.get(path);
    if (m === undefined || (story !== undefined && m.story !== story)) return undefined;
    story = m.story;
    made += m.lines;
    lines += changed.get(path) ?? 0;
  }
  if (story === undefined || story.traits.some((t) => t.release !== undefined)) return undefined;
  const end = landedAt(story.commits[story.commits.length - 1]);
  if (landedAt(c) - end > FOLLOW_UP_DAYS * DAY) return undefined;
  return lines <= FOLLOW_UP_SHARE * made ? story : undefined;
}

/** The subject key of what a `Revert "<subject>"` commit reverts. */
function revertedSubjectKey(subject: string): string {
  const m = /^Revert "(.*)"$/.exec(subject.trim());
  return m ? m[1].trim().toLowerCase() : '';
}

/** The latest story that changed one of `files` within FIX_CHAIN_DAYS before `fix`, if any. */
function fixedStory(
  files: readonly string[],
  byFile: ReadonlyMap<string, Story>,
  fix: Commit,
): Story | undefined {
  let best: Story | undefined;
  let bestTime = -Infinity;
  for (const f of files) {
    const story = byFile.get(f);
    // A release is not the work it ships: a later fix belongs with that work, not the release.
    if (story === undefined || story.traits.some((t) => t.release !== undefined)) continue;
    const end = landedAt(story.commits[story.commits.length - 1]);
    if (landedAt(fix) - end > FIX_CHAIN_DAYS * DAY) continue;
    if (end > bestTime) {
      best = story;
      bestTime = end;
    }
  }
  return best;
}

/**
 * True when `c` continues the previous story: a release chore after a release (or a release
 * after its chores, or the same version released again from another module) within a day, the same subject prefix within PREFIX_DAYS, or a shared file
 * within FEATURE_DAYS when neither has a different prefix and neither is a release, backport,
 * revert or security fix (those are stories of their own).
 */
function continues(
  story: Story,
  c: Commit,
  t: CommitTraits,
  files: readonly string[],
  byFile: ReadonlyMap<string, Story>,
): boolean {
  if (story.commits.length >= MAX_STORY_COMMITS) return false;
  const end = story.commits[story.commits.length - 1];
  const gap = landedAt(c) - landedAt(end);
  const head = story.traits[0];
  const storyRelease = story.traits.some((x) => x.release !== undefined);
  const storyChores = story.traits.every((x) => x.releaseChore || x.churn);
  // One version released from several modules or manifests on one day is one release.
  const sameRelease = t.release !== undefined && story.traits.some((x) => x.release === t.release);
  if (
    gap <= DAY &&
    ((storyRelease && (t.releaseChore || t.churn || sameRelease)) || (storyChores && t.release))
  )
    return true;
  const special = (x: CommitTraits) =>
    x.release !== undefined || x.backport || x.revert || x.security !== undefined;
  if (special(t) || story.traits.some(special)) return false;
  if (t.prefix !== '' && head.prefix === t.prefix && gap <= PREFIX_DAYS * DAY) return true;
  if (t.prefix !== '' && head.prefix !== '' && head.prefix !== t.prefix) return false;
  if (gap > FEATURE_DAYS * DAY || t.churn || storyChores) return false;
  return files.some((f) => byFile.get(f) === story);
}
