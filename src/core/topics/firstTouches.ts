import type { Commit, EarlierTouches, FileChange } from './historyData';
import { isPureRename } from './isPureRename';
import { directoryOf, isGeneratedOrLock, rollUp } from './paths';
import { addEvidenceFile, compareText } from './topicDraft';

/**
 * How deep an area goes: "src/db/migrations/v2/x.sql" is work in "src/db/migrations". Deeper
 * folders split one piece of work into many areas; shallower ones hide where it went.
 */
export const AREA_DEPTH = 3;

/**
 * At most this many new areas when the mentee has no earlier history: then every directory is
 * new, and a list of all of them would drown the other topics.
 */
export const MAX_NEW_AREAS_WITHOUT_HISTORY = 5;

/** The area of a file: its directory, rolled up to AREA_DEPTH segments ("" for the top folder). */
export function areaOf(path: string): string {
  return rollUp(directoryOf(path), AREA_DEPTH);
}

/**
 * True for a file change that says where work went: not a lock file, not generated or vendored
 * code, and not a pure move (see isPureRename).
 */
export function isWork(file: FileChange): boolean {
  return !isGeneratedOrLock(file.path) && !isPureRename(file);
}

/** How much of the range's work went into one area. */
export interface AreaWork {
  dir: string;
  /** Lines added plus deleted. */
  lines: number;
  /** Commits that changed a file there. */
  commits: number;
  /** The commits' shas, in the order given (newest first for HistoryData.commits). */
  shas: string[];
  /** The files changed there, in order of first appearance, at most MAX_EVIDENCE (topicDraft). */
  files: string[];
}

/** The area of a file's work, or undefined to leave the file out. */
export type AreaFor = (file: FileChange) => string | undefined;

/** The default AreaFor: the file's area (areaOf) when the change is work (isWork). */
const workArea: AreaFor = (file) => (isWork(file) ? areaOf(file.path) : undefined);

/**
 * The work in each area the commits touch, leaving out lock files, generated or vendored code and
 * pure moves, sorted by lines, then commits, then directory name (so the order is the same
 * everywhere). `areaFor` may put files in other areas (or leave more out).
 */
export function workByArea(commits: readonly Commit[], areaFor: AreaFor = workArea): AreaWork[] {
  const areas = new Map<string, AreaWork>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const dir = areaFor(file);
      if (dir === undefined) continue;
      let area = areas.get(dir);
      if (area === undefined) {
        area = { dir, lines: 0, commits: 0, shas: [], files: [] };
        areas.set(dir, area);
      }
      area.lines += file.added + file.deleted;
      if (area.shas[area.shas.length - 1] !== commit.sha) {
        area.shas.push(commit.sha);
        area.commits++;
      }
      addEvidenceFile(area.files, file.path);
    }
  }
  return [...areas.values()].sort(
    (a, b) => b.lines - a.lines || b.commits - a.commits || compareText(a.dir, b.dir),
  );
}

/**
 * The directories (and their ancestors) the earlier paths lie in, up to AREA_DEPTH segments, and
 * whether any earlier path sits in the top folder: the areas already touched before.
 */
function touchedBefore(earlier: EarlierTouches): { dirs: Set<string>; top: boolean } {
  const dirs = new Set<string>();
  let top = false;
  for (const path of earlier.paths) {
    const dir = areaOf(path);
    if (dir === '') {
      top = true;
      continue;
    }
    // Every ancestor of a touched directory was touched too ("src/db/x.ts" touches "src").
    let i = dir.length;
    while (i > 0) {
      const ancestor = dir.slice(0, i);
      if (dirs.has(ancestor)) break;
      dirs.add(ancestor);
      i = ancestor.lastIndexOf('/');
    }
  }
  return { dirs, top };
}

/**
 * Where each new area goes once new areas that branch inside a new folder are merged into it:
 * entering "services/pay" with a README, an api/ and a db/ folder is one first, not three. A new
 * area goes to the highest folder above it that the mentee never touched anything under before
 * and in which the new areas take two or more ways (two sub-folders, or the folder's own files
 * and a sub-folder). Never into the top folder: "first work in the top folder" would say nothing.
 */
