import { collaboratorTopic } from './collaboratorTopic';
import {
  buildOrCiTopics,
  MAX_NEW_AREA_TOPICS,
  newAreaTopics,
  newDependencyTopics,
  newLanguageTopics,
} from './firstTouchTopics';
import { newAreas } from './firstTouches';
import { goalTopics } from './goalTopics';
import { groupStories, type Story } from './groupStories';
import { menteeMatcher } from './helpersOf';
import type { Commit, HistoryData, ReleaseTag } from './historyData';
import { QuestionChooser } from './storyQuestion';
import { storyDrafts, type AbsorbedFacet } from './storyTopics';
import { testLayout } from './testLayout';
import type { FacetKind, Topic } from './topic';
import { compareText, topicContext, type TopicDraft } from './topicDraft';
import { questionFor } from './topicQuestions';
import { withoutExcluded } from './withoutExcluded';
import { isWorthRaising } from './worthRaising';
import { echoedStories } from './echoedStories';
import { themeTopics } from './themeTopics';
import { reviewTopics } from './reviewTopics';
import { releaseTopic } from './releaseTopic';
import { tagRelease, type TaggedRelease } from './releaseVersion';
import { withTaggedMerges } from './withTaggedMerges';

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
 * Ranks the learning topics of a history read, highest score first, ties by id. Files under
 * `exclude` are taken out first (withoutExcluded). The mentee's commits are grouped into stories
 * (groupStories.ts), each one topic weighed as storyTopics.ts explains; first touches (a new
 * area, language, dependency, build or CI file) become facets of the story they lie in; the
 * plan's goals stay topics of their own (above every story) and the person the mentee learns
 * from most is one more (collaboratorTopic.ts). Questions are chosen so that no two topics share
 * one. Stories below the worth-raising floor (worthRaising.ts) are marked `smaller` and ranked
 * after every other topic; three or more of them on the same ground (a file or folder that is
 * not a hub) are raised as one theme holding them (themeTopics.ts). Ids are unique; the result
 * is the same for the same data, options and `now`. The mentee's merges of others' work are
 * review topics, and merges keeping long-lived branches in step one upkeep topic (reviewTopics.ts).
 */
