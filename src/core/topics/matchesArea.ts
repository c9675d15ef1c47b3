/*
 * Whether a repository path lies in a goal's area. Areas are written like git pathspecs in
 * plan.md: a path prefix ("src/db" matches "src/db" and everything below it) or a simple glob
 * where "*" matches within one path segment and "**" any number of whole segments
 * ("packages/*", "docs/**", "src/**" followed by "/db"). A glob without "/" ("*.sql") matches a
 * file name at any depth, as it would in .gitignore.
 *
 * No regular expression is built from an area (it is user text). The match keeps no choice
 * points: literal pieces inside a segment and runs of segments between "**" are each taken at
 * their leftmost place, which is always the best one. The work is at most the path's segments
 * times the area's segments, and areas are capped (MAX_AREA_LENGTH, MAX_AREA_SEGMENTS), so a
 * hostile plan or path cannot stall the ranking.
 */

/** Areas longer than this never match: no real area is, and the cap bounds the work. */
export const MAX_AREA_LENGTH = 300;

/** Areas with more segments than this never match, for the same reason. */
export const MAX_AREA_SEGMENTS = 24;

/** A compiled area: a test of whether a path lies in it. */
export type AreaMatcher = (path: string) => boolean;

/** One pattern segment: a literal, or the literal pieces between its "*" wildcards. */
type SegmentPattern = { literal: string } | { pieces: string[] };

/** True when `path` lies in `area` (see the top of this file). */
export function matchesArea(path: string, area: string): boolean {
  return compileArea(area)(path);
}

/** Compiles an area once, for matching many paths. */
export function compileArea(area: string): AreaMatcher {
  const pattern = normaliseArea(area);
  if (pattern === undefined) return () => false;
  if (!pattern.includes('*')) return (path) => path === pattern || path.startsWith(pattern + '/');
  const parts = pattern.split('/');
  if (parts.length === 1) parts.unshift('**');
  // Like a prefix, a glob also matches everything below what it names.
  if (parts[parts.length - 1] !== '**') parts.push('**');
  const groups: SegmentPattern[][] = [[]];
  for (const part of parts) {
    if (part === '**') groups.push([]);
    else
      groups[groups.length - 1].push(
        part.includes('*') ? { pieces: part.split('*') } : { literal: part },
      );
  }
  return (path) => matchGroups(path.split('/'), groups);
}

/**
 * An area without "./", leading, trailing or doubled "/", or undefined when it is empty or over
 * the caps.
 */
function normaliseArea(area: string): string | undefined {
  if (area.length > MAX_AREA_LENGTH) return undefined;
  const segments = area
    .trim()
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  if (segments.length === 0 || segments.length > MAX_AREA_SEGMENTS) return undefined;
  return segments.join('/');
}

/**
 * Matches path segments against groups of pattern segments separated by "**": the first group
 * is anchored at the start, the last at the end, the others float and are each taken at their
 * leftmost place after the previous one.
 */
function matchGroups(path: readonly string[], groups: readonly SegmentPattern[][]): boolean {
  const first = groups[0];
  const last = groups[groups.length - 1];
  if (first.length + last.length > path.length) return false;
  if (!matchesAt(path, first, 0)) return false;
  const lastStart = path.length - last.length;
  let at = first.length;
  for (let g = 1; g < groups.length - 1; g++) {
    let found = -1;
    for (let start = at; start + groups[g].length <= lastStart; start++) {
      if (matchesAt(path, groups[g], start)) {
        found = start;
        break;
      }
    }
    if (found < 0) return false;
    at = found + groups[g].length;
  }
  return at <= lastStart && matchesAt(path, last, lastStart);
}

/** True when the pattern segments match the path segments from `start` on. */
function matchesAt(
  path: readonly string[],
  group: readonly SegmentPattern[],
  start: number,
): boolean {
  for (let i = 0; i < group.length; i++) if (!matchSegment(path[start + i], group[i])) return false;
  return true;
}

/** Matches one path segment: a literal exactly, or the pieces between "*"s left to right. */
function matchSegment(segment: string, pattern: SegmentPattern): boolean {
  if ('literal' in pattern) return segment === pattern.literal;
  const { pieces } = pattern;
  const head = pieces[0];
  const tail = pieces[pieces.length - 1];
  if (segment.length < head.length + tail.length) return false;
  if (!segment.startsWith(head) || !segment.endsWith(tail)) return false;
  let at = head.length;
  const end = segment.length - tail.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    if (pieces[i] === '') continue;
    const found = segment.indexOf(pieces[i], at);
    if (found < 0 || found + pieces[i].length > end) return false;
    at = found + pieces[i].length;
  }
  return true;
}
