import * as fs from 'node:fs';
import * as path from 'node:path';
import { problem, type Problem } from '../core/problem';
import { readRecordFile, unreadable } from './recordFiles';
import { t } from '../core/l10n';

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
    return { files, problems: [...problems, ...linkedFolderProblems(root, folder)] };
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return { files, problems };
  }
  // Links and special files are named as problems (not silently skipped): a team that linked a
  // template should learn why it is not used.
  const names = entries
    .filter(
      (e) => !e.isDirectory() && e.name.toLowerCase().endsWith('.md') && !e.name.startsWith('.'),
    )
    .map((e) => e.name)
    .sort();
  for (const name of names) {
    const rel = `templates/${folder}/${name}`;
    try {
      const read = readRecordFile(root, path.join(dir, name), rel);
      if (read.ok) files.push({ path: rel, text: read.value.text });
      else problems.push(read.problem);
    } catch (e) {
      problems.push(unreadable(rel, e));
    }
  }
  return { files, problems };
}

/** A templates folder that is a link is refused with a problem, never followed. */
function linkedFolderProblems(root: string, folder: string): Problem[] {
  for (const rel of ['templates', `templates/${folder}`]) {
    try {
      if (fs.lstatSync(path.join(root, ...rel.split('/'))).isSymbolicLink())
        return [
          problem(
            rel,
            1,
            1,
            'error',
            'link-refused',
            t('{0} is a symbolic link; links are never followed.', rel),
          ),
        ];
    } catch {
      return [];
    }
  }
  return [];
}

function isPlainDirectory(dir: string): boolean {
  try {
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}
