import * as path from 'node:path';
import { readRecordFile } from './recordFiles';

/**
 * A reader of records files' text by path relative to the records root ("/" separators), for
 * core functions that need more than the parsed records (a report's reflection lines). A path
 * that leaves the root, a link, or a file that cannot be read (too large, not UTF-8) gives
 * undefined, as loadRelationship leaves such files out.
 */
export function recordTextReader(root: string): (rootRelative: string) => string | undefined {
  const base = path.resolve(root);
  return (rootRelative) => {
    const file = path.resolve(base, ...rootRelative.split('/'));
    const rel = path.relative(base, file);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    const read = readRecordFile(base, file, rootRelative);
    return read.ok ? read.value.text : undefined;
  };
}
