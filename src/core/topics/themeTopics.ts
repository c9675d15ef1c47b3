import { directoryOf, isDocFile, isManifest } from './paths';
import type { Story } from './groupStories';
import { isCodeFile } from './isCodeFile';
import type { StoryDraft } from './storyTopics';
import type { TopicFacet } from './topic';
import {
  compareText,
  count,
  dirName,
  evidence,
  MAX_EVIDENCE,
  truncate,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';

/*
 * Themes: several small stories on the same ground, raised as one (issue 16, "a story of
 * stories"). A mentor who sees three one-line fixes to the shell integration, each too small to
 * raise on its own (worthRaising.ts), raises "the fixes to the shell integration" once: what
 * they had in common, what that part of the code taught. So the stories below the floor that
 * share a ground are gathered into one topic, listed in it as its evidence, not again apart.
 *
 * The ground is one file (where most of each story's lines are; for a fix with its test, the
 * code it fixes), or one folder holding all of each story's files. It must say something:
 *   - not a hub: a file or folder most of the mentee's stories touch (their main module) ties
 *     nothing together, so one touched by more than HUB_SHARE of all their stories is no ground;
 *   - not churn or prose: changelogs, manifests, lock files and generated code are bookkeeping,
 *     and small edits to READMEs and docs pages are upkeep a mentor leaves out;
 *   - not the top folder, which holds unrelated files of every kind.
 * Only small stories join (below the floor, not churn); releases, security fixes, backports and
 * reverts are always worth raising (worthRaising.ts), so they never join one. A theme needs
 * MIN_THEME_STORIES stories: two small changes to a file are a coincidence more often than a
 * theme. Grounds are taken greedily, the one with the most stories first (a file before its
 * folder on a tie, since it says more), each story in one theme at most. A theme ranks at its
 * strongest story's score and a little more per further story (THEME_STEP, at most
 * THEME_BONUS_MAX): together they weigh more than any one of them, but a handful of small changes
 * does not outrank a real piece of work by much.
 */

/** A theme gathers at least this many small stories. */
export const MIN_THEME_STORIES = 3;
/** A file or folder touched by more than this share of the mentee's stories is a hub. */
export const HUB_SHARE = 0.5;
/** At most this many themes: only the first few can reach the main list. */
export const MAX_THEMES = 5;
/** A theme ranks at its strongest story's score plus this much per further story... */
export const THEME_STEP = 2;
/** ...up to this much. */
export const THEME_BONUS_MAX = 6;

/** A theme ready to become a topic: its draft, the tags its question is chosen by, its stories. */
export interface ThemeDraft {
  draft: TopicDraft;
  tags: string[];
  /** The stories it gathers, oldest first: its evidence, not listed again. */
  members: StoryDraft[];
}

/** Prose: READMEs, docs pages, plain text. */
function isProse(path: string): boolean {
  return isDocFile(path) || /\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt)$/i.test(path);
}

/**
 * Evidence files that can be a theme's ground: not manifests or prose. A story's evidence files
 * are already its meaningful ones (storyTopics.ts: no changelogs, lock files or generated code).
 */
function isGroundFile(path: string): boolean {
  return !isProse(path) && !isManifest(path);
}

/** Where a story lies: its ground file and folder. */
interface Place {
  /** The ground file where most of its lines are (for a fix with its test, the code), if any. */
  file?: string;
  /** The folder holding all its ground files, if there is one (never the top folder). */
  folder?: string;
}

/** What a path is, for themes: its folder, and whether it can be a ground (asked when needed). */
interface PathKind {
  dir: string;
  ground?: boolean;
}

// A read is ranked twice with the same stories and test layout (computeTopics.ts): where each
// story lies, and what each path is, are worked out once.
const places = new WeakMap<Story, Place>();
const pathKinds = new WeakMap<(path: string) => boolean, Map<string, PathKind>>();

/** The path kinds of one history (its test layout stands for it). */
function kindsFor(isTest: (path: string) => boolean): Map<string, PathKind> {
  let kinds = pathKinds.get(isTest);
  if (kinds === undefined) {
    kinds = new Map();
    pathKinds.set(isTest, kinds);
  }
  return kinds;
}

