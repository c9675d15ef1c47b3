import { locateFrontMatter } from '../text/frontMatter';
import { splitLines, type Line } from '../text/lines';
import { literalLines, readTaskLine, scanHeadings, sectionsOf } from '../text/markdown';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

/**
 * Which questions a file holds: `questions` (questions.md: every list item), `session` (a
 * session log: the Agenda and Next time sections), `markdown` (any other file: lines that end
 * with "?").
 */
export type QuestionFileKind = 'questions' | 'session' | 'markdown';

/** A question found in a file; `start` and `end` are offsets into the whole text. */
export interface QuestionLine {
  /** 1-based line. */
  line: number;
  start: number;
  end: number;
  question: string;
}

/** The sections of a session log whose questions are checked. */
export const CHECKED_SESSION_SECTIONS = ['Agenda', 'Next time'] as const;

const LIST_ITEM = /^[ \t]{0,12}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const NOTE = /^\(added (\S+?)(?: by @?([^,)]+?))?(?:, discussed (\S+?))?\)$/i;
const TRAILING_MARKUP = new Set(['*', '_', '"', "'", ')', '”', '’', '`']);

/**
 * Finds the questions to check in a file, with their offsets so an editor can mark them and
 * replace them with a rewrite. A list item's trailing "(added ... by ...)" note is left out;
 * when an item or line has several sentences, only the ones ending in "?" are returned (a
 * single-sentence list item is returned even without its "?"). Code blocks and HTML comments
 * are skipped, and so is the front matter.
 */
export function findQuestionLines(kind: QuestionFileKind, text: string): QuestionLine[] {
  const lines = splitLines(text);
  const block = locateFrontMatter(lines);
  if (block === 'unclosed') return [];
  const bodyFrom = block ? block.closeLine : 0;
  const literal = literalLines(lines, bodyFrom);
  const ranges: { from: number; to: number }[] = [];
  if (kind === 'session') {
    const sections = sectionsOf(scanHeadings(lines, bodyFrom), lines.length);
    // Every section of those names: a merge can leave a heading twice, and both hold questions.
    const wanted = CHECKED_SESSION_SECTIONS.map((n) => n.toLowerCase());
    for (const section of sections)
      if (wanted.includes(section.name.toLowerCase()))
        ranges.push({ from: section.bodyFrom, to: section.bodyTo });
  } else {
    ranges.push({ from: bodyFrom, to: lines.length });
  }
  const out: QuestionLine[] = [];
  for (const r of ranges) {
    for (let i = r.from; i < r.to; i++) {
      if (literal.has(i)) continue;
      const item = listItemText(lines[i], i);
      if (item) {
        out.push(...questionsIn(lines[i], item.start, item.end, true));
        continue;
      }
      if (kind === 'questions') continue;
      const plain = plainLineText(lines[i]);
      if (plain && endsWithQuestionMark(text, plain.start, plain.end))
        out.push(...questionsIn(lines[i], plain.start, plain.end, false));
    }
  }
  return out;
}

/** A list or task item's text, without its marker and trailing note (offsets in the whole text). */
function listItemText(line: Line, index: number): { start: number; end: number } | undefined {
  const task = readTaskLine(line, index);
  let start: number;
  if (task) start = task.textStart;
  else {
    const m = LIST_ITEM.exec(line.text);
    if (!m) return undefined;
    start = line.start + m[0].length;
  }
  let end = line.end;
  const body = line.text.slice(start - line.start);
  const note = noteIndex(body);
  if (note !== undefined) end = start + note;
  return trimmed(line, start, end);
}

/** A line's text without heading marks, quote marks and surrounding blanks. */
function plainLineText(line: Line): { start: number; end: number } | undefined {
  let i = 0;
  const t = line.text;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t') && i < 12) i++;
  while (i < t.length && (t[i] === '#' || t[i] === '>')) i++;
  return trimmed(line, line.start + i, line.end);
}

function trimmed(
  line: Line,
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  const t = line.text;
  let s = start - line.start;
  let e = end - line.start;
  while (s < e && /\s/.test(t[s])) s++;
  while (e > s && /\s/.test(t[e - 1])) e--;
  return e > s ? { start: line.start + s, end: line.start + e } : undefined;
}

function endsWithQuestionMark(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && TRAILING_MARKUP.has(text[e - 1])) e--;
  return text[e - 1] === '?';
}

/**
 * Where a trailing "(added DATE by @x, discussed DATE)" note starts. Anchored at the last
 * "(added ", so it runs once in linear time however long the line is.
 */
function noteIndex(text: string): number | undefined {
  const t = text.trimEnd();
  if (!t.endsWith(')')) return undefined;
  const index = t.toLowerCase().lastIndexOf('(added ');
  if (index < 0) return undefined;
  return NOTE.test(t.slice(index)) ? index : undefined;
}

/** The question sentences in [start, end) of a line: the "?" ones when there are several. */
function questionsIn(line: Line, start: number, end: number, listItem: boolean): QuestionLine[] {
  const text = line.text.slice(start - line.start, end - line.start);
  const sentences = splitSentences(tokenize(text));
  const asking = sentences.filter((s) => s.asks);
  const whole = { line: line.number, start, end, question: text };
  if (sentences.length <= 1) return listItem || asking.length > 0 ? [whole] : [];
  if (asking.length === 0) return listItem ? [whole] : [];
  return asking.map((s) => ({
    line: line.number,
    start: start + s.start,
    end: start + s.end,
    question: text.slice(s.start, s.end),
  }));
}
