import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The real path of `p`'s deepest existing ancestor with the rest appended, so paths can be
 * compared through symbolic links (a /tmp that is a link) also when the last parts do not exist.
 */
export function realish(p: string): string {
  const resolved = path.resolve(p);
  try {
    return fs.realpathSync(resolved);
  } catch {
    const parent = path.dirname(resolved);
    return parent === resolved ? resolved : path.join(realish(parent), path.basename(resolved));
  }
}
