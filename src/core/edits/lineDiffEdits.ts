import type { RecordDocument } from '../records/recordDocument';
import type { TextEdit } from '../text/textEdit';

/** Past this many lines a side, the range is replaced whole (a quadratic diff is not worth it). */
const MAX_DIFF_LINES = 2000;

/**
 * The smallest set of whole-line edits that turns lines [from, to) of `doc` into `wanted`: the
 * lines both share (a longest common subsequence) are not touched, so a person's lines keep their
 * bytes, and an editor keeps its cursor and undo history on them. New lines use the file's own
 * line break. `to` must be a line index of the document (its line break is kept).
 */
export function lineDiffEdits(
  doc: RecordDocument,
  from: number,
  to: number,
  wanted: readonly string[],
): TextEdit[] {
  const have = doc.lines.slice(from, to).map((l) => l.text);
  const eol = doc.eol;
  const offsetOf = (index: number) =>
    index < doc.lines.length ? doc.lines[index].start : doc.text.length;
  if (have.length > MAX_DIFF_LINES || wanted.length > MAX_DIFF_LINES) {
    return [{ start: offsetOf(from), end: offsetOf(to), text: wanted.map((l) => l + eol).join('') }];
  }
  // lcs[i][j]: the common lines of have[i..] and wanted[j..].
  const n = have.length;
  const m = wanted.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] =
        have[i] === wanted[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && have[i] === wanted[j]) {
      i++;
      j++;
      continue;
    }
    // A run of changes: removed lines of `have` and inserted lines of `wanted`, up to the next
    // common line.
    const i0 = i;
    const j0 = j;
    while ((i < n || j < m) && !(i < n && j < m && have[i] === wanted[j])) {
      if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) i++;
      else j++;
    }
    const start = offsetOf(from + i0);
    const end = offsetOf(from + i);
    const added = wanted.slice(j0, j);
    // After a last line with no line break, new lines need a break before them, not after.
    const atOpenEnd = start === doc.text.length && !/[\r\n]$/.test(doc.text) && doc.text !== '';
    edits.push({
      start,
      end,
      text: atOpenEnd ? added.map((l) => eol + l).join('') : added.map((l) => l + eol).join(''),
    });
  }
  return edits;
}
