import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Problem } from '../core/problem';
import { readRecordFile, unreadable } from './recordFiles';

/** A team template file: its path relative to the records root ("/" separators) and its text. */
export interface TemplateFileText {
  path: string;
  text: string;
}

/**
 * Reads a team's `<root>/templates/<folder>/*.md` (reflections or question banks), sorted by
 * name. Links are not followed (a link planted in the repository could point at any file the
 * user can read); files that are too large or not UTF-8 become problems instead of texts.
 */
export function readTemplateFiles(
  root: string,
  folder: 'reflections' | 'questions',
): { files: TemplateFileText[]; problems: Problem[] } {
  const dir = path.join(root, 'templates', folder);
  const files: TemplateFileText[] = [];
  const problems: Problem[] = [];
  if (!isPlainDirectory(path.join(root, 'templates')) || !isPlainDirectory(dir))
    return { files, problems };
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return { files, problems };
  }
  const names = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
  for (const name of names) {
    const rel = `templates/${folder}/${name}`;
    try {
      const read = readRecordFile(path.join(dir, name), rel);
      if (read.ok) files.push({ path: rel, text: read.value.text });
      else problems.push(read.problem);
    } catch (e) {
      problems.push(unreadable(rel, e));
    }
  }
  return { files, problems };
}

function isPlainDirectory(dir: string): boolean {
  try {
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}
