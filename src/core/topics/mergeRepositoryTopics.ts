import type { HistoryData, IdentityHint } from './historyData';
import type { Topic } from './topic';

/** One repository's ranked topics and the history they came from. */
export interface RepositoryTopics {
  /** The plan's identity of the repository, or its folder name. */
  repository: string;
  data: HistoryData;
  topics: readonly Topic[];
}

/**
 * One ranking from several repositories: every topic says its repository, and they are ordered
 * with smaller topics (worthRaising.ts) last, then by score (the same scale in every repository), then by repository in the order given, then by
 * their own rank, so equal scores keep a stable order. A single repository's topics keep their
 * order and gain the repository's name.
 */
export function mergeRepositoryTopics(parts: readonly RepositoryTopics[]): Topic[] {
  // Ids are unique within a repository's ranking, not across them: two repositories may each have
  // a review, a release or a goal topic, or the same collaborator. Such an id names its
  // repository ("story:releases@api"), so that a view item or Add to Agenda finds the one meant.
  const owners = new Map<string, Set<string>>();
  for (const p of parts)
    for (const t of p.topics) owners.set(t.id, (owners.get(t.id) ?? new Set()).add(p.repository));
  const idIn = (id: string, repository: string) =>
    (owners.get(id)?.size ?? 0) > 1 ? `${id}@${repository}` : id;
  const all = parts.flatMap((p, repoIndex) =>
    p.topics.map((topic, rank) => ({
      topic: { ...topic, id: idIn(topic.id, p.repository), repository: p.repository },
      repoIndex,
      rank,
    })),
  );
  const below = (t: Topic) => (t.smaller === true ? 1 : 0);
  all.sort(
    (a, b) =>
      below(a.topic) - below(b.topic) ||
      b.topic.score - a.topic.score ||
      a.repoIndex - b.repoIndex ||
      a.rank - b.rank,
  );
  return all.map((x) => x.topic);
}

/**
 * Topics grouped by repository for a view: groups in the order of their best topic, topics in
 * ranking order. Topics without a repository form one group named ''.
 */
export function groupTopicsByRepository(
  topics: readonly Topic[],
): { repository: string; topics: Topic[] }[] {
  const groups = new Map<string, Topic[]>();
  for (const t of topics) {
    const key = t.repository ?? '';
    const group = groups.get(key);
    if (group) group.push(t);
    else groups.set(key, [t]);
  }
  return [...groups].map(([repository, list]) => ({ repository, topics: list }));
}

/**
 * The history of several repositories as one, for counts and listings: commits newest first,
 * the range of the first, notes prefixed with their repository. Paths stay relative to their own
 * repository, so the result is for showing, never for ranking (rank each repository on its own).
 */
export function mergeHistoryData(parts: readonly RepositoryTopics[]): HistoryData {
  if (parts.length === 1) return parts[0].data;
  const [first] = parts;
  const earlier = new Set<string>();
  for (const p of parts)
    for (const path of p.data.earlier.paths) earlier.add(`${p.repository}:${path}`);
  return {
    range: { since: first.data.range.since, until: first.data.range.until },
    commits: parts.flatMap((p) => p.data.commits).sort((a, b) => b.time - a.time),
    earlier: { paths: earlier, commits: parts.reduce((n, p) => n + p.data.earlier.commits, 0) },
    dependencyAdds: parts.flatMap((p) => p.data.dependencyAdds),
    experts: [],
    docs: [],
    partial: parts.some((p) => p.data.partial),
    notes: parts.flatMap((p) => p.data.notes.map((n) => `${p.repository}: ${n}`)),
    followUps: parts.flatMap((p) => p.data.followUps ?? []),
    identityHints: mergeHints(parts.flatMap((p) => p.data.identityHints ?? [])),
    ownMerges: parts.flatMap((p) => p.data.ownMerges ?? []).sort((a, b) => b.time - a.time),
  };
}

/** The same address hinted by several repositories is one hint, its commits added up. */
function mergeHints(hints: readonly IdentityHint[]): IdentityHint[] {
  const byEmail = new Map<string, IdentityHint>();
  for (const h of hints) {
    const key = h.email.toLowerCase();
    const seen = byEmail.get(key);
    byEmail.set(key, seen ? { ...seen, commits: seen.commits + h.commits } : { ...h });
  }
  return [...byEmail.values()].sort((a, b) => b.commits - a.commits);
}
