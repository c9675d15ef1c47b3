import type { DocInfo } from './historyData';
import { memoByPath } from './memoByPath';
import { baseNameOf } from './paths';

/*
 * What a documentation file is about, as words: from its path, its title and its headings (never
 * its prose, which mentions everything). Pure: the git layer hands in the text it read.
 */

/** Words that say nothing about a topic (articles, prepositions, and the words of every path). */
const STOP = new Set(
  (
    'the and for with from into onto this that these those are was were been have has had not ' +
    'you your our its their his her how what when where why which who use using used can will ' +
    'should must may also more most other some any all per via about over under than then them ' +
    'add adds added fix fixes fixed make makes made update updates updated change changes changed ' +
    'remove removes removed new old src lib libs source sources index main file files dir doc docs ' +
    'documentation readme txt adoc rst markdown html test tests spec specs internal pkg cmd app ' +
    'way ways one two get set let see out off too just only like'
  ).split(' '),
);

// Headings beyond this many are not read: a long manual's first headings say what it is about.
const MAX_HEADINGS = 60;
const MAX_WORDS = 200;
// A heading line is cut at this many characters.
const HEADING_MAX = 200;

// Hoisted: the bundle turns the look-behind into `new RegExp(...)`, a new object at each use.
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const HUMP = /(?<=\p{Ll})(?=\p{Lu})/u;
const HUMP_TEST = /\p{Ll}\p{Lu}/u;
const DIGITS = /^\d+$/;

/**
 * The lower-case words of a text that could name a topic: split at anything but letters and
 * digits and at camelCase humps ("readHistory" -> "read", "history"), at least 3 characters,
 * without STOP words and pure numbers.
 */
export function topicWords(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(NOT_WORD)) {
    if (part === '') continue;
    // Only a word with a lower-case letter before an upper-case one has humps to split at.
    const pieces = HUMP_TEST.test(part) ? part.split(HUMP) : [part];
    for (const piece of pieces) {
      const word = piece.toLowerCase();
      if (word.length >= 3 && !STOP.has(word) && !DIGITS.test(word)) out.push(word);
    }
  }
  return out;
}

/** The words of a path's folders and base name without its extension ("src/db/pool.ts": db, pool). */
export const pathWords: (path: string) => readonly string[] = memoByPath(function pathWords(
  path: string,
): readonly string[] {
  // Remembered per path (the doc search asks for every touched file's words): shared, so read-only.
  const base = baseNameOf(path);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return topicWords(`${path.slice(0, path.length - base.length)} ${stem}`);
});

/**
 * The headings of a markdown, AsciiDoc, reStructuredText or plain-text document, in order:
 * `# ATX` and `= AsciiDoc` lines, and setext/rst/AsciiDoc-underlined lines (a line followed by
 * one of = - ~ ^ repeated). Linear in the text; fenced code blocks are skipped.
 */
export function docHeadings(text: string): string[] {
  const lines = text.split(/\r?\n/, 20_000);
  const out: string[] = [];
  let fence = false;
  for (let i = 0; i < lines.length && out.length < MAX_HEADINGS; i++) {
    const line = lines[i].slice(0, HEADING_MAX);
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const atx = /^(#{1,6}|={1,6})[ \t]+(.+)$/.exec(line);
    if (atx) {
      out.push(atx[2].replace(/[ \t]+[#=]+[ \t]*$/, '').trim());
      continue;
    }
    const next = lines[i + 1];
    const text0 = line.trim();
    if (next === undefined || text0 === '' || /^[=\-~^*+#]+$/.test(text0)) continue;
    const under = next.trim();
    if (
      under.length >= 3 &&
      /^([=\-~^])\1*$/.test(under) &&
      Math.abs(under.length - text0.length) <= 2
    ) {
      out.push(text0);
      i++;
    }
  }
  return out.filter((h) => h !== '');
}

/** A DocInfo for a documentation file: its title (first heading) and its words (name, title, headings). */
export function describeDoc(path: string, text: string | undefined): DocInfo {
  const headings = text === undefined ? [] : docHeadings(text);
  const words = new Set(pathWords(path));
  for (const heading of headings) {
    for (const w of topicWords(heading)) {
      if (words.size >= MAX_WORDS) break;
      words.add(w);
    }
  }
  const info: DocInfo = { path, words: [...words] };
  if (headings.length > 0) info.title = headings[0];
  return info;
}
