import { describeDoc, pathWords, topicWords } from '../core/topics/docWords';
import { isGuideDoc } from '../core/topics/docsFor';
import type { Commit, DocInfo } from '../core/topics/historyData';
import { directoryOf, isDocFile } from '../core/topics/paths';
import { readBlobs } from './catFileBlobs';
import { NulTokens } from './logParser';
import type { LogRunner } from './logRunner';

// The near docs kept for the folder-based suggestions (HistoryData.docs).
const MAX_NEAR_DOCS = 200;
// Docs whose headings are read; git's Documentation/ alone has about 900 files.
const MAX_DOC_INFO = 300;
// A doc larger than this is described by its name only; all read together stay under TOTAL_BYTES.
const DOC_MAX_BYTES = 128 * 1024;
const TOTAL_BYTES = 8 * 1024 * 1024;
const OBJECT_ID = /^[0-9a-f]{40,64}$/;
// A path whose base name has no extension (a dot only at its start, or none) or a prose one:
// isDocFile and PROSE can only hold for these.
const PROSE_EXTENSION = /(?:^|\/)\.?[^./]*$|\.(?:md|markdown|mdx|rst|adoc|asciidoc|txt)$/i;
const PROSE = /\.(md|markdown|mdx|rst|adoc|asciidoc|txt)$|^[^.]*$/i;

/** What readDocInfo needs: the tip, and the range's commits (what the docs are chosen for). */
export interface DocInfoRead {
  run: LogRunner;
  cwd: string;
  toSha: string;
  commits: readonly Commit[];
  signal?: AbortSignal;
  timeoutMs?: number;
  track: (child: Promise<void>) => Promise<void>;
}

/** Both views of the docs at the tip. */
export interface DocsRead {
  /** Docs in or above a folder the range touched (HistoryData.docs), in the tree's order. */
  near: string[];
  /** What each of the most relevant docs is about (HistoryData.docInfo). */
  info: DocInfo[];
}

/** One documentation file of the tip's tree. */
interface DocEntry {
  path: string;
  blob: string;
  size: number;
}

/**
 * The documentation files of the tip's tree (README*, CONTRIBUTING*, SubmittingPatches, HACKING,
 * DEVELOPMENT, docs/**, Documentation/**, ADRs), from one `git ls-tree -r -l`, and the titles and
 * headings of at most MAX_DOC_INFO of them through one `git cat-file --batch` (blob ids on its
 * standard input). When there are more, or more bytes than TOTAL_BYTES (only then is the order
 * worked out): guides first, then READMEs in or above the folders the range touched, then docs
 * whose path shares a word with the range's paths and subjects, then the shallowest. Sizes come
 * from the tree, so a doc over DOC_MAX_BYTES, or beyond TOTAL_BYTES, is described by its path
 * alone and its bytes are never read.
 */
export async function readDocInfo(read: DocInfoRead): Promise<DocsRead> {
  const near = new Set<string>();
  for (const c of read.commits) {
    for (const f of c.files) {
      for (let dir = directoryOf(f.path); !near.has(dir); dir = directoryOf(dir)) {
        near.add(dir);
        if (dir === '') break;
      }
    }
  }
  const nearDocs: string[] = [];
  const entries: DocEntry[] = [];
  const tokens = new NulTokens(
    () => 65_536,
    (token) => {
      // "<mode> <type> <object> <size, padded>\t<path>", read by index: thousands of entries, most
      // of them not docs, so no split or array per entry and the cheap tests first.
      const tab = token.indexOf('\t');
      if (tab < 0 || !token.startsWith('100')) return;
      const typeAt = token.indexOf(' ') + 1;
      if (typeAt === 0 || typeAt > tab || !token.startsWith('blob ', typeAt)) return;
      const path = token.slice(tab + 1);
      // Most of a tree is code: an extension no doc has rules a path out before the doc tests.
      if (!PROSE_EXTENSION.test(path)) return;
      const doc = isDocFile(path);
      if (!doc && !(isGuideDoc(path) && PROSE.test(path))) return;
      const blobAt = typeAt + 5;
      let blobEnd = token.indexOf(' ', blobAt);
      if (blobEnd < 0 || blobEnd > tab) blobEnd = tab;
      const blob = token.slice(blobAt, blobEnd);
      if (!OBJECT_ID.test(blob)) return;
      const dir = directoryOf(path);
      if (doc && nearDocs.length < MAX_NEAR_DOCS && near.has(dir)) nearDocs.push(path);
      const size = Number(token.slice(blobEnd, tab)) || 0;
      entries.push({ path, blob, size });
    },
  );
  // The tree of the commit read, not the work tree or index: no fsmonitor, no local changes.
  await read.run(
    ['ls-tree', '-r', '-z', '-l', '--full-tree', '--end-of-options', read.toSha],
    (text) => tokens.push(text),
  );
  tokens.flush();

  let bytes = 0;
  for (const e of entries) if (e.size <= DOC_MAX_BYTES) bytes += e.size;
  // Which docs come first matters only when not all of them can be read.
  const chosen =
    entries.length <= MAX_DOC_INFO && bytes <= TOTAL_BYTES
      ? entries
      : byRelevance(entries, near, wantedWords(read.commits)).slice(0, MAX_DOC_INFO);
  const ids: string[] = [];
  const owners: DocEntry[] = [];
  let budget = TOTAL_BYTES;
  for (const e of chosen) {
    if (e.size > DOC_MAX_BYTES || e.size > budget) continue;
    budget -= e.size;
    ids.push(e.blob);
    owners.push(e);
  }
  const texts = new Map<string, string>();
  await read.track(
    readBlobs({
      cwd: read.cwd,
      ids,
      maxBytes: DOC_MAX_BYTES,
      signal: read.signal,
      timeoutMs: read.timeoutMs,
      onBlob: (index, blob) => {
        if (blob.kind === 'text') texts.set(owners[index].path, blob.text);
      },
    }),
  );
  const info = chosen
    .map((e) => describeDoc(e.path, texts.get(e.path)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { near: nearDocs, info };
}

/** `entries` in the order their docs are read (rankOf, then by path). */
function byRelevance(
  entries: readonly DocEntry[],
  near: ReadonlySet<string>,
  wanted: ReadonlySet<string>,
): DocEntry[] {
  return entries
    .map((e) => ({ e, rank: rankOf(e.path, near, wanted) }))
    .sort((a, b) => a.rank - b.rank || (a.e.path < b.e.path ? -1 : a.e.path > b.e.path ? 1 : 0))
    .map(({ e }) => e);
}

/** The words of the range's subjects and paths: a doc sharing one is about the range's work. */
function wantedWords(commits: readonly Commit[]): Set<string> {
  const wanted = new Set<string>();
  for (const c of commits) {
    for (const w of topicWords(c.subject)) wanted.add(w);
    for (const f of c.files) {
      if (wanted.size < 5000) for (const w of pathWords(f.path)) wanted.add(w);
    }
  }
  return wanted;
}

/** Which docs to read first when there are too many (lower first). */
function rankOf(path: string, near: ReadonlySet<string>, wanted: ReadonlySet<string>): number {
  if (isGuideDoc(path)) return 0;
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  if (base.startsWith('readme') && near.has(directoryOf(path))) return 1;
  const depth = path.split('/').length;
  return pathWords(path).some((w) => wanted.has(w)) ? 2 + depth / 100 : 3 + depth / 100;
}
