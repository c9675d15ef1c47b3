import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../core/l10n';

/**
 * Joins path segments under a base folder and checks the result stays inside it, also through
 * symbolic links (the deepest existing ancestor is resolved). Throws with a clear message if not.
 */
export function insideRoot(base: string, ...segments: string[]): string {
  const joined = path.resolve(base, ...segments);
  if (!isWithin(path.resolve(base), joined)) {
    throw new Error(t('Refused: "{0}" would leave the records root.', segments.join('/')));
  }
  if (!isWithin(realpathDeep(base), realpathDeep(joined))) {
    throw new Error(
      t('Refused: "{0}" leads outside the records root through a link.', segments.join('/')),
    );
  }
  return joined;
}

/** True when `candidate` is `base` or inside it (both absolute, compared as written). */
export function isWithin(base: string, candidate: string): boolean {
  const rel = path.relative(base, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path of `p`, resolving links in the part of it that exists. */
function realpathDeep(p: string): string {
  let existing = path.resolve(p);
  const rest: string[] = [];
  while (!fs.existsSync(existing) && path.dirname(existing) !== existing) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  let real = existing;
  try {
    real = fs.realpathSync(existing);
  } catch {
    // Unreadable ancestor: judge by the path as written.
  }
  return path.join(real, ...rest);
}

/**
 * True when a path relative to the records root goes through a `private` folder: private notes
 * stay on this machine, so nothing read from one may be copied into a shared file.
 */
export function privateSegment(rootRelative: string): boolean {
  return rootRelative.split(/[\\/]/).some((part) => part.toLowerCase() === 'private');
}
