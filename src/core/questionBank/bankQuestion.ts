/** One question of the bank, with its category and tags. */
export interface BankQuestion {
  text: string;
  /** A built-in category id or a team bank's category. */
  category: string;
  /** Lower case, without "#". */
  tags: string[];
  /** "built-in", or the team bank file it came from. */
  source: string;
}

const TAG_CHAR = /[\p{L}\p{N}_-]/u;

/**
 * Splits "question #tag #other" into the question and its tags: the "#words" at the end of the
 * line (a "#" inside the question, such as "issue #12", stays part of it). Linear in the length.
 */
export function splitTags(line: string): { text: string; tags: string[] } {
  const tags: string[] = [];
  let end = line.length;
  for (;;) {
    while (end > 0 && /\s/.test(line[end - 1])) end--;
    let start = end;
    while (start > 0 && TAG_CHAR.test(line[start - 1])) start--;
    if (start === end || start === 0 || line[start - 1] !== '#') break;
    const before = start - 1;
    if (before > 0 && !/\s/.test(line[before - 1])) break;
    tags.unshift(line.slice(start, end).toLowerCase());
    end = before;
  }
  return { text: line.slice(0, end).trim(), tags: [...new Set(tags)] };
}
