import type { Commit, HistoryData } from './historyData';

// Kept per commits array, so that the two rankings of one read group the same array (and share
// computeTopics' grouped stories).
const seen = new WeakMap<readonly Commit[], { tags: string; commits: Commit[] }>();

/**
 * The history with one more commit of the mentee for each release tag on one of their own merges
 * that is not one of their commits: projects that merge pull requests with merge commits tag the
 * merge (`v1.14.0` on "Merge pull request #182 ..."), and the history's commits leave merges out,
 * so such a maintainer's releases were never seen. The added commit is the merge itself, without
 * files (a merge changes none of its own) and without parents, so grouping keeps it as the
 * release it is, named by its tag like any tagged commit. Nothing is added without such a tag.
 */
export function withTaggedMerges(data: HistoryData): HistoryData {
  const tags = data.releaseTags ?? [];
  const merges = data.ownMerges ?? [];
  if (tags.length === 0 || merges.length === 0) return data;
  const tagged = new Set(tags.map((t) => t.sha));
  const mine = new Set(data.commits.map((c) => c.sha));
  const releases = merges.filter((m) => tagged.has(m.sha) && !mine.has(m.sha));
  if (releases.length === 0) return data;
  const key = releases.map((m) => m.sha).join();
  const known = seen.get(data.commits);
  if (known?.tags === key) return { ...data, commits: known.commits };
  const added: Commit[] = releases.map((m) => ({
    sha: m.sha,
    parents: [],
    authorName: '',
    authorEmail: '',
    time: m.time,
    date: m.date,
    subject: m.subject,
    body: '',
    coAuthors: [],
    goalRefs: [],
    files: [],
    commitTime: m.time,
  }));
  const commits = [...data.commits, ...added];
  seen.set(data.commits, { tags: key, commits });
  return { ...data, commits };
}
