import type { Line } from './lines';

/** An ATX heading found outside code blocks. */
export interface Heading {
  level: number;
  text: string;
  line: Line;
  /** Index of the heading's line in the lines array. */
  index: number;
}

/** A level-2 section: its heading and the lines up to the next level-1 or level-2 heading. */
export interface Section {
  name: string;
  heading: Heading;
  /** Index of the first line after the heading. */
  bodyFrom: number;
  /** Index one past the last line of the section. */
  bodyTo: number;
}

const HEADING_OPEN = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Indices of the lines in [from, to) that are literal text, not markdown structure: fenced code
 * blocks (fences included) and multi-line HTML comments. A heading or a task line there is an
 * example, not a section or an item. `from` must not be inside a block.
 */
export function literalLines(lines: readonly Line[], from: number, to = lines.length): Set<number> {
  return scanLiteral(lines, from, to).literal;
}

/** True when line `to` would be inside a code block or HTML comment opened at or after `from`. */
export function insideOpenBlock(lines: readonly Line[], from: number, to: number): boolean {
  return scanLiteral(lines, from, to).open;
}

function scanLiteral(
  lines: readonly Line[],
  from: number,
  to: number,
): { literal: Set<number>; open: boolean } {
  const literal = new Set<number>();
  let fence: string | undefined;
  let comment = false;
  for (let i = from; i < to; i++) {
    const text = lines[i].text;
    if (comment) {
      literal.add(i);
      if (text.includes('-->')) comment = false;
      continue;
    }
    if (
      !fence &&
      /^ {0,3}<!--/.test(text) &&
      !text.slice(text.indexOf('<!--') + 4).includes('-->')
    ) {
      literal.add(i);
      comment = true;
      continue;
    }
    const f = FENCE.exec(text);
    if (fence) {
      literal.add(i);
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && text.trim() === f[1])
        fence = undefined;
      continue;
    }
    if (f) {
      literal.add(i);
      fence = f[1];
    }
  }
  return { literal, open: comment || fence !== undefined };
}

/** Finds ATX headings from line `from` on, skipping fenced code blocks and HTML comments. */
export function scanHeadings(lines: readonly Line[], from: number): Heading[] {
  const headings: Heading[] = [];
  const literal = literalLines(lines, from);
  for (let i = from; i < lines.length; i++) {
    if (literal.has(i)) continue;
    const text = lines[i].text;
    const h = readHeading(text);
    if (h) headings.push({ ...h, line: lines[i], index: i });
  }
  return headings;
}

/**
 * Reads an ATX heading's level and text, or undefined. Done by hand in linear time: a single
 * regex with optional closing `#`s and trailing blanks backtracks quadratically on a long line,
 * and a hostile file could then freeze the editor.
 */
export function readHeading(text: string): { level: number; text: string } | undefined {
  const m = HEADING_OPEN.exec(text);
  if (!m) return undefined;
  let rest = text.slice(m[0].length).trim();
  let end = rest.length;
  while (end > 0 && rest.charCodeAt(end - 1) === 35) end--;
  // A closing run of #s counts only when it is all there is or follows a blank.
  if (end === 0) rest = '';
  else if (end < rest.length && /[ \t]/.test(rest[end - 1])) rest = rest.slice(0, end).trimEnd();
  return { level: m[1].length, text: rest };
}

/** Groups headings into level-2 sections. */
export function sectionsOf(headings: readonly Heading[], lineCount: number): Section[] {
  const sections: Section[] = [];
  for (let h = 0; h < headings.length; h++) {
    const heading = headings[h];
    if (heading.level !== 2) continue;
    let to = lineCount;
    for (let k = h + 1; k < headings.length; k++) {
      if (headings[k].level <= 2) {
        to = headings[k].index;
        break;
      }
    }
    sections.push({ name: heading.text, heading, bodyFrom: heading.index + 1, bodyTo: to });
  }
  return sections;
}

/** Finds a section by name, case-insensitively. */
export function findSection(sections: readonly Section[], name: string): Section | undefined {
  const wanted = name.toLowerCase();
  return sections.find((s) => s.name.toLowerCase() === wanted);
}

/** A task-list item: `- [ ] text`, `* [x] text`, `+ [X] text`. */
export interface TaskLine {
  line: Line;
  index: number;
  done: boolean;
  /** Offset (in the whole text) of the character between the brackets. */
  markOffset: number;
  /** The text after the checkbox. */
  text: string;
  /** Offset where `text` starts. */
  textStart: number;
}

const TASK = /^(\s{0,3}[-*+][ \t]+\[)([ xX])(\][ \t]+)(.*)$/;

/** Reads a line as a task-list item, or undefined. */
export function readTaskLine(line: Line, index: number): TaskLine | undefined {
  const m = TASK.exec(line.text);
  if (!m) return undefined;
  const markOffset = line.start + m[1].length;
  return {
    line,
    index,
    done: m[2] !== ' ',
    markOffset,
    text: m[4],
    textStart: markOffset + 1 + m[3].length,
  };
}

/** Index one past the last non-blank line in [from, to); `from` when all are blank. */
export function lastContentLine(lines: readonly Line[], from: number, to: number): number {
  let end = to;
  while (end > from && lines[end - 1].text.trim() === '') end--;
  return end;
}
