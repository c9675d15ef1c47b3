/**
 * How many paths a memo keeps before it starts over: more than the files a year of most
 * mentees' work touches, small next to the history read itself (tens of bytes an entry).
 */
export const MEMO_MAX_PATHS = 20_000;

/**
 * `classify` remembered per path. The topic rules ask what the same path is many times (each
 * commit, story and signal that lists it), and each answer lower-cases and splits the path. The
 * memo holds at most `max` paths; when full it is emptied and fills again, so memory stays
 * bounded however many paths a history holds and an answer is never different, only slower.
 * `classify` must depend on the path alone (the classifiers in paths.ts do).
 */
export function memoByPath<T>(
  classify: (path: string) => T,
  max: number = MEMO_MAX_PATHS,
): (path: string) => T {
  const known = new Map<string, T>();
  return (path) => {
    const hit = known.get(path);
    if (hit !== undefined || known.has(path)) return hit as T;
    if (known.size >= max) known.clear();
    const answer = classify(path);
    known.set(ownCopy(path), answer);
    return answer;
  };
}

/**
 * The same text in a string of its own. A path the history read cut out of git's output may be
 * a view into the whole chunk it arrived in (tens of kilobytes); a memo that outlives the read
 * (the extension's process) must not keep those chunks alive through its keys. Concatenating
 * and cutting again makes the engine copy the characters (once per path, on a miss).
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