function mergeIntoParents(
  fresh: ReadonlySet<string>,
  touched: ReadonlySet<string>,
): (dir: string) => string {
  // For each folder above a new area, the sub-folders through which new areas lie under it.
  const branches = new Map<string, Set<string>>();
  for (const dir of fresh) {
    for (let i = dir.indexOf('/'); i > 0;) {
      const next = dir.indexOf('/', i + 1);
      const ancestor = dir.slice(0, i);
      const branch = dir.slice(i + 1, next < 0 ? dir.length : next);
      const set = branches.get(ancestor);
      if (set === undefined) branches.set(ancestor, new Set([branch]));
      else set.add(branch);
      i = next;
    }
  }
  const into = new Map<string, string>();
  for (const dir of fresh) {
    // The highest folder first: at most AREA_DEPTH - 1 of them.
    for (let i = dir.indexOf('/'); i > 0; i = dir.indexOf('/', i + 1)) {
      const ancestor = dir.slice(0, i);
      if (touched.has(ancestor)) continue;
      const ways = (branches.get(ancestor)?.size ?? 0) + (fresh.has(ancestor) ? 1 : 0);
      if (ways < 2) continue;
      into.set(dir, ancestor);
      break;
    }
  }
  return (dir) => into.get(dir) ?? dir;
}

/** A new area and the areas (areaOf) merged into it. */
export interface NewArea extends AreaWork {
  /** The areas whose files make up this one: itself, or the new areas merged into it. */
  members: string[];
}

/**
 * The directories the range's commits touch that the mentee never touched before, most work
 * first. Each changed file counts for its directory rolled up to AREA_DEPTH segments
 * ("src/db/migrations/v2/x.sql" -> "src/db/migrations"); a directory was touched before when
 * some earlier path lies in it, and the top folder ("") when an earlier path sits there.
 * Lock files, generated or vendored code and pure moves do not make an area new, and nor does a
 * file renamed from a path the mentee touched before (it is code they know, in a new place).
 * New areas that branch inside a new folder are merged into it (mergeIntoParents).
 *
 * With no earlier history at all (the range starts with the mentee's first commit) everything
 * is new: then only the MAX_NEW_AREAS_WITHOUT_HISTORY areas with the most work are returned.
 */
export function newAreas(commits: readonly Commit[], earlier: EarlierTouches): NewArea[] {
  const before = touchedBefore(earlier);
  const fresh = new Set<string>();
  for (const commit of commits) {
    for (const file of commit.files) {
      if (!isWork(file)) continue;
      if (file.oldPath !== undefined && earlier.paths.has(file.oldPath)) continue;
      const dir = areaOf(file.path);
      if (dir === '' ? !before.top : !before.dirs.has(dir)) fresh.add(dir);
    }
  }
  if (fresh.size === 0) return [];
  const merged = mergeIntoParents(fresh, before.dirs);
  const members = new Map<string, string[]>();
  for (const dir of fresh) {
    const into = merged(dir);
    const list = members.get(into);
    if (list === undefined) members.set(into, [dir]);
    else list.push(dir);
  }
  const work = workByArea(commits, (file) => {
    if (!isWork(file)) return undefined;
    const dir = areaOf(file.path);
    return fresh.has(dir) ? merged(dir) : undefined;
  }).map((area) => ({ ...area, members: (members.get(area.dir) ?? []).sort(compareText) }));
  const noHistory = earlier.commits === 0 && earlier.paths.size === 0;
  return noHistory ? work.slice(0, MAX_NEW_AREAS_WITHOUT_HISTORY) : work;
}

/** The directories of newAreas, most work first (what the git layer reads experts for). */
export function newAreaDirs(commits: readonly Commit[], earlier: EarlierTouches): string[] {
  return newAreas(commits, earlier).map((area) => area.dir);
}
