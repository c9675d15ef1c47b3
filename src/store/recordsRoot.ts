import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../core/l10n';

/** Where the records live: the repository (or folder) top and the records root inside it. */
export interface RecordsLocation {
  top: string;
  root: string;
}

/** Checks a records-root name (`--root`, setting `mentoring.root`): relative, no `..`, no hidden folder. */
export function rootNameProblem(name: string): string | undefined {
  const parts = name.split(/[\\/]/);
  if (
    name.trim() === '' ||
    path.isAbsolute(name) ||
    // A segment starting with "." would put records in hidden folders such as .git.
    parts.some((p) => p === '' || p.startsWith('.'))
  ) {
    return t(
      'Records root "{0}" must be a folder name inside the repository, such as "mentoring".',
      name,
    );
  }
  return undefined;
}

/**
 * Finds the records root for a folder anywhere inside a repository: the nearest folder upwards
 * that holds `<rootName>/`, not passing the repository's top (the folder with `.git`); when none
 * holds it yet, `<top>/<rootName>` (or `<dir>/<rootName>` outside a repository).
 */
export function locateRecords(dir: string, rootName: string): RecordsLocation {
  const start = path.resolve(dir);
  let current = start;
  for (;;) {
    const candidate = path.join(current, rootName);
    if (isDirectory(candidate)) return { top: current, root: candidate };
    if (fs.existsSync(path.join(current, '.git'))) return { top: current, root: candidate };
    const parent = path.dirname(current);
    if (parent === current) return { top: start, root: path.join(start, rootName) };
    current = parent;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
