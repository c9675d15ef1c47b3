import type { Line } from './lines';

/**
 * The first line of a git conflict, if any. Only the opening and closing markers count: a lone
 * `=======` is also a markdown heading underline.
 */
export function findConflictMarker(lines: readonly Line[]): Line | undefined {
  return lines.find((l) => /^(<{7}|>{7})( |$)/.test(l.text));
}
