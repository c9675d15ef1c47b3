import { problem, type Problem } from '../problem';
import { t } from '../l10n';

/** The largest records file we read; larger files get their own message and are never written. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A records file's bytes, decoded: the text without a byte order mark, and whether it had one. */
export interface DecodedText {
  text: string;
  bom: boolean;
}

/** Decodes UTF-8 bytes strictly; refuses oversized files and invalid UTF-8 with a located problem. */
export function decodeRecordBytes(
  file: string,
  bytes: Uint8Array,
): { ok: true; value: DecodedText } | { ok: false; problem: Problem } {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, problem: tooLargeProblem(file, bytes.length) };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bom ? bytes.subarray(3) : bytes,
    );
    return { ok: true, value: { text, bom } };
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: problem(
        file,
        line,
        column,
        'error',
        'not-utf8',
        t('File is not valid UTF-8; save it as UTF-8 to use it as a record.'),
      ),
    };
  }
}

/** The problem for a file over the size limit; it is neither read nor written. */
export function tooLargeProblem(file: string, size: number): Problem {
  const mb = (size / (1024 * 1024)).toFixed(1);
  return problem(
    file,
    1,
    1,
    'error',
    'file-too-large',
    t('File is {0} MB; records files are limited to 1 MB, so it is not read or written.', mb),
  );
}

/** Encodes text back to bytes, restoring the byte order mark when the file had one. */
export function encodeRecordText(decoded: DecodedText): Uint8Array {
  const body = new TextEncoder().encode(decoded.text);
  if (!decoded.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let len = 0;
    if (b < 0x80) len = 1;
    else if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) return { line, column: i - lineStart + 1 };
    if (b === 10) {
      line++;
      lineStart = i + 1;
    }
    i += len;
  }
  return { line, column: 1 };
}
