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
import {
  readRegularFile,
  type ReadRefusal,
  type ReadRegularFileOptions,
  type RegularFileRead,
} from './readRegularFile';
import { t } from '../core/l10n';

/**
 * Reads a records file under `root`: its decoded text, or a located problem (not a regular file,
 * a link, outside the root, a private note, too large, not UTF-8). See readRegularFile.
 */
export function readRecordFile(
  root: string,
  file: string,
  displayName: string,
  options: ReadRegularFileOptions = {},
): { ok: true; value: DecodedText } | { ok: false; problem: Problem } {
  const read = readRegularFile(root, file, options);
  if (!read.ok) return { ok: false, problem: refusalProblem(displayName, read) };
  return decodeRecordBytes(displayName, read.bytes);
}

/** The located problem for a file readRegularFile refused. */
export function refusalProblem(
  displayName: string,
  refusal: Extract<RegularFileRead, { ok: false }>,
): Problem {
  if (refusal.reason === 'too-large' && refusal.size !== undefined)
    return tooLargeProblem(displayName, refusal.size);
  return problem(
    displayName,
    1,
    1,
    'error',
    REFUSAL_CODES[refusal.reason],
    `${displayName} ${refusal.message}.`,
  );
}

const REFUSAL_CODES: Record<ReadRefusal, string> = {
  missing: 'unreadable',
  link: 'link-refused',
  'outside-root': 'outside-root',
  private: 'private-refused',
  'not-regular': 'not-regular-file',
  'too-large': 'file-too-large',
  unreadable: 'unreadable',
};

/** Outcome of an edit to a file on disk. */
export type FileEditOutcome = { ok: true; changed: boolean } | { ok: false; message: string };

/**
 * Applies an edit computed by core to a file, atomically, keeping its byte order mark and line
 * endings. A file that cannot be read or parsed is left untouched. Other mentoring-journal
 * processes wait on a lock; a change by anything else between reading and writing (an editor's
 * save) is noticed and the edit is computed again on the new text. The result is refused when
 * it would pass the records cap.
 */
export function editRecordFile(
  root: string,
  file: string,
  displayName: string,
  compute: (text: string) => EditResult,
): FileEditOutcome {
  return withFileLock(file, () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      // A private note may be edited in place: nothing of it is copied anywhere.
      const first = readRegularFile(root, file, { allowPrivate: true });
      const read = first.ok
        ? decodeRecordBytes(displayName, first.bytes)
        : { ok: false as const, problem: refusalProblem(displayName, first) };
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
      const now = readRegularFile(root, file, { allowPrivate: true });
      if (!first.ok || !now.ok || !now.bytes.equals(first.bytes)) continue;
      const bytes = encodeRecordText({ text, bom: read.value.bom });
      if (bytes.length > MAX_FILE_BYTES)
        return {
          ok: false,
          message: `${displayName}: ${tooLargeProblem(displayName, bytes.length).message}`,
        };
      atomicWrite(file, bytes);
      return { ok: true, changed: true };
    }
    return {
      ok: false,
      message: t('{0} kept changing while it was being edited; try again.', displayName),
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
    t('Cannot read the file: {0}', (error as Error).message),
  );
}
