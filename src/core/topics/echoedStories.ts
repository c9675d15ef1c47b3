import { isChangelog } from './commitTraits';
import { isGeneratedOrLock, isManifest } from './paths';
import type { StoryDraft } from './storyTopics';
import { MAX_RAISED } from './worthRaising';

/*
 * One idea once (issue 16: "a top 10 holds about five ideas"). A piece of work often lands as
 * several stories: a benchmark script, its prototype and its review fixes in three pull requests;
 * a shell completion and its fix three months later. A mentor raises it once. So a story that
 * began after a stronger raised story, and whose title names the same thing (a word few of the
 * mentee's story titles use, not the subject prefix, which names an area) in a file they both
 * changed (one few of the mentee's stories change), echoes it: it is listed with the smaller
 * topics, not dropped. Releases, security fixes, backports and reverts are events of their own
 * and never echo.
 */

/** A title word (or file) in at most this share of the mentee's stories names one thing. */
export const ECHO_WORD_SHARE = 0.2;
/** ...or in at most this many stories, however few stories the mentee has. */
export const ECHO_MIN_SHARED = 2;

/** Words every kind of work uses: they name no one thing. */
const COMMON = new Set(
  (
    'a an and are as at be but by can do does dont for from has have if in into is it its no not of on ' +
    'or so than that the then this to too up via was when with without also only more less new old ' +
    'add added adds adding allow allows use used uses using make makes made fix fixes fixed fixing ' +
    'remove removed removes update updated updates change changed changes improve improved support ' +
    'supports instead some all any each other better first again set get move moved rename renamed ' +
    'test tests testing doc docs documentation file files code comment comments example examples ' +
    'refactor cleanup clean minor small typo typos version release released bump ' +
    // What every program has: naming one says nothing about which piece of work it was.
    'value default option parameter argument type config configuration setting error name string ' +
    'list function method variable var class object field data output input message line case'
  ).split(' '),
);

/** Release, security, backport and revert stories: events, not repeated work. */
const EVENTS = new Set(['release', 'security', 'backport', 'revert']);

/** The words of a subject that may name a thing: lower case, plurals folded, no common words. */
function wordsOf(subject: string): string[] {
  const out: string[] = [];
  for (const raw of subject.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || /^\d+$/.test(raw)) continue;
    const word =
      raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw;
    if (!COMMON.has(word) && !COMMON.has(raw)) out.push(word);
  }
  return out;
}

/** The story's work files that say what it changed (not changelogs, manifests or lock files). */
function filesOf(s: StoryDraft): Set<string> {
  const out = new Set<string>();
  for (const c of s.story.commits)
    for (const f of c.files)
      if (!isChangelog(f.path) && !isManifest(f.path) && !isGeneratedOrLock(f.path))
        out.add(f.path);
  return out;
}

/** When a story's work began: its oldest commit's landing (commit time, else author time). */
function startOf(s: StoryDraft): number {
  const c = s.story.commits[0];
  return c.commitTime ?? c.time;
}

/**
 * The ids of the stories that echo a stronger story raised before them (see the top of this
 * file). `raised` says which stories clear the floor; only they are compared, strongest first,
 * and only until 2 * MAX_RAISED distinct ones are kept (nothing below is shown anyway), so the
 * cost is linear in the stories and their words.
 */
export function echoedStories(
  stories: readonly StoryDraft[],
  raised: (s: StoryDraft) => boolean,
): Set<string> {
  const words = new Map<StoryDraft, Set<string>>();
  const df = new Map<string, number>();
  for (const s of stories) {
    // The title's words: what the story is about (a long series' other subjects name its steps).
    // Not the subject prefix ("CICD:", "t1800:"): it names the area, not the thing.
    const prefixes = new Set(s.story.traits.flatMap((t) => wordsOf(t.prefix)));
    const title = s.draft.title.replace(/\((?:series of )?\d+ (?:patches|commits)\)$/, '');
    const w = new Set(wordsOf(title).filter((x) => !prefixes.has(x)));
    words.set(s, w);
    for (const x of w) df.set(x, (df.get(x) ?? 0) + 1);
  }
  const most = Math.max(ECHO_MIN_SHARED, ECHO_WORD_SHARE * stories.length);
  // Likewise a file most stories touch (the main module, a registry) ties nothing together.
  const filesByStory = new Map<StoryDraft, Set<string>>();
  const fileDf = new Map<string, number>();
  for (const s of stories) {
    const files = filesOf(s);
    filesByStory.set(s, files);
    for (const f of files) fileDf.set(f, (fileDf.get(f) ?? 0) + 1);
  }
  const ranked = stories
    .filter((s) => raised(s) && !s.tags.some((t) => EVENTS.has(t)))
    .sort((a, b) => b.draft.score - a.draft.score || (a.draft.id < b.draft.id ? -1 : 1));
  const keptByWord = new Map<string, { files: Set<string>; start: number }[]>();
  const echoes = new Set<string>();
  let kept = 0;
  for (const s of ranked) {
    if (kept >= 2 * MAX_RAISED) break;
    const distinct = [...(words.get(s) ?? [])].filter((x) => (df.get(x) ?? 0) <= most);
    const files = new Set(
      [...(filesByStory.get(s) ?? [])].filter((f) => (fileDf.get(f) ?? 0) <= most),
    );
    const start = startOf(s);
    const echoing = distinct.some((x) =>
      (keptByWord.get(x) ?? []).some(
        (k) => k.start < start && [...files].some((f) => k.files.has(f)),
      ),
    );
    if (echoing) {
      echoes.add(s.draft.id);
      continue;
    }
    kept++;
    const entry = { files, start };
    for (const x of distinct) keptByWord.set(x, [...(keptByWord.get(x) ?? []), entry]);
  }
  return echoes;
}
