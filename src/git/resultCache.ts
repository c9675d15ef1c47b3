import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCacheText, writeCacheText } from './cacheFiles';

/**
 * Finished topic rankings (the workflows' ResultCache), one file per key in the history cache's
 * folder: a header line naming the format, the whole key and a SHA-256 of the text, then the
 * text. A file is served only for exactly its key and when the text matches its checksum, so a
 * truncated, damaged, foreign (another key's, another program's) or oversized file is a miss,
 * and the next run rewrites it.
 */

const FORMAT = 'mentoring-journal-topics-result-1';
/** A kept result larger than this is neither written nor read: a year's ranking is far smaller. */
export const MAX_RESULT_BYTES = 16 * 1024 * 1024;
// Results kept (relationships, ranges, recent tips); the least recently written go first.
const MAX_RESULTS = 24;
const NAME = /^topics-[0-9a-f]{24}\.json$/;

/** True for the name of a kept result, or of one being written (for clearing the cache). */
export function isResultCacheName(name: string): boolean {
  return NAME.test(name) || name.startsWith('.topics-');
}

/** The file of one key: named by a hash of the whole key. */
export function resultCacheFile(dir: string, key: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 24);
  return path.join(dir, `topics-${hash}.json`);
}

/** The text kept under `key` in `dir`, or undefined when there is none that can be trusted. */
export function readResult(dir: string, key: string): string | undefined {
  const read = readCacheText(resultCacheFile(dir, key), MAX_RESULT_BYTES);
  if (!read.ok) return undefined;
  const eol = read.text.indexOf('\n');
  if (eol < 0) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(read.text.slice(0, eol));
  } catch {
    return undefined;
  }
  const text = read.text.slice(eol + 1);
  if (
    typeof header !== 'object' ||
    header === null ||
    (header as { format?: unknown }).format !== FORMAT ||
    (header as { key?: unknown }).key !== key ||
    (header as { sha256?: unknown }).sha256 !== sha256(text)
  )
    return undefined;
  return text;
}

/**
 * Keeps `text` under `key` (atomically, cacheFiles.ts), then removes the least recently written
 * results beyond MAX_RESULTS. Throws when the folder cannot be written.
 */
export function writeResult(dir: string, key: string, text: string): void {
  if (text.length > MAX_RESULT_BYTES) return;
  const header = JSON.stringify({ format: FORMAT, key, sha256: sha256(text) });
  writeCacheText(resultCacheFile(dir, key), `${header}\n${text}`);
  pruneResults(dir);
}

/**
 * The workflows' ResultCache (structurally: src/git does not import workflows) over `dir`, for
 * the code `codeVersion` names. A failed write costs only the next run's time.
 */
export function fileResultCache(
  dir: string,
  codeVersion: string,
): {
  codeVersion: string;
  read(key: string): Promise<string | undefined>;
  write(key: string, text: string): Promise<void>;
} {
  return {
    codeVersion,
    read: (key) => Promise.resolve(readResult(dir, key)),
    write: (key, text) => {
      try {
        writeResult(dir, key, text);
      } catch {
        // The ranking is shown all the same; the history cache's own note says why writes fail.
      }
      return Promise.resolve();
    },
  };
}

function pruneResults(dir: string): void {
  const kept = fs.readdirSync(dir).filter((n) => NAME.test(n));
  if (kept.length <= MAX_RESULTS) return;
  const aged = kept
    .map((name) => {
      try {
        return { name, at: fs.lstatSync(path.join(dir, name)).mtimeMs };
      } catch {
        return { name, at: 0 };
      }
    })
    .sort((a, b) => b.at - a.at);
  for (const old of aged.slice(MAX_RESULTS)) fs.rmSync(path.join(dir, old.name), { force: true });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
