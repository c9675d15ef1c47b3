import { checkQuestion } from '../questionCheck/checkQuestion';
import type { Topic, TopicKind } from '../topics/topic';
import type { BankQuestion } from './bankQuestion';
import { normalQuestion } from './questionBank';
import { rankQuestions, TOPIC_TAGS } from './rankQuestions';

/** An agenda never suggests more questions than this. */
export const MAX_SUGGESTED_QUESTIONS = 3;

/** How many of the session's topics (in rank order) a suggestion may be chosen for. */
const TOPICS_CONSIDERED = 5;

/**
 * The least score that counts as a fit: one tag the topic or goal calls for (rankQuestions
 * weighs a tag 3 and a shared word 1), so that a single common word such as "work" is not
 * enough to call a question fitting.
 */
const FIT = 3;

/** What a suggested question was chosen for. */
export type SuggestionTarget =
  { kind: 'topic'; id: string; title: string } | { kind: 'goal'; id: string; title: string };

/** An open question from the bank suggested for a session, and why it was chosen. */
export interface SuggestedQuestion {
  text: string;
  /**
   * Why, as it is written into the agenda (plain English, never localised: records stay in one
   * language): "for the topic 'Released 3.1'", "goal G2 is due for review".
   */
  reason: string;
  for: SuggestionTarget;
}

/** What the suggestions are chosen by. */
export interface SuggestionInput {
  /** The session's learning topics, best first. */
  topics: readonly Topic[];
  /** The goals due for review in this session. */
  goals: readonly { id: string; title: string }[];
  /** Questions already queued or asked lately: never suggested again. */
  recent?: readonly string[];
}

/**
 * Two or three open questions from the bank for a session: taking the topics and the goals due
 * for review in turn (the first topic, the first goal, the second topic, ...), for each the
 * best-ranked question that fits it (rankQuestions, at least one matching tag), is open by the
 * question checker (never closed or leading), was not queued or asked lately, is not a topic's
 * own question and was not chosen already. Deterministic: the same records, the same
 * suggestions. A topic's `facets` (when its producer gives them) count as more tags and words.
 */
export function suggestQuestions(
  bank: readonly BankQuestion[],
  input: SuggestionInput,
): SuggestedQuestion[] {
  const taken = new Set<string>([
    ...(input.recent ?? []).map(normalQuestion),
    ...input.topics.map((t) => normalQuestion(t.question)),
  ]);
  const out: SuggestedQuestion[] = [];
  for (const target of targets(input)) {
    if (out.length >= MAX_SUGGESTED_QUESTIONS) break;
    const context =
      target.for.kind === 'goal'
        ? { goals: [target.for], topics: [pseudoTopic('goal', target.for.title)] }
        : { topics: target.topics };
    const pick = rankQuestions(bank, context).find(
      (q) =>
        q.score >= FIT && !taken.has(normalQuestion(q.text)) && checkQuestion(q.text) === undefined,
    );
    if (!pick) continue;
    taken.add(normalQuestion(pick.text));
    out.push({ text: pick.text, reason: target.reason, for: target.for });
  }
  return out;
}

/** A topic or goal to choose for, what ranks the bank for it, and the reason it gives. */
interface Target {
  for: SuggestionTarget;
  reason: string;
  topics: Topic[];
}

/** The topics and goals in turn: topic 1, goal 1, topic 2, goal 2, ... */
function targets(input: SuggestionInput): Target[] {
  const topics = input.topics.slice(0, TOPICS_CONSIDERED).map((t): Target => ({
    for: { kind: 'topic', id: t.id, title: t.title },
    reason: `for the topic '${t.title}'`,
    topics: withFacets(t),
  }));
  const goals = input.goals.map((g): Target => ({
    for: { kind: 'goal', id: g.id, title: g.title },
    reason: `goal ${g.id} is due for review`,
    topics: [],
  }));
  const out: Target[] = [];
  for (let i = 0; i < Math.max(topics.length, goals.length); i++) {
    if (i < topics.length) out.push(topics[i]);
    if (i < goals.length) out.push(goals[i]);
  }
  return out;
}

/** A story's facet kinds (topic.ts FacetKind) read as the topic kind whose tags they call for. */
const FACET_KINDS: Record<string, string> = {
  help: 'pairing',
  'no-tests': 'tests',
  'followed-up': 'rework',
};

/**
 * The topic as the ranking reads it, with its facets: a facet naming a topic kind ("tests",
 * "pairing") calls for that kind's tags, and every other facet word joins the title's words.
 * Facets are read loosely (strings, or objects with a kind, label, name or subject) because
 * their producer may shape them either way; anything else is ignored.
 */
function withFacets(topic: Topic): Topic[] {
  const facets = (topic as { facets?: unknown }).facets;
  const words: string[] = [];
  const kinds: TopicKind[] = [];
  const add = (value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    const kind = FACET_KINDS[value] ?? value;
    if (kind in TOPIC_TAGS) kinds.push(kind as TopicKind);
    else words.push(value);
  };
  if (Array.isArray(facets)) {
    for (const f of facets) {
      if (typeof f === 'string') add(f);
      else if (f && typeof f === 'object') {
        const o = f as Record<string, unknown>;
        for (const key of ['kind', 'text', 'label', 'name', 'subject']) add(o[key]);
      }
    }
  }
  const title = [topic.title, topic.subject ?? '', ...words].join(' ');
  return [{ ...topic, title }, ...kinds.map((k) => pseudoTopic(k, ''))];
}

/** A stand-in topic that only carries a kind's tags and a title's words into the ranking. */
function pseudoTopic(kind: TopicKind, title: string): Topic {
  return {
    id: `${kind}:`,
    kind,
    title,
    score: 0,
    evidence: { commits: [], files: [] },
    question: '',
  };
}
