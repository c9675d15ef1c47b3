import type { StoryDraft } from './storyTopics';
import type { ThemeDraft } from './themeTopics';
import type { TopicFacet } from './topic';
import { evidence, type TopicContext } from './topicDraft';

/** How many versions a title names before "and N more". */
const NAMED_VERSIONS = 4;
/** At most this many lines list the releases. */
const MAX_RELEASE_LINES = 8;
/** What each release after the first adds to the strongest one's score, and at most. */
const RELEASE_STEP = 2;
const RELEASE_BONUS_MAX = 6;

/**
 * The mentee's releases in the range as ONE topic, when there are two or more: releasing is one
 * thing to talk about (how a version is cut, what goes into it, how it is announced), and one
 * story per version would fill a top ten with bump commits. Each release story
 * (storyTopics.ts, tag `release`) becomes a line of it; the topic ranks as its strongest release
 * and a little more for each other one. A single release stays the story it is, and so does a
 * major version (2.0.0): its breaking changes and how users were moved over are a topic of their own.
 */
export function releaseTopic(
  stories: readonly StoryDraft[],
  ctx: TopicContext,
): ThemeDraft | undefined {
  const members = stories
    .filter((s) => s.release !== undefined && !isMajor(s.release))
    .sort((a, b) => firstTime(a) - firstTime(b));
  if (members.length < 2) return undefined;
  // A version prepared in one story and cut in another later on is one release, listed once.
  const byLabel = new Map<string, StoryDraft[]>();
  for (const s of members) {
    const label = s.releaseLabel ?? s.release ?? '';
    byLabel.set(label, [...(byLabel.get(label) ?? []), s]);
  }
  const versions = [...byLabel.keys()];
  const n = versions.length;
  // A few releases read in the order they were made; of many, the latest matter most.
  const named = n <= NAMED_VERSIONS ? versions : versions.slice(-NAMED_VERSIONS).reverse();
  const list =
    n <= NAMED_VERSIONS
      ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
      : `the latest ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  // A line per release, at most MAX_RELEASE_LINES of them: a busy maintainer cuts dozens a year.
  const shown = n > MAX_RELEASE_LINES ? versions.slice(-(MAX_RELEASE_LINES - 1)) : versions;
  const facets: TopicFacet[] = shown.map((label) => {
    const stories = byLabel.get(label) ?? [];
    const newest = stories[stories.length - 1]?.draft.evidence.commits[0];
    return {
      kind: 'release',
      text: `Release ${label}`,
      ...(newest !== undefined ? { sha: newest } : {}),
    };
  });
  if (shown.length < n)
    facets.push({ kind: 'release', text: `And ${n - shown.length} earlier releases` });
  const strongest = Math.max(...members.map((s) => s.draft.score));
  const tags = ['release', ...(members.some((s) => s.tags.includes('first')) ? ['first'] : [])];
  return {
    draft: {
      id: 'story:releases',
      kind: 'story',
      title:
        n === 1
          ? `Released ${versions[0]}`
          : n <= NAMED_VERSIONS
            ? `Released ${n} versions: ${list}`
            : `Released ${n} versions, ${list}`,
      subject: n === 1 ? `the ${versions[0]} release` : `these ${n} releases`,
      score: Math.min(89, strongest + Math.min(RELEASE_BONUS_MAX, RELEASE_STEP * (n - 1))),
      evidence: evidence(
        ctx,
        members.flatMap((s) => s.story.commits.map((c) => c.sha)),
        members.flatMap((s) => s.draft.evidence.files),
      ),
      facets,
    },
    tags,
    members,
  };
}

/** When a story's first commit was made. */
function firstTime(s: StoryDraft): number {
  return Math.min(...s.story.commits.map((c) => c.time));
}

/** Whether a version is a major one: "2.0.0" or "2.0", not "0.x" or a pre-release. */
function isMajor(version: string): boolean {
  const m = /^(\d+)\.0(?:\.0)?$/.exec(version);
  return m !== null && m[1] !== '0';
}
