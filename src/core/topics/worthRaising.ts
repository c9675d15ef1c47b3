import type { Topic } from './topic';

/*
 * Worth raising: which stories a mentor would bring to a 1:1, and which are smaller topics
 * listed apart. A mentee with few stories should get a short list, not ten slots filled with
 * typo fixes; nothing is dropped, the smaller topics are one step away (`topics --all`, the
 * view's "N smaller topics" node).
 *
 * A story is worth raising when it is not churn and either
 *   - it has something to talk about beyond its size (a hook): help or review from others, a
 *     later fix or revert (its own or by others), a goal, new ground (a new area, language or
 *     dependency), or it is a release, a security fix, a backport or a revert; or
 *   - it is real work that weighs: at least SMALL_STORY_LINES meaningful lines, and a score of
 *     at least RELATIVE_FLOOR of the mentee's strongest story.
 * The plan's goals and the person the mentee learns from most are always worth raising.
 */

/** A story under this many meaningful lines, with no hook, is never a 1:1 topic on its own. */
export const SMALL_STORY_LINES = 30;
/** A story without a hook must weigh at least this share of the strongest story's score. */
export const RELATIVE_FLOOR = 0.5;
/** The main list shows at least this many topics when there are that many (smaller ones top it up). */
export const MIN_RAISED = 3;
/** The main list shows at most this many topics; the rest are listed apart. */
export const MAX_RAISED = 10;

/** Story tags (storyTopics.ts) that give a mentor something to talk about whatever the size. */
const HOOKS: ReadonlySet<string> = new Set([
  'release',
  'security',
  'backport',
  'revert',
  'rework',
  'followed-up',
  'help',
  'goal',
  'new-area',
  'new-language',
  'new-dependency',
]);

/** What the floor needs to know of a story. */
export interface StoryWeight {
  score: number;
  /** Meaningful lines (without lock files, generated code and changelogs). */
  lines: number;
  /** Only changelog, version, lock-file, formatting, bot or refresh commits. */
  churn: boolean;
  /** The story's tags (storyTopics.ts): release, help, rework, new-area... */
  tags: readonly string[];
}

/** True when a story clears the floor (see the rules at the top of this file). */
export function isWorthRaising(story: StoryWeight, strongest: number): boolean {
  if (story.churn) return false;
  if (story.tags.some((t) => HOOKS.has(t))) return true;
  return story.lines >= SMALL_STORY_LINES && story.score >= RELATIVE_FLOOR * strongest;
}

/** The main list and the rest, both in ranking order. */
export interface RaisedTopics {
  /** What to raise: the first MAX_RAISED topics worth raising, topped up to MIN_RAISED. */
  raised: Topic[];
  /** Everything else: smaller topics and topics beyond the first MAX_RAISED. */
  more: Topic[];
}

/**
 * Splits ranked topics into the main list and the rest: the first MAX_RAISED topics not marked
 * `smaller`; when fewer than MIN_RAISED, the best smaller ones join them (a short history still
 * gets a few topics). Both lists keep the ranking order.
 */
export function splitRaised(topics: readonly Topic[]): RaisedTopics {
  const chosen = new Set<Topic>();
  for (const t of topics) {
    if (chosen.size >= MAX_RAISED) break;
    if (t.smaller !== true) chosen.add(t);
  }
  for (const t of topics) {
    if (chosen.size >= Math.min(MIN_RAISED, topics.length)) break;
    chosen.add(t);
  }
  return {
    raised: topics.filter((t) => chosen.has(t)),
    more: topics.filter((t) => !chosen.has(t)),
  };
}
