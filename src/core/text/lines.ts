/** One line of a text, with its offsets; `end` excludes the line break, `next` includes it. */
export interface Line {
  /** 1-based line number. */
  number: number;
  start: number;
  end: number;
  next: number;
  text: string;
}

/** Splits a text into lines, keeping offsets; accepts LF, CRLF and lone CR. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  const len = text.length;
  while (start <= len) {
    let i = start;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      i++;
    }
    let next = i;
    if (i < len) next = text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    lines.push({ number: n++, start, end: i, next, text: text.slice(start, i) });
    if (i >= len) break;
    start = next;
  }
  return lines;
}

/** The line break a file uses, judged by its first line break; LF when it has none. */
export function detectEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

/** Converts an offset to a 1-based line and column. */
export function positionAt(
  lines: readonly Line[],
  offset: number,
): { line: number; column: number } {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo];
  return { line: line.number, column: offset - line.start + 1 };
}
