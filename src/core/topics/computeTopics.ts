import { areaTopics, coveredAreas } from './areaTopics';
import {
  buildOrCiTopics,
  MAX_NEW_AREA_TOPICS,
  newAreaTopics,
  newDependencyTopics,
  newLanguageTopics,
} from './firstTouchTopics';
import { newAreas } from './firstTouches';
import { goalTopics } from './goalTopics';
import type { HistoryData } from './historyData';
import { largeChangeTopics } from './largeChangeTopics';
import { pairingTopics } from './pairingTopics';
import { reworkTopics } from './reworkTopics';
import { revertTopics } from './revertTopics';
import { testsTopics } from './testsTopics';
import type { Topic } from './topic';
import { compareText, topicContext, type TopicDraft } from './topicDraft';
import { questionFor } from './topicQuestions';
import { withoutExcluded } from './withoutExcluded';

/** A goal as the topics need it: its id, title and `areas` pathspecs from plan.md. */
export interface TopicGoal {
  id: string;
  title: string;
  areas: readonly string[];
}

/** Options of computeTopics: the plan's goals and the clock (time comes in as an argument). */
export interface TopicOptions {
  goals?: readonly TopicGoal[];
  /** "Now" in seconds since the epoch: the end of the range. */
  now: number;
  /** At most this many topics (default 20). */
  limit?: number;
  /**
   * Repository-relative folders ("mentoring") whose files no signal sees: the mentee's own
   * mentoring records must never become topics. Matched like a goal's areas.
   */
  exclude?: readonly string[];
  /**
   * The mentee's emails and names (the plan's `identities`): a co-author matching one, by email
   * or name in any case, is the mentee and not someone they paired with.
   */
  identities?: readonly string[];
}

/** How many topics computeTopics returns when no limit is given. */
export const DEFAULT_TOPIC_LIMIT = 20;

/**
 * Ranks the learning topics of a history read, highest score first, ties by id (the scores are
 * explained in topicScores.ts). Files under `exclude` are taken out first (withoutExcluded).
 * Each signal yields at most one topic per key, and a topic whose id an earlier (higher) one
 * already has is dropped, so ids are unique; the result is the same for the same data, options
 * and `now`.
 */
export function computeTopics(data: HistoryData, options: TopicOptions): Topic[] {
  const view = withoutExcluded(data, options.exclude ?? []);
  if (view.commits.length === 0) return [];
  const ctx = topicContext(view, options.now);
  const fresh = newAreas(view.commits, view.earlier).slice(0, MAX_NEW_AREA_TOPICS);
  const drafts: TopicDraft[] = [
    ...goalTopics(ctx, options.goals ?? []),
    ...revertTopics(ctx),
    ...newDependencyTopics(ctx),
    ...newAreaTopics(ctx, fresh),
    ...reworkTopics(ctx),
    ...buildOrCiTopics(ctx),
    ...newLanguageTopics(ctx),
    ...largeChangeTopics(ctx),
    ...testsTopics(ctx),
    ...pairingTopics(ctx, options.identities ?? []),
    ...areaTopics(ctx, coveredAreas(fresh)),
  ];
  const asked = options.limit ?? DEFAULT_TOPIC_LIMIT;
  const limit = Number.isFinite(asked) ? Math.max(0, Math.floor(asked)) : DEFAULT_TOPIC_LIMIT;
  const seen = new Set<string>();
  const topics: Topic[] = [];
  for (const draft of drafts.sort((a, b) => b.score - a.score || compareText(a.id, b.id))) {
    if (topics.length >= limit) break;
    // A history with a commit listed twice would give its revert or large change twice.
    if (seen.has(draft.id)) continue;
    seen.add(draft.id);
    topics.push({ ...draft, question: questionFor(draft) });
  }
  return topics;
}
