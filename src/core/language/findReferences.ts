import { literalLines } from '../text/markdown';
import { splitLines, type Line } from '../text/lines';

/** What a reference points at: a goal of the plan (`#G1`) or a person or owner (`@alex`). */
export type ReferenceKind = 'goal' | 'handle';

/**
 * One reference in a record's text. `start`/`end` are offsets into the text given (a BOM, when
 * present, counts as one character) and cover the token with its sigil (`#G1`, `@alex`), or the
 * bare id where the record writes one without (`goals: [G1]` in a session's front matter, the
 * `G1` of a plan's goal heading, a key of the plan's `handles:`).
 */
export interface Reference {
  kind: ReferenceKind;
  /** The normalised name: `G1` for `#G01`, `alex` for `@Alex`. */
  name: string;
  start: number;
  end: number;
  /** Offset where the name starts (after the sigil, if any): a rename replaces [nameStart, end). */
  nameStart: number;
  /** 1-based line. */
  line: number;
  /** True for a goal's own heading in the plan: its definition, not a mention. */
  definition?: boolean;
}

// The characters that may stand before a sigil: a line start, blanks and punctuation that opens or
// separates. A letter, digit, `/`, `.`, `&`, `=`, `?`, `+` or `-` before it means an email
// (`sam@example.com`), a path or a URL fragment (`.../issues#G1`), never a reference.
const BEFORE_OK = /[\s([{<,;:!"'*_~>|]/u;
const GOAL_AT = /^#G(\d+)(?![\p{L}\p{N}_-])/u;
const HANDLE_AT = /^@([\p{L}\p{N}][\p{L}\p{N}._-]*)/u;
const URL = /[a-z][a-z0-9+.-]*:\/\/[^\s<>]*|<[^\s<>@]+@[^\s<>]+>|www\.[^\s<>]+/giu;
const GOAL_HEADING = /^(#{3}[ \t]+)G(\d+)\b/;
const FM_GOALS = /^goals[ \t]*:/;
const FM_HANDLES = /^handles[ \t]*:[ \t]*(?:#.*)?$/;
const FM_HANDLE_KEY = /^([ \t]+)([A-Za-z0-9][\w.-]*)[ \t]*:/;
const BARE_GOAL = /\bG(\d+)\b/g;

/** The goal id a goal number stands for: `G7`; `G07` is the same goal as `G7`. */
export function goalId(digits: string): string {
  return `G${Number(digits)}`;
}

/**
 * Finds every `#G<n>` and `@handle` in a record's text, with its range. Not references: text in
 * fenced code blocks, code spans and HTML comments, URLs and autolinks (`.../issues#12`), email
 * addresses (`sam@example.com`), and the front matter except a session's `goals:` list and the
 * plan's `handles:` keys. A plan's `### G1: ...` heading is returned as the goal's definition.
 * Linear in the text's length.
 */
export function findReferences(text: string): Reference[] {
  const lines = splitLines(text);
  const refs: Reference[] = [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let body = 0;
  if (lines.length > 0 && lines[0].text.slice(bom).trimEnd() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(l.text));
    if (close > 0) {
      frontMatterReferences(lines.slice(1, close), refs);
      body = close + 1;
    }
  }
  const literal = literalLines(lines, body);
  for (let i = body; i < lines.length; i++) {
    if (literal.has(i)) continue;
    const line = lines[i];
    const heading = GOAL_HEADING.exec(line.text);
    if (heading) {
      const nameStart = line.start + heading[1].length;
      refs.push({
        kind: 'goal',
        name: goalId(heading[2]),
        start: nameStart,
        end: nameStart + 1 + heading[2].length,
        nameStart,
        line: line.number,
        definition: true,
      });
    }
    lineReferences(line, refs);
  }
  return refs;
}

function frontMatterReferences(lines: readonly Line[], refs: Reference[]): void {
  let inHandles = false;
  for (const line of lines) {
    if (FM_GOALS.test(line.text)) {
      // `goals: [G1, G2]` or `goals: G1`: the value part only, before a comment.
      const colon = line.text.indexOf(':');
      const hash = line.text.indexOf(' #', colon);
      const value = line.text.slice(colon + 1, hash >= 0 ? hash : undefined);
      for (const m of value.matchAll(BARE_GOAL)) {
        const start = line.start + colon + 1 + (m.index ?? 0);
        refs.push({
          kind: 'goal',
          name: goalId(m[1]),
          start,
          end: start + m[0].length,
          nameStart: start,
          line: line.number,
        });
      }
      inHandles = false;
      continue;
    }
    if (FM_HANDLES.test(line.text)) {
      inHandles = true;
      continue;
    }
    const key = inHandles ? FM_HANDLE_KEY.exec(line.text) : null;
    if (key) {
      const start = line.start + key[1].length;
      refs.push({
        kind: 'handle',
        name: key[2].toLowerCase(),
        start,
        end: start + key[2].length,
        nameStart: start,
        line: line.number,
        definition: true,
      });
    } else if (!/^[ \t]*(#.*)?$/.test(line.text)) inHandles = false;
  }
}

function lineReferences(line: Line, refs: Reference[]): void {
  const text = line.text;
  if (!text.includes('#') && !text.includes('@')) return;
  const skip = skippedSpans(text);
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '#' && c !== '@') continue;
    while (s < skip.length && skip[s][1] <= i) s++;
    if (s < skip.length && skip[s][0] <= i) {
      i = skip[s][1] - 1;
      continue;
    }
    if (i > 0 && !BEFORE_OK.test(text[i - 1])) continue;
    const rest = text.slice(i, i + 80);
    if (c === '#') {
      const m = GOAL_AT.exec(rest);
      if (!m) continue;
      push(refs, line, 'goal', goalId(m[1]), i, m[0].length);
      i += m[0].length - 1;
    } else {
      const m = HANDLE_AT.exec(rest);
      if (!m) continue;
      // A sentence may end right after a handle: "ask @alex." names alex.
      const name = m[1].replace(/[._-]+$/, '');
      push(refs, line, 'handle', name.toLowerCase(), i, name.length + 1);
      i += name.length;
    }
  }
}

function push(
  refs: Reference[],
  line: Line,
  kind: ReferenceKind,
  name: string,
  column: number,
  length: number,
): void {
  const start = line.start + column;
  refs.push({ kind, name, start, end: start + length, nameStart: start + 1, line: line.number });
}

/** Sorted [from, to) spans of a line that hold no references: code spans, URLs, inline HTML comments. */
function skippedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    const fence = '`'.repeat(n);
    let close = text.indexOf(fence, i + n);
    // A longer run of backticks does not close a shorter one.
    while (close >= 0 && text[close + n] === '`') {
      let m = close;
      while (text[m] === '`') m++;
      close = text.indexOf(fence, m);
    }
    if (close < 0) {
      i += n;
      continue;
    }
    spans.push([i, close + n]);
    i = close + n;
  }
  for (const m of text.matchAll(URL)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (let i = text.indexOf('<!--'); i >= 0; i = text.indexOf('<!--', i + 4)) {
    const end = text.indexOf('-->', i + 4);
    spans.push([i, end < 0 ? text.length : end + 3]);
    if (end < 0) break;
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
