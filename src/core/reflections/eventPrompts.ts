import type { Commit } from '../topics/historyData';
import type { Topic, TopicKind } from '../topics/topic';

/** A reflection prompt about a learning topic: about one of its commits when grounded. */
export interface EventPrompt {
  text: string;
  /** The commit's full sha; absent for a generic prompt, which names no commit. */
  sha?: string;
  topicId: string;
}

/** Options of eventPrompts. */
export interface EventPromptOptions {
  /**
   * true: each prompt names its commit (short sha, subject, date) and asks, with curiosity,
   * what the situation was like. false (the default): generic prompts of the same kinds that
   * name no commit, for text that is shared through git, such as a session log.
   */
  grounded?: boolean;
  /**
   * The mentee's name when the person writing is not the mentee (a mentor's private note): the
   * prompt then speaks about them ("Alex's first change in src/api ..."), never to "you".
   */
  about?: string;
}

/** The longest commit subject quoted in a prompt. */
export const MAX_SUBJECT = 72;

type PromptKind = Extract<
  TopicKind,
  'revert' | 'rework' | 'new-area' | 'new-language' | 'new-dependency' | 'build-or-ci'
>;

/**
 * What a grounded prompt says, by kind: the event first, then one open question about the
 * situation around it, never about whether it was a mistake ("What was going on...?", not "Why
 * did you...?").
 */
type PromptFacts = { commit: string; date: string; key: string };

const PROMPTS: Record<PromptKind, (e: PromptFacts) => string> = {
  revert: ({ commit, date }) =>
    `You reverted ${commit} on ${date}: what was going on around that change at the time?`,
  rework: ({ commit, date }) =>
    `${commit} on ${date} took another pass at code you had changed shortly before: what did you find out about that code along the way?`,
  'new-area': ({ commit, date, key }) =>
    `${commit} on ${date} was your first change in ${key || 'a new area'}: what helped you find your way around?`,
  'new-language': ({ commit, date, key }) =>
    `With ${commit} on ${date} you wrote ${key || 'a new language'} here for the first time: what felt familiar, and what felt strange?`,
  'new-dependency': ({ commit, date, key }) =>
    `${commit} on ${date} brought in ${key || 'a new dependency'}: how did you weigh it against the alternatives?`,
  'build-or-ci': ({ commit, date }) =>
    `${commit} on ${date} changed how the project is built or checked: what did you learn about the pipeline along the way?`,
};

/** The same prompts about the mentee, for a mentor: they name the person, never "you". */
const ABOUT: Record<PromptKind, (e: PromptFacts & { who: string }) => string> = {
  revert: ({ commit, date, who }) =>
    `${who} reverted ${commit} on ${date}: what was going on around that change at the time?`,
  rework: ({ commit, date, who }) =>
    `${commit} on ${date} took another pass at code ${who} had changed shortly before: what might ${who} have found out about that code along the way?`,
  'new-area': ({ commit, date, key, who }) =>
    `${commit} on ${date} was ${who}'s first change in ${key || 'a new area'}: what helped ${who} find their way around?`,
  'new-language': ({ commit, date, key, who }) =>
    `With ${commit} on ${date} ${who} wrote ${key || 'a new language'} here for the first time: what might have felt familiar, and what strange?`,
  'new-dependency': ({ commit, date, key, who }) =>
    `${commit} on ${date} by ${who} brought in ${key || 'a new dependency'}: how might ${who} have weighed it against the alternatives?`,
  'build-or-ci': ({ commit, date, who }) =>
    `${commit} on ${date} by ${who} changed how the project is built or checked: what might ${who} have learned about the pipeline along the way?`,
};

/** Kinds whose prompt says "first": they name the topic's oldest commit, which is the first. */
const FIRST_KINDS: ReadonlySet<string> = new Set(['new-area', 'new-language', 'new-dependency']);

