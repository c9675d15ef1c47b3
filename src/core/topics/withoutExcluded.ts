import type { HistoryData } from './historyData';
import { compileArea } from './matchesArea';

/**
 * A view of `data` in which the files under the `exclude` folders (repository-relative, such as
 * "mentoring", matched like a goal's areas) do not exist: the mentee's own mentoring records must
 * never become topics. Commits, earlier touches, dependency adds, experts and docs are all
 * filtered, once, so that no signal has to remember. A commit left with no files is dropped from
 * the view, so it feeds no signal (not even its trailers); the caller's `data` still holds it, and
 * the commit count it reports is unchanged. Commits that had no files to begin with stay.
 */
export function withoutExcluded(data: HistoryData, exclude: readonly string[]): HistoryData {
  const matchers = exclude.map(compileArea);
  if (matchers.length === 0) return data;
  const excluded = (path: string) => matchers.some((matches) => matches(path));
  // The same commits and earlier paths give the same view (a read is ranked twice, and only
  // what others did changes in between): kept per array and set, for the same folders.
  const key = exclude.join('\0');
  const commits = remembered(viewCommits, data.commits, key, () => {
    const kept: HistoryData['commits'] = [];
    for (const commit of data.commits) {
      const files = commit.files.filter((f) => !excluded(f.path));
      if (files.length === commit.files.length) kept.push(commit);
      else if (files.length > 0) kept.push({ ...commit, files });
    }
    return kept;
  });
  const paths = remembered(viewPaths, data.earlier.paths, key, () => {
    const kept = new Set<string>();
    for (const path of data.earlier.paths) if (!excluded(path)) kept.add(path);
    return kept;
  });
  return {
    ...data,
    commits,
    earlier: { ...data.earlier, paths },
    dependencyAdds: data.dependencyAdds.filter((add) => !excluded(add.manifest)),
    experts: data.experts.filter((e) => e.dir === '' || !excluded(e.dir)),
    docs: data.docs.filter((path) => !excluded(path)),
  };
}

const viewCommits = new WeakMap<object, { key: string; value: HistoryData['commits'] }>();
const viewPaths = new WeakMap<object, { key: string; value: Set<string> }>();

/** What `make` gives for `source` with `key`, made once while `source` lives. */
function remembered<T>(
  memo: WeakMap<object, { key: string; value: T }>,
  source: object,
  key: string,
  make: () => T,
): T {
  const known = memo.get(source);
  if (known !== undefined && known.key === key) return known.value;
  const value = make();
  memo.set(source, { key, value });
  return value;
}
