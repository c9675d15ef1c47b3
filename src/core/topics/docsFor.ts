import { pathWords, topicWords } from './docWords';
import type { DocInfo } from './historyData';
import { baseNameOf, directoryOf } from './paths';
import { compareText } from './topicDraft';

/** At most this many documentation files are suggested for a topic. */
export const MAX_DOCS = 5;

/** The number of segments of a directory ("" has none). */
function depthOf(dir: string): number {
  if (dir === '') return 0;
  let n = 1;
  for (const ch of dir) if (ch === '/') n++;
  return n;
}

/**
 * The documentation files in or above a directory, nearest first: "src/db/README.md" is in
 * "src/db" (distance 0), "src/README.md" is above it (1), "src/db/adr/0001-x.md" is in it one
 * level down (1). At equal distance a file in the directory comes before one above it, then by
 * path. Files elsewhere ("docs/x.md" for "src/db") are not suggested: nothing ties them to it.
 */
export function docsFor(docs: readonly string[], dir: string): string[] {
  const depth = depthOf(dir);
  const found: { path: string; distance: number; above: boolean }[] = [];
  for (const path of docs) {
    const docDir = directoryOf(path);
    const inside = dir === '' || docDir === dir || docDir.startsWith(dir + '/');
    if (inside) {
      found.push({ path, distance: depthOf(docDir) - depth, above: false });
    } else if (docDir === '' || dir.startsWith(docDir + '/')) {
      found.push({ path, distance: depth - depthOf(docDir), above: true });
    }
  }
  return found
    .sort(
      (a, b) =>
        a.distance - b.distance || Number(a.above) - Number(b.above) || compareText(a.path, b.path),
    )
    .slice(0, MAX_DOCS)
    .map((d) => d.path);
}

/** Base-name prefixes (lower case) of a project's guides to contributing. */
const GUIDE_NAMES = [
  'contributing',
  'submittingpatches',
  'development',
  'hacking',
  'codingguidelines',
  'myfirstcontribution',
];

/** Folders (lower case, at the top) of a project's technical guides. */
const GUIDE_FOLDERS = ['docs/technical/', 'doc/technical/', 'documentation/technical/'];

/**
 * True for a project guide (CONTRIBUTING, SubmittingPatches, DEVELOPMENT, HACKING, coding
 * guidelines, or a file under docs/technical or Documentation/technical): how the project works,
 * worth reading for any change, so it comes before a README about something else.
 */
export function isGuideDoc(path: string): boolean {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  return (
    GUIDE_NAMES.some((g) => base.startsWith(g)) || GUIDE_FOLDERS.some((f) => lower.startsWith(f))
  );
}

/** True for a guide by its name (CONTRIBUTING...), offered even when no word of it matches. */
function isNamedGuide(path: string): boolean {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  return GUIDE_NAMES.some((g) => base.startsWith(g));
}

/** The documentation read at HEAD, indexed once for ranking against every topic. */
export interface DocIndex {
  docs: readonly DocInfo[];
  /** Per doc, the words of its path and title (a match there counts double). */
  strong: ReadonlySet<string>[];
  words: ReadonlySet<string>[];
  /** How rare each word is among the docs (ln of docs over docs having it): "git" in git's docs is worth nothing. */
  weight: ReadonlyMap<string, number>;
  /** How many docs have each word. */
  df: ReadonlyMap<string, number>;
  /** Per doc, what docsByRelevance asks of its path for every topic, worked out once. */
  paths: readonly DocPath[];
}

/** What docsByRelevance needs of a doc's path. */
export interface DocPath {
  dir: string;
  readme: boolean;
  namedGuide: boolean;
}

