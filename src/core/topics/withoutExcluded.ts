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
  const commits: HistoryData['commits'] = [];
  for (const commit of data.commits) {
    const files = commit.files.filter((f) => !excluded(f.path));
    if (files.length === commit.files.length) commits.push(commit);
    else if (files.length > 0) commits.push({ ...commit, files });
  }
  const paths = new Set<string>();
  for (const path of data.earlier.paths) if (!excluded(path)) paths.add(path);
  return {
    ...data,
    commits,
    earlier: { ...data.earlier, paths },
    dependencyAdds: data.dependencyAdds.filter((add) => !excluded(add.manifest)),
    experts: data.experts.filter((e) => e.dir === '' || !excluded(e.dir)),
    docs: data.docs.filter((path) => !excluded(path)),
  };
}
