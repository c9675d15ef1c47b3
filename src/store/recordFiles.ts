import * as fs from 'node:fs';
import type { EditResult } from '../core/edits/editResult';
import { problem, type Problem } from '../core/problem';
import {
  decodeRecordBytes,
  encodeRecordText,
  MAX_FILE_BYTES,
  tooLargeProblem,
  type DecodedText,
} from '../core/text/decode';
import { applyEdits } from '../core/text/textEdit';
import { atomicWrite } from './atomicWrite';
import { withFileLock } from './fileLock';

/** Reads a records file: its decoded text, or a located problem (too large, not UTF-8). */
export function readRecordFile(
  file: string,
  displayName: string,
): { ok: true; value: DecodedText } | { ok: false; problem: Problem } {
  const size = fs.statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    // Checked before reading, so a huge file costs nothing.
    return { ok: false, problem: tooLargeProblem(displayName, size) };
  }
  return decodeRecordBytes(displayName, fs.readFileSync(file));
}

/** Outcome of an edit to a file on disk. */
export type FileEditOutcome = { ok: true; changed: boolean } | { ok: false; message: string };

/**
 * Applies an edit computed by core to a file, atomically, keeping its byte order mark and line
 * endings. A file that cannot be read or parsed is left untouched. Other mentoring-journal
 * processes wait on a lock; a change by anything else between reading and writing (an editor's
 * save) is noticed and the edit is computed again on the new text.
 */
export function editRecordFile(
  file: string,
  displayName: string,
  compute: (text: string) => EditResult,
): FileEditOutcome {
  return withFileLock(file, () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const before = fs.readFileSync(file);
      const read = readRecordFile(file, displayName);
      if (!read.ok) {
        return {
          ok: false,
          message: `${read.problem.file}:${read.problem.line}: ${read.problem.message}`,
        };
      }
      const result = compute(read.value.text);
      if (!result.ok) return { ok: false, message: result.message };
      if (result.edits.length === 0) return { ok: true, changed: false };
      const text = applyEdits(read.value.text, result.edits);
      if (!fs.readFileSync(file).equals(before)) continue;
      atomicWrite(file, encodeRecordText({ text, bom: read.value.bom }));
      return { ok: true, changed: true };
    }
    return {
      ok: false,
      message: `${displayName} kept changing while it was being edited; try again.`,
    };
  });
}

/** A problem for a file that could not be read at all. */
export function unreadable(displayName: string, error: unknown): Problem {
  return problem(
    displayName,
    1,
    1,
    'error',
    'unreadable',
    `Cannot read the file: ${(error as Error).message}`,
  );
}
