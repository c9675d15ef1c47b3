import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CACHE_FIELDS,
  HISTORY_CACHE_FORMAT,
  HISTORY_CACHE_VERSION,
  parseHistoryCacheFile,
  type CacheEntry,
  type CacheFile,
} from '../core/topics/historyCacheSchema';
import type { Commit, HistoryData } from '../core/topics/historyData';
import { readCacheText, writeCacheText } from './cacheFiles';
import type { KnownHistory } from './historyReuse';
import { isResultCacheName } from './resultCache';
import { readHistory, type HistoryRequest, type ReadHistoryOptions } from './readHistory';

/** Where the cache lives and whose repository is read (its identity, when it has a remote). */
export interface HistoryCacheOptions {
  /** A folder outside every working tree (the extension's global storage, ~/.cache/...). */
  dir: string;
  identity?: string;
}

/** How the cache served a read: not at all, whole (same HEAD), extended by new commits. */
export type CacheUse = 'cold' | 'warm' | 'extended';

/** A history read through the cache, and what the cache did. */
export interface CachedRead {
  data: HistoryData;
  cache: CacheUse;
  /** Why an existing cache file was not used (corrupt, foreign, another version, a link). */
  ignored?: string;
  /** Why the cache could not be written; the read itself succeeded. */
  unwritten?: string;
}

/** A cache file larger than this is not read (it is rebuilt): a year of history is far smaller. */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;
// Selections kept per repository (mentees, ranges); the least recently written go first.
const MAX_ENTRIES = 12;
const FILE_NAME = /^history-[0-9a-f]{24}\.json$/;

/** The cache file of one repository: named by a hash of its identity and its top folder. */
export function historyCacheFile(dir: string, top: string, identity?: string): string {
  const hash = createHash('sha256')
    .update(`${identity ?? ''}\0${top}`)
    .digest('hex')
    .slice(0, 24);
  return path.join(dir, `history-${hash}.json`);
}

/**
 * readHistory through the cache in `cache.dir`: what earlier reads of the same mentee and range
 * found is reused when its tip is an ancestor of HEAD (readHistory checks), so only new commits
 * are read; the result is written back atomically. A cache file that is missing, corrupt,
 * truncated, too large, a link, foreign or of another version is ignored and rebuilt.
 */
export async function cachedReadHistory(
  repo: string,
  request: HistoryRequest,
  options: ReadHistoryOptions,
  cache: HistoryCacheOptions,
): Promise<CachedRead> {
  const top = fs.realpathSync(repo);
  const file = historyCacheFile(cache.dir, top, cache.identity);
  const owner = { top, identity: cache.identity };
  // Loaded (parsed and checked: tens of ms for a few hundred KB) when readHistory first asks,
  // after it has started resolving the range: git runs while the file is checked.
  let loaded: ReturnType<typeof loadCacheFile> | undefined;
  let stored: CacheFile = emptyCache(owner);
  const load = () => {
    if (loaded) return loaded;
    loaded = loadCacheFile(file, owner);
    if (loaded.ok) stored = loaded.file;
    return loaded;
  };
  const kept = new Map<string, KnownHistory>();
  let use = 'cold' as CacheUse;
  const data = await readHistory(repo, request, {
    ...options,
    reuse: {
      recall: (key) => {
        load();
        const entry = stored.entries.find((e) => e.key === key);
        return entry && knownFrom(stored, entry);
      },
      keep: (key, found, from) => {
        kept.set(key, found);
        use = from === undefined ? 'cold' : from === found.tip ? 'warm' : 'extended';
      },
    },
  });
  const read = load();
  let unwritten: string | undefined;
  // A warm read found nothing new: writing the file again (a few hundred KB per repository) would
  // cost a warm run a fifth of its time for a fresher `usedAt` alone, so entries age by their
  // last write.
  if (use !== 'warm' || !read.ok) {
    for (const [key, found] of kept) stored = withEntry(stored, key, found, Date.now());
    try {
      writeCacheFile(file, stored);
    } catch (e) {
      unwritten = (e as Error).message;
    }
  }
  return { data, cache: use, ignored: read.ok ? undefined : read.reason, unwritten };
}

/** Removes every history cache file in `dir`, kept results too (nothing else); returns how many. */
export function clearHistoryCache(dir: string): number {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!FILE_NAME.test(name) && !name.startsWith('.history-') && !isResultCacheName(name))
      continue;
    // unlink removes a link itself, never what it points to.
    fs.rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/** A cache file's validated content, or why it is not used ('missing' when there is none). */
export function loadCacheFile(
  file: string,
  owner: { top: string; identity?: string },
): { ok: true; file: CacheFile } | { ok: false; reason: string } {
  const read = readCacheText(file, MAX_CACHE_BYTES);
  if (!read.ok) return read;
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    return { ok: false, reason: 'not JSON (truncated or corrupt)' };
  }
  return parseHistoryCacheFile(json, owner);
}

/** Writes the cache file atomically (cacheFiles.ts), refusing one that would be too large. */
export function writeCacheFile(file: string, content: CacheFile): void {
  const text = JSON.stringify(content);
  if (text.length > MAX_CACHE_BYTES) throw new Error('the history cache would be too large');
  writeCacheText(file, text);
}

function emptyCache(owner: { top: string; identity?: string }): CacheFile {
  return {
    format: HISTORY_CACHE_FORMAT,
    version: HISTORY_CACHE_VERSION,
    fields: CACHE_FIELDS,
    repository: { top: owner.top, identity: owner.identity },
    commits: {},
    entries: [],
  };
}

function knownFrom(file: CacheFile, entry: CacheEntry): KnownHistory {
  return {
    tip: entry.tip,
    // Not copied (a copy of a year of commits costs more than the rest of a warm read): the
    // file's data was parsed for this read alone, and readHistory only adds to it.
    commits: entry.shas.map((id) => file.commits[id] as Commit),
    earlier: { paths: new Set(entry.earlier.paths), commits: entry.earlier.commits },
    dependencyAdds: entry.dependencyAdds,
    dependencyNotes: entry.dependencyNotes,
    ownMerges: entry.ownMerges,
    atTip: entry.atTip,
  };
}

/**
 * The cache with `found` kept under `key` (replacing that key's entry), the least recently used
 * entries beyond MAX_ENTRIES dropped, and only the commits some entry names.
 */
function withEntry(file: CacheFile, key: string, found: KnownHistory, now: number): CacheFile {
  const entry: CacheEntry = {
    key,
    tip: found.tip,
    shas: found.commits.map((c) => c.sha),
    earlier: { paths: [...found.earlier.paths], commits: found.earlier.commits },
    dependencyAdds: found.dependencyAdds,
    dependencyNotes: found.dependencyNotes,
    ownMerges: found.ownMerges,
    atTip: found.atTip,
    usedAt: now,
  };
  const entries = [entry, ...file.entries.filter((e) => e.key !== key)]
    .sort((a, b) => b.usedAt - a.usedAt)
    .slice(0, MAX_ENTRIES);
  const commits: Record<string, Commit> = {};
  for (const c of found.commits) commits[c.sha] = c;
  for (const e of entries) for (const id of e.shas) commits[id] ??= file.commits[id] as Commit;
  return { ...file, commits, entries };
}