/** Indexes the docs for docsByRelevance. */
export function docIndex(docs: readonly DocInfo[]): DocIndex {
  const df = new Map<string, number>();
  const words = docs.map((d) => new Set(d.words));
  for (const set of words) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const weight = new Map<string, number>();
  for (const [w, n] of df) weight.set(w, Math.log((docs.length + 1) / n));
  const strong = docs.map((d) => new Set([...pathWords(d.path), ...topicWords(d.title ?? '')]));
  const paths = docs.map((d) => ({
    dir: directoryOf(d.path),
    readme: baseNameOf(d.path).toLowerCase().startsWith('readme'),
    namedGuide: isNamedGuide(d.path),
  }));
  return { docs, strong, words, weight, df, paths };
}

/** What a topic is about, for finding its docs: the files it touched and its commits' subjects. */
export interface DocQuery {
  files: readonly string[];
  subjects: readonly string[];
}

/**
 * What makes a doc about a topic: a shared word in its name or title that at most a quarter of the
 * docs have, or two shared heading words that each at most a tenth of the docs have. One common
 * heading word ("tree" in git's manual) is not enough.
 */
function isAbout(index: DocIndex, strongHits: string[], weakHits: string[]): boolean {
  const n = index.docs.length;
  const rare = (w: string, share: number) => (index.df.get(w) ?? 0) <= Math.max(3, n * share);
  return strongHits.some((w) => rare(w, 0.25)) || weakHits.filter((w) => rare(w, 0.1)).length >= 2;
}
// At most this many guides are offered for a topic that no doc is about.
const FALLBACK_GUIDES = 2;

/**
 * The docs for a topic, by what they are about: each doc's words (name, title, headings) that the
 * topic's paths and subjects share, weighted by rarity (DocIndex.weight) and doubled for name and
 * title words. The most relevant, then the project's guides (CONTRIBUTING, SubmittingPatches,
 * ...: at most two, never cut off by weak matches), then other matches, then a README at the top
 * or in or above a touched folder. A README of a folder the topic
 * did not touch is never offered, whatever its words. At most MAX_DOCS.
 */
export function docsByRelevance(index: DocIndex, query: DocQuery): string[] {
  const wanted = new Set<string>();
  for (const f of query.files) for (const w of pathWords(f)) wanted.add(w);
  for (const s of query.subjects) for (const w of topicWords(s)) wanted.add(w);
  const near = new Set<string>(['']);
  for (const f of query.files) {
    for (let dir = directoryOf(f); dir !== '' && !near.has(dir); dir = directoryOf(dir))
      near.add(dir);
  }
  const scored: { path: string; score: number }[] = [];
  const fallback: { path: string; rank: number }[] = [];
  index.docs.forEach((doc, i) => {
    const { readme, dir, namedGuide } = index.paths[i];
    if (readme && !near.has(dir)) return;
    let score = 0;
    const strongHits: string[] = [];
    const weakHits: string[] = [];
    for (const w of index.words[i]) {
      if (!wanted.has(w)) continue;
      const strong = index.strong[i].has(w);
      (strong ? strongHits : weakHits).push(w);
      score += (index.weight.get(w) ?? 0) * (strong ? 2 : 1);
    }
    if (isAbout(index, strongHits, weakHits)) scored.push({ path: doc.path, score });
    else if (namedGuide) fallback.push({ path: doc.path, rank: 0 });
    // The README nearest the work first: the folder's own, then those above it.
    else if (readme) fallback.push({ path: doc.path, rank: 1000 - depthOf(dir) });
  });
  scored.sort((a, b) => b.score - a.score || compareText(a.path, b.path));
  fallback.sort((a, b) => a.rank - b.rank || compareText(a.path, b.path));
  const guides = fallback.filter((f) => f.rank === 0).slice(0, FALLBACK_GUIDES);
  const readmes = fallback.filter((f) => f.rank > 0);
  // The best matches, then the guides (never cut off by a long tail of weak matches), then the rest.
  const best = scored.slice(0, MAX_DOCS - guides.length);
  return [...best, ...guides, ...scored.slice(best.length), ...readmes]
    .slice(0, MAX_DOCS)
    .map((d) => d.path);
}