export function computeTopics(data: HistoryData, options: TopicOptions): Topic[] {
  const view = withTaggedMerges(withoutExcluded(data, options.exclude ?? []));
  // A maintainer's window may hold merges of others' work and nothing else.
  const reviews = reviewTopics(view.ownMerges ?? [], options.now);
  if (view.commits.length === 0 && reviews.length === 0) return [];
  const ctx = topicContext(view, options.now);
  const goals = goalTopics(ctx, options.goals ?? []);
  const goalOf = new Map<string, string>();
  for (const g of goals) {
    const name = g.subject.replace(/^goal /, '');
    for (const sha of g.evidence.commits) if (!goalOf.has(sha)) goalOf.set(sha, name);
  }
  const fresh = newAreas(view.commits, view.earlier).slice(0, MAX_NEW_AREA_TOPICS);
  const absorbed: AbsorbedFacet[] = [
    ...newDependencyTopics(ctx),
    ...newAreaTopics(ctx, fresh),
    ...buildOrCiTopics(ctx),
    ...newLanguageTopics(ctx),
  ].map((d) => ({
    kind: d.kind as FacetKind,
    text: d.title,
    key: d.id.slice(d.id.indexOf(':') + 1),
    shas: d.evidence.commits,
    expert: d.expert,
    docs: d.docs,
  }));
  const { isTest, grouped } = shapeOf(view.commits, view.releaseTags ?? []);
  const stories = storyDrafts(grouped, {
    ctx,
    isTest,
    isMentee: menteeMatcher(options.identities ?? []),
    absorbed,
    goalOf,
  });
  const collaborator = collaboratorTopic(ctx, stories);
  const tagsOf = new Map(stories.map((s) => [s.draft.id, s.tags]));
  // Stories below the floor (worthRaising.ts) are ranked after every topic worth raising.
  const strongest = Math.max(0, ...stories.map((s) => s.draft.score));
  const smaller = new Set(
    stories
      .filter(
        (s) =>
          !isWorthRaising(
            { score: s.draft.score, lines: s.lines, churn: s.churn, tags: s.tags },
            strongest,
          ),
      )
      .map((s) => s.draft.id),
  );
  // Only stories below the floor are small enough for a theme (an echo may be large work).
  const belowFloor = new Set(smaller);
  // A story echoing a stronger raised one (the same thing in the same file) is raised once.
  for (const id of echoedStories(stories, (s) => !smaller.has(s.draft.id))) smaller.add(id);
  // Small stories on the same ground are raised once, as a theme holding them (themeTopics.ts).
  const themes = themeTopics(stories, (s) => belowFloor.has(s.draft.id), isTest, ctx);
  // Two releases or more are one topic holding them (releaseTopic.ts), like a theme.
  const releases = releaseTopic(stories, ctx);
  if (releases) themes.push(releases);
  const inTheme = new Set(themes.flatMap((t) => t.members.map((m) => m.draft.id)));
  for (const t of themes) tagsOf.set(t.draft.id, t.tags);
  for (const r of reviews) tagsOf.set(r.draft.id, r.tags);
  const drafts: TopicDraft[] = [
    ...goals,
    ...stories.filter((s) => !inTheme.has(s.draft.id)).map((s) => s.draft),
    ...themes.map((t) => t.draft),
    ...reviews.map((r) => r.draft),
    ...(collaborator ? [collaborator] : []),
  ];
  const asked = options.limit ?? DEFAULT_TOPIC_LIMIT;
  const limit = Number.isFinite(asked) ? Math.max(0, Math.floor(asked)) : DEFAULT_TOPIC_LIMIT;
  const seen = new Set<string>();
  const topics: Topic[] = [];
  const chooser = new QuestionChooser();
  const below = (d: TopicDraft) => (smaller.has(d.id) ? 1 : 0);
  const ranked = drafts.sort(
    (a, b) => below(a) - below(b) || b.score - a.score || compareText(a.id, b.id),
  );
  for (const draft of ranked) {
    if (topics.length >= limit) break;
    // A history with a commit listed twice would give its story twice.
    if (seen.has(draft.id)) continue;
    seen.add(draft.id);
    let question: string;
    if (draft.kind === 'story')
      question = chooser.story(draft.id, tagsOf.get(draft.id) ?? [], draft.subject);
    else if (draft.kind === 'collaborator')
      question = chooser.collaborator(draft.id, draft.subject);
    else {
      question = questionFor(draft);
      chooser.add(question);
    }
    topics.push({ ...draft, question, ...(smaller.has(draft.id) ? { smaller: true } : {}) });
  }
  return topics;
}

/** The test layout and the stories of one set of commits, and the release tags they had. */
interface Shape {
  isTest: (path: string) => boolean;
  grouped: readonly Story[];
  tags: readonly ReleaseTag[];
}

// A read is ranked twice (once to pick the top stories whose files it reads further, once with
// what that found): the commits, and so their stories, are the same array both times.
const shapes = new WeakMap<readonly Commit[], Shape>();

/**
 * testLayout and groupStories of `commits` with `tags`, worked out once per array and tag list
 * (neither is mutated).
 */
function shapeOf(commits: readonly Commit[], tags: readonly ReleaseTag[]): Shape {
  let shape = shapes.get(commits);
  if (shape === undefined || !sameTags(shape.tags, tags)) {
    const isTest = testLayout(commits);
    const tagged = new Map<string, TaggedRelease[]>();
    for (const t of tags) {
      const release = tagRelease(t.name);
      if (release === undefined) continue;
      // Pushed, not copied: a commit may carry tens of thousands of tags (quadratic before).
      const list = tagged.get(t.sha);
      if (list) list.push(release);
      else tagged.set(t.sha, [release]);
    }
    shape = { isTest, grouped: groupStories(commits, isTest, tagged), tags };
    shapes.set(commits, shape);
  }
  return shape;
}

/** Whether two tag lists name the same tags at the same commits. */
function sameTags(a: readonly ReleaseTag[], b: readonly ReleaseTag[]): boolean {
  return (
    a === b ||
    (a.length === b.length && a.every((t, i) => t.sha === b[i].sha && t.name === b[i].name))
  );
}