/** The kind of a path, its folder worked out once. */
function kindOf(kinds: Map<string, PathKind>, path: string): PathKind {
  let k = kinds.get(path);
  if (k === undefined) {
    k = { dir: directoryOf(path) };
    kinds.set(path, k);
  }
  return k;
}

/** isGroundFile, once per path. */
function isGround(kinds: Map<string, PathKind>, path: string): boolean {
  const k = kindOf(kinds, path);
  k.ground ??= isGroundFile(path);
  return k.ground;
}

/** The place of a story, worked out once per story from its evidence files. */
function placeOf(s: StoryDraft, isTest: (path: string) => boolean): Place {
  const known = places.get(s.story);
  if (known !== undefined) return known;
  const kinds = kindsFor(isTest);
  const files = s.draft.evidence.files;
  // A story is on the file where most of its lines are, not on every file it brushes: a test
  // added with a one-line CI change is about the test. But a fix with its test is about the
  // code it fixes, so a test file is its ground only when it changed no code beside.
  let file = files.find((f) => isGround(kinds, f));
  if (file !== undefined && isTest(file)) file = files.find(isCodeFile) ?? file;
  // A folder is a story's ground only when all its files are in it: work spread over several
  // folders is about something else; so is a story with more files than its evidence holds.
  const dir = file === undefined ? '' : kindOf(kinds, file).dir;
  const inDir = (f: string) => kindOf(kinds, f).dir === dir || !isGround(kinds, f);
  const folder = dir !== '' && files.length < MAX_EVIDENCE && files.every(inDir) ? dir : undefined;
  const place: Place = {
    ...(file !== undefined ? { file } : {}),
    ...(folder !== undefined ? { folder } : {}),
  };
  places.set(s.story, place);
  return place;
}

/** "two", "three", ... "ten", then digits. */
function numberWord(n: number): string {
  const words = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return n >= 2 && n <= 10 ? words[n - 2] : String(n);
}

/** A story's title without its "(3 commits)" or "(series of 3 patches)" tail. */
function shortTitle(s: StoryDraft): string {
  return s.draft.title.replace(/\s*\((?:series of )?\d+ (?:patches|commits)\)$/, '');
}

/** One ground and the small stories on it. */
interface Ground {
  /** The file, or the folder. */
  name: string;
  folder: boolean;
  members: StoryDraft[];
  /** How many of all the mentee's stories touch it. */
  touches: number;
  /** The last story counted in `touches` (a story's files count it once). */
  touchedBy?: StoryDraft;
}

/**
 * The themes of a mentee's stories (see the top of this file), strongest first. `small` says
 * which stories are below the worth-raising floor; `isTest` is the history's test layout. Linear
 * in the stories: it reads each story's evidence files (at most 20), never all of its commits',
 * and only once per story however often the stories are ranked.
 */
