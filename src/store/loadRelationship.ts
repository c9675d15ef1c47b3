import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  readRelationship,
  type RecordText,
  type RelationshipRecords,
} from '../core/records/relationship';
import { readRecordFile } from './recordFiles';

/**
 * Reads one relationship's records from disk: `<slug>/plan.md`, `questions.md` and
 * `sessions/*.md` under the records root, parsed by core with paths relative to the root ("/"
 * separators). Files that cannot be read (too large, not UTF-8, gone) are left out, and links are
 * not followed: a link planted in the repository could point at any file the user can read.
 */
export function loadRelationship(root: string, slug: string): RelationshipRecords {
  const files: RecordText[] = [];
  const add = (rel: string) => {
    const text = readPlainFile(root, path.join(root, ...rel.split('/')), rel);
    if (text !== undefined) files.push({ path: rel, text });
  };
  const dir = path.join(root, slug);
  if (isPlainDirectory(dir)) {
    add(`${slug}/plan.md`);
    add(`${slug}/questions.md`);
    const sessions = path.join(dir, 'sessions');
    if (isPlainDirectory(sessions)) {
      for (const e of readDir(sessions)) {
        if (e.isFile() && e.name.toLowerCase().endsWith('.md') && !e.name.startsWith('.'))
          add(`${slug}/sessions/${e.name}`);
      }
    }
  }
  return readRelationship(slug, files);
}

function readPlainFile(root: string, file: string, displayName: string): string | undefined {
  const read = readRecordFile(root, file, displayName);
  return read.ok ? read.value.text : undefined;
}

function isPlainDirectory(dir: string): boolean {
  try {
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function readDir(dir: string): fs.Dirent[] {
  try {
    // Sorted so that the order of files (and of their problems) does not depend on the disk.
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch {
    return [];
  }
}
