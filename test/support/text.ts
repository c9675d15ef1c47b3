// Small text helpers for asserting what an edit changed, computed without the code under test.
import { applyEdits, type TextEdit } from '../../src/core/text/textEdit';
import type { EditResult } from '../../src/core/edits/editResult';

/** Applies an edit result that must be ok; fails the test with the refusal otherwise. */
export function applyOk(text: string, result: EditResult): string {
  if (!result.ok) throw new Error(`edit refused: ${result.message}`);
  return applyEdits(text, result.edits);
}

/** The edits of a result that must be ok. */
export function editsOf(result: EditResult): TextEdit[] {
  if (!result.ok) throw new Error(`edit refused: ${result.message}`);
  return result.edits;
}

/** Offsets where two equally long strings differ. */
export function differingOffsets(a: string, b: string): number[] {
  if (a.length !== b.length) throw new Error(`lengths differ: ${a.length} and ${b.length}`);
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.push(i);
  return out;
}

/**
 * The block of lines `after` has in addition to `before`, when `after` is `before` with one run
 * of whole lines inserted and nothing else changed; throws when an original line changed. Lines
 * are compared without their breaks (`breaksAre` checks those). Where blank lines make the place
 * ambiguous, the block is reported as late as possible, just before the line it was inserted
 * before, which is how the edits insert.
 */
export function insertedLines(before: string, after: string): { index: number; text: string }[] {
  const a = before.split(/\r\n|\n/);
  const b = after.split(/\r\n|\n/);
  let suffix = 0;
  while (
    suffix < a.length &&
    suffix < b.length &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  let prefix = 0;
  while (prefix + suffix < a.length && a[prefix] === b[prefix]) prefix++;
  if (prefix + suffix !== a.length) {
    throw new Error(
      `original line ${prefix + 1} ${JSON.stringify(a[prefix])} is missing or changed`,
    );
  }
  return b.slice(prefix, b.length - suffix).map((text, k) => ({ index: prefix + k, text }));
}

/** True when every line break of `text` is `eol` (no mixed endings were introduced). */
export function breaksAre(text: string, eol: '\n' | '\r\n'): boolean {
  const lf = (text.match(/\n/g) ?? []).length;
  const crlf = (text.match(/\r\n/g) ?? []).length;
  return eol === '\n' ? crlf === 0 : lf === crlf;
}