export function themeTopics(
  stories: readonly StoryDraft[],
  small: (s: StoryDraft) => boolean,
  isTest: (path: string) => boolean,
  ctx: TopicContext,
): ThemeDraft[] {
  // A story without meaningful lines lists all its files as evidence: none is a ground.
  const candidate = (s: StoryDraft) => small(s) && !s.churn && s.lines > 0;
  // The grounds by file and by folder, apart: a key of "f:" or "d:" plus the path would be built
  // and hashed for every file of every story.
  const byFile = new Map<string, Ground>();
  const byDir = new Map<string, Ground>();
  const add = (s: StoryDraft, grounds: Map<string, Ground>, name: string, folder: boolean) => {
    const g = grounds.get(name) ?? { name, folder, members: [], touches: 0 };
    g.members.push(s);
    grounds.set(name, g);
  };
  for (const s of stories) {
    if (!candidate(s)) continue;
    const place = placeOf(s, isTest);
    if (place.file !== undefined) add(s, byFile, place.file, false);
    if (place.folder !== undefined) add(s, byDir, place.folder, true);
  }
  const enough = (m: Map<string, Ground>) =>
    new Map([...m].filter(([, g]) => g.members.length >= MIN_THEME_STORIES));
  const files = enough(byFile);
  const dirs = enough(byDir);
  // How many of all the mentee's stories, big and small, touch each ground: a hub is no ground.
  // A story's files here are its evidence (the 20 with the most lines): a sweep through
  // thousands of files makes no file a hub, and reading them all would cost more than the rest.
  const kinds = kindsFor(isTest);
  const touch = (g: Ground | undefined, s: StoryDraft) => {
    if (g === undefined || g.touchedBy === s) return;
    g.touchedBy = s;
    g.touches++;
  };
  if (files.size > 0 || dirs.size > 0)
    for (const s of stories)
      for (const f of s.draft.evidence.files) {
        touch(files.get(f), s);
        if (dirs.size > 0) touch(dirs.get(kindOf(kinds, f).dir), s);
      }
  const hub = Math.max(MIN_THEME_STORIES, HUB_SHARE * stories.length);
  const wanted = [...files.values(), ...dirs.values()];
  const weight = new Map<Ground, number>();
  for (const g of wanted)
    weight.set(
      g,
      g.members.reduce((sum, s) => sum + s.draft.score, 0),
    );
  const ordered = wanted
    .filter((g) => g.touches <= hub)
    .sort(
      (a, b) =>
        b.members.length - a.members.length ||
        (weight.get(b) ?? 0) - (weight.get(a) ?? 0) ||
        Number(a.folder) - Number(b.folder) ||
        compareText(a.name, b.name),
    );
  const taken = new Set<StoryDraft>();
  const themes: ThemeDraft[] = [];
  for (const g of ordered) {
    if (themes.length >= MAX_THEMES) break;
    const members = g.members.filter((s) => !taken.has(s));
    if (members.length < MIN_THEME_STORIES) continue;
    for (const s of members) taken.add(s);
    themes.push(themeDraft(g, members, ctx));
  }
  return themes.sort(
    (a, b) => b.draft.score - a.draft.score || compareText(a.draft.id, b.draft.id),
  );
}

/** The topic of one theme: what its stories were, on which ground, and how much. */
function themeDraft(
  g: Ground,
  members: StoryDraft[],
  ctx: TopicContext,
): ThemeDraft {
  const n = members.length;
  const fixes = members.every((s) => s.tags.includes('fix'));
  const noun = fixes ? 'fixes' : 'changes';
  const where = g.folder ? `files in ${dirName(g.name)}/` : truncate(g.name);
  const ranked = [...members].sort(
    (a, b) => b.draft.score - a.draft.score || compareText(a.draft.id, b.draft.id),
  );
  const named = ranked.slice(0, 3).map((s) => `“${truncate(shortTitle(s), 50)}”`);
  const more = n > 3 ? ` and ${n - 3} more` : '';
  const title = `${numberWord(n)} small ${noun} to ${where}: ${named.join(', ')}${more}`;
  const lines = members.reduce((sum, s) => sum + s.lines, 0);
  const files = new Set<string>();
  for (const s of members) for (const f of s.draft.evidence.files) files.add(f);
  const facets: TopicFacet[] = [
    {
      kind: 'size',
      text: `${n} stories, ${lines} ${lines === 1 ? 'line' : 'lines'} in ${count(files.size, 'file')}`,
    },
  ];
  const withTests = members.filter((s) => s.tags.includes('tests')).length;
  if (withTests > 0)
    facets.push({ kind: 'tests', text: `Tests changed in ${withTests} of the ${n}` });
  for (const s of ranked.slice(0, 6)) {
    const newest = s.draft.evidence.commits[0];
    facets.push({
      kind: 'story',
      text: truncate(shortTitle(s), 100),
      ...(newest !== undefined ? { sha: newest } : {}),
    });
  }
  const strongest = ranked[0].draft.score;
  const score = Math.min(89, strongest + Math.min(THEME_BONUS_MAX, THEME_STEP * (n - 1)));
  const tags = ['theme', ...(fixes ? ['fix'] : []), ...(withTests > 0 ? ['tests'] : [])];
  return {
    draft: {
      id: `story:theme:${g.folder ? `${g.name}/` : g.name}`,
      kind: 'story',
      title: truncate(title.charAt(0).toUpperCase() + title.slice(1), 160),
      subject: `the ${numberWord(n)} ${noun} to ${where}`,
      score,
      evidence: evidence(
        ctx,
        ranked.flatMap((s) => s.story.commits.map((c) => c.sha)),
        [...(g.folder ? [] : [g.name]), ...files],
      ),
      facets,
    },
    tags,
    members: [...members].sort((a, b) => a.story.commits[0].time - b.story.commits[0].time),
  };
}
