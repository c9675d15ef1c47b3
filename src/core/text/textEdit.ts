/**
 * A minimal change to a text: replace the characters in [start, end) with `text`. Offsets are
 * UTF-16 code-unit offsets into the decoded text (without a byte order mark), which is what both
 * JavaScript strings and VS Code documents use.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits to a text. Edits may come in any order. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > source.length) {
      throw new RangeError(`overlapping or out-of-range edit at ${edit.start}`);
    }
    out += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + source.slice(cursor);
}

/** An insertion at one offset. */
export function insertAt(offset: number, text: string): TextEdit {
  return { start: offset, end: offset, text };
}