/** The same kinds of prompt without a commit, for text that everyone with the repository reads. */
const GENERIC: Record<PromptKind, string> = {
  revert:
    'When a change has to be undone, what helps you make sense of what was going on around it?',
  rework: 'When code needs another pass soon after it lands, what is usually going on?',
  'new-area': 'What helps you find your way around a part of the code that is new to you?',
  'new-language': 'What feels familiar, and what feels strange, when you work in a new language?',
  'new-dependency': 'How do you weigh a new dependency against the alternatives?',
  'build-or-ci': 'What have you learned lately about how the project is built and checked?',
};

/**
 * Reflection prompts from real events: for each revert, rework and first-touch topic (new area,
 * language, dependency, build or CI), or such a facet of a story, whose newest commit is found in
 * `commits`, one prompt. They
 * are offered, not pushed: by default (grounded: false) a prompt names no commit and each kind is
 * asked once, since a session log is shared with everyone who has the repository; with
 * grounded: true (a private note) it names the commit by short sha, subject and date, and asks
 * about the situation with curiosity. Topics whose commits are not in `commits` give none.
 * Order follows the topics.
 */
export function eventPrompts(
  topics: readonly Topic[],
  commits: readonly Commit[],
  options: EventPromptOptions = {},
): EventPrompt[] {
  const out: EventPrompt[] = [];
  const asked = new Set<string>();
  for (const topic of withFacets(topics)) {
    if (!(topic.kind in PROMPTS)) continue;
    // A "first" claim names the first commit of the topic (the range's oldest: a first-touch
    // topic exists only when the mentee's earlier history never touched it); others the newest.
    const commit = evidenceCommit(topic, commits, FIRST_KINDS.has(topic.kind) ? 'oldest' : 'newest');
    if (!commit) continue;
    if (!options.grounded) {
      if (asked.has(topic.kind)) continue;
      asked.add(topic.kind);
      out.push({ text: GENERIC[topic.kind as PromptKind], topicId: topic.id });
      continue;
    }
    const key = topic.id.slice(topic.id.indexOf(':') + 1);
    const facts = {
      commit: `${commit.sha.slice(0, 7)} “${truncate(commit.subject)}”`,
      date: commit.date,
      key: topic.id.includes(':') ? key : '',
    };
    const who = options.about?.trim();
    const text = who
      ? ABOUT[topic.kind as PromptKind]({ ...facts, who })
      : PROMPTS[topic.kind as PromptKind](facts);
    out.push({ text, sha: commit.sha, topicId: topic.id });
  }
  return out;
}

/**
 * The topics with each story's facets as topics of their own kind (a revert, a later fix, a first
 * touch), each with the commit it is about as its evidence, right after their story.
 */
function withFacets(topics: readonly Topic[]): Topic[] {
  const out: Topic[] = [];
  for (const topic of topics) {
    out.push(topic);
    for (const facet of topic.facets ?? []) {
      if (!(facet.kind in PROMPTS)) continue;
      const shas = facet.sha !== undefined ? [facet.sha] : topic.evidence.commits;
      out.push({
        ...topic,
        id: `${facet.kind}:${facet.key ?? ''}`,
        kind: facet.kind as PromptKind,
        evidence: { commits: shas, files: [] },
        facets: undefined,
      });
    }
  }
  return out;
}

/** The newest or oldest of the topic's evidence commits that `commits` knows (shas may be abbreviated). */
function evidenceCommit(
  topic: Topic,
  commits: readonly Commit[],
  which: 'newest' | 'oldest',
): Commit | undefined {
  let best: Commit | undefined;
  for (const sha of topic.evidence.commits) {
    const s = sha.toLowerCase();
    if (s.length < 4) continue;
    const c = commits.find((x) => x.sha.startsWith(s) || s.startsWith(x.sha));
    if (!c) continue;
    if (!best || (which === 'newest' ? c.time > best.time : c.time < best.time)) best = c;
  }
  return best;
}

/** A subject cut to MAX_SUBJECT characters, with "…" when cut, on one line. */
function truncate(subject: string): string {
  const one = subject.replace(/\s+/g, ' ').trim();
  return one.length <= MAX_SUBJECT ? one : `${one.slice(0, MAX_SUBJECT - 1).trimEnd()}…`;
}
