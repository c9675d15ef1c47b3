import type { Trailer } from '../core/topics/historyData';

/** At most this many trailers are kept from one message (a message of thousands is cut). */
export const MAX_TRAILERS = 50;

// A trailer key as git accepts it: letters, digits and hyphens, then ":" and a value.
const TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]{0,63}):[ \t]*(\S.*)$/;
// git also counts "(cherry picked from commit <sha>)" as part of a trailer block.
const CHERRY_PICK = /^\(cherry picked from commit [0-9a-f]{7,64}\)$/;

/**
 * The trailers of a message body, read from its last paragraph as `git interpret-trailers`
 * does: the paragraph is a trailer block when at least one line is "Key: value" and at most a
 * quarter of its lines are something else (a wrapped value's continuation lines count as its
 * own). Read from the body the history read already holds, so no git process per commit. Keys
 * are kept as written; values trimmed and with continuation lines unfolded.
 */
export function trailersOf(body: string): Trailer[] {
  const trimmed = body.replace(/\s+$/, '');
  if (trimmed === '') return [];
  const start = trimmed.lastIndexOf('\n\n');
  const block = start < 0 ? trimmed : trimmed.slice(start + 2);
  const trailers: Trailer[] = [];
  let other = 0;
  let lines = 0;
  for (const raw of block.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line === '') continue;
    lines++;
    const last = trailers[trailers.length - 1];
    if (/^[ \t]/.test(line) && last !== undefined) {
      last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    const match = TRAILER_LINE.exec(line);
    if (match) {
      if (trailers.length < MAX_TRAILERS) trailers.push({ key: match[1], value: match[2].trim() });
    } else if (!CHERRY_PICK.test(line)) {
      other++;
    }
  }
  if (trailers.length === 0 || other * 4 > lines) return [];
  return trailers;
}
