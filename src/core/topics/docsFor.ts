import { directoryOf } from './paths';
import { compareText } from './topicDraft';

/** At most this many documentation files are suggested for a topic. */
export const MAX_DOCS = 5;

/** The number of segments of a directory ("" has none). */
function depthOf(dir: string): number {
  if (dir === '') return 0;
  let n = 1;
  for (const ch of dir) if (ch === '/') n++;
  return n;
}

/**
 * The documentation files in or above a directory, nearest first: "src/db/README.md" is in
 * "src/db" (distance 0), "src/README.md" is above it (1), "src/db/adr/0001-x.md" is in it one
 * level down (1). At equal distance a file in the directory comes before one above it, then by
 * path. Files elsewhere ("docs/x.md" for "src/db") are not suggested: nothing ties them to it.
 */
export function docsFor(docs: readonly string[], dir: string): string[] {
  const depth = depthOf(dir);
  const found: { path: string; distance: number; above: boolean }[] = [];
  for (const path of docs) {
    const docDir = directoryOf(path);
    const inside = dir === '' || docDir === dir || docDir.startsWith(dir + '/');
    if (inside) {
      found.push({ path, distance: depthOf(docDir) - depth, above: false });
    } else if (docDir === '' || dir.startsWith(docDir + '/')) {
      found.push({ path, distance: depth - depthOf(docDir), above: true });
    }
  }
  return found
    .sort(
      (a, b) =>
        a.distance - b.distance || Number(a.above) - Number(b.above) || compareText(a.path, b.path),
    )
    .slice(0, MAX_DOCS)
    .map((d) => d.path);
}
