import type { StoryDraft } from './storyTopics';
import type { TopicFacet } from './topic';
import {
  compareText,
  count,
  evidence,
  truncate,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';

/** The collaborator topic needs help on at least this many of the mentee's commits. */
export const MIN_HELPED_COMMITS = 2;

/** At most this many of the shared stories are listed as its facets. */
const MAX_SHARED = 6;

/**
 * Who the mentee learns from most, as ONE topic: the person whose reviews, help, suggestions,
 * tests or co-authorship (trailers) are on most of the mentee's stories, then most commits.
 * People on exactly the same commits are one group, named together, never two topics. The facets
 * name the stories they shared, highest ranked first. Undefined when no one helped on at least
 * MIN_HELPED_COMMITS commits. Score: 50 plus 4 per shared story, at most 70.
 */
export function collaboratorTopic(
  ctx: TopicContext,
  stories: readonly StoryDraft[],
): TopicDraft | undefined {
  const people = new Map<string, { name: string; shas: Set<string>; stories: Set<number> }>();
  stories.forEach((s, i) => {
    for (const h of s.helpers) {
      let p = people.get(h.key);
      if (p === undefined)
        people.set(h.key, (p = { name: h.name, shas: new Set(), stories: new Set() }));
      p.stories.add(i);
      p.shas.add(h.sha);
    }
  });
  // People on the very same commits are one group.
  const groups = new Map<
    string,
    { keys: string[]; names: string[]; shas: string[]; stories: Set<number> }
  >();
  for (const [key, p] of [...people.entries()].sort(([a], [b]) => compareText(a, b))) {
    const shas = [...p.shas].sort(compareText);
    const groupKey = shas.join(',');
    const g = groups.get(groupKey);
    if (g === undefined)
      groups.set(groupKey, { keys: [key], names: [p.name], shas, stories: new Set(p.stories) });
    else {
      g.keys.push(key);
      g.names.push(p.name);
    }
  }
  const best = [...groups.values()].sort(
    (a, b) =>
      b.stories.size - a.stories.size ||
      b.shas.length - a.shas.length ||
      compareText(a.keys[0], b.keys[0]),
  )[0];
  if (best === undefined || best.shas.length < MIN_HELPED_COMMITS) return undefined;
  const names = best.names.map((n) => truncate(n, 40));
  const who =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  const shared = [...best.stories].sort(
    (a, b) => stories[b].draft.score - stories[a].draft.score || a - b,
  );
  const facets: TopicFacet[] = shared
    .slice(0, MAX_SHARED)
    .map((i) => ({ kind: 'help', text: stories[i].draft.title }));
  const files: string[] = [];
  for (const i of shared)
    for (const f of stories[i].draft.evidence.files) if (files.length < 20) files.push(f);
  return {
    id: `collaborator:${best.keys[0]}`,
    kind: 'collaborator',
    title: `Learning from ${who}: help on ${best.stories.size === 1 ? '1 story' : `${best.stories.size} stories`} (${count(best.shas.length, 'commit')})`,
    subject: who,
    score: Math.min(70, 50 + 4 * best.stories.size),
    evidence: evidence(ctx, best.shas, files),
    facets,
  };
}
