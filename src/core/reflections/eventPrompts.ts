import type { Commit } from '../topics/historyData';
import type { Topic, TopicKind } from '../topics/topic';

/** A reflection prompt about one commit of a learning topic. */
export interface EventPrompt {
  text: string;
  /** The commit's full sha. */
  sha: string;
  topicId: string;
}

/** The longest commit subject quoted in a prompt. */
export const MAX_SUBJECT = 72;

type PromptKind = Extract<
  TopicKind,
  'revert' | 'rework' | 'new-area' | 'new-language' | 'new-dependency' | 'build-or-ci'
>;

/** What the prompt says, by kind: the event first, then one open question about it. */
const PROMPTS: Record<PromptKind, (e: { commit: string; date: string; key: string }) => string> = {
  revert: ({ commit, date }) =>
    `You reverted ${commit} on ${date}: what did undoing it teach you, and what would you change next time?`,
  rework: ({ commit, date }) =>
    `${commit} on ${date} reworked code you had changed shortly before: what made the first version need another pass?`,
  'new-area': ({ commit, date, key }) =>
    `${commit} on ${date} was your first change in ${key || 'a new area'}: what helped you find your way around, and what was missing?`,
  'new-language': ({ commit, date, key }) =>
    `With ${commit} on ${date} you wrote ${key || 'a new language'} here for the first time: what felt familiar, and what felt strange?`,
  'new-dependency': ({ commit, date, key }) =>
    `${commit} on ${date} brought in ${key || 'a new dependency'}: how did you weigh it against the alternatives?`,
  'build-or-ci': ({ commit, date }) =>
    `${commit} on ${date} changed how the project is built or checked: what did you learn about the pipeline along the way?`,
};

/**
 * Reflection prompts grounded in real events: for each revert, rework and first-touch topic
 * (new area, language, dependency, build or CI), one prompt naming its newest commit found in
 * `commits` by short sha and subject, with an open question about it. Topics whose commits are
 * not in `commits` give none. Order follows the topics.
 */
export function eventPrompts(topics: readonly Topic[], commits: readonly Commit[]): EventPrompt[] {
  const out: EventPrompt[] = [];
  for (const topic of topics) {
    if (!(topic.kind in PROMPTS)) continue;
    const commit = newestEvidence(topic, commits);
    if (!commit) continue;
    const key = topic.id.slice(topic.id.indexOf(':') + 1);
    const text = PROMPTS[topic.kind as PromptKind]({
      commit: `${commit.sha.slice(0, 7)} “${truncate(commit.subject)}”`,
      date: commit.date,
      key: topic.id.includes(':') ? key : '',
    });
    out.push({ text, sha: commit.sha, topicId: topic.id });
  }
  return out;
}

/** The newest of the topic's evidence commits that `commits` knows (shas may be abbreviated). */
function newestEvidence(topic: Topic, commits: readonly Commit[]): Commit | undefined {
  let best: Commit | undefined;
  for (const sha of topic.evidence.commits) {
    const s = sha.toLowerCase();
    if (s.length < 4) continue;
    const c = commits.find((x) => x.sha.startsWith(s) || s.startsWith(x.sha));
    if (c && (!best || c.time > best.time)) best = c;
  }
  return best;
}

/** A subject cut to MAX_SUBJECT characters, with "…" when cut, on one line. */
function truncate(subject: string): string {
  const one = subject.replace(/\s+/g, ' ').trim();
  return one.length <= MAX_SUBJECT ? one : `${one.slice(0, MAX_SUBJECT - 1).trimEnd()}…`;
}
