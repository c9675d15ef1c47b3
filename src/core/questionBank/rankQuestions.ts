import type { Topic, TopicKind } from '../topics/topic';
import type { BankQuestion } from './bankQuestion';
import { keywords, stem } from './keywords';
import { normalQuestion } from './questionBank';

/** What a question is ranked against: the relationship's goals, current topics, recent questions. */
export interface QuestionContext {
  /** Only this category. */
  category?: string;
  goals?: readonly { id: string; title: string }[];
  topics?: readonly Topic[];
  /** Questions asked lately; they go to the end so a session does not repeat the last one. */
  recent?: readonly string[];
}

/** A question with its score and the words or tags that earned it. */
export interface RankedQuestion extends BankQuestion {
  score: number;
  matched: string[];
  /** True when it was asked lately. */
  recent: boolean;
}

/** The bank's tags that suit each kind of learning topic. */
export const TOPIC_TAGS: Record<TopicKind, readonly string[]> = {
  area: ['ownership', 'technical'],
  'new-area': ['new-area', 'learning'],
  'new-language': ['new-language', 'learning'],
  'new-dependency': ['new-dependency', 'design'],
  'build-or-ci': ['build-or-ci'],
  rework: ['rework', 'quality'],
  revert: ['revert', 'mistakes'],
  'large-change': ['large-change', 'review'],
  tests: ['tests', 'testing'],
  pairing: ['pairing', 'collaboration'],
  goal: ['goal', 'progress'],
  story: ['learning', 'reflection'],
  collaborator: ['collaboration', 'network'],
};

const TAG_WEIGHT = 3;
const WORD_WEIGHT = 1;

/**
 * Ranks the bank for a session: a tag that a topic kind calls for, or that matches a word of a
 * goal or topic title, counts 3; a word shared by the question and a title counts 1. Highest
 * first; ties keep the bank's order, so the ranking is deterministic. Recently asked questions
 * come last.
 */
export function rankQuestions(
  bank: readonly BankQuestion[],
  context: QuestionContext = {},
): RankedQuestion[] {
  const tagWanted = new Set<string>();
  const words = new Set<string>();
  for (const g of context.goals ?? []) for (const w of keywords(g.title)) words.add(w);
  for (const t of context.topics ?? []) {
    for (const tag of TOPIC_TAGS[t.kind] ?? []) tagWanted.add(tag);
    for (const w of keywords(t.title)) words.add(w);
  }
  const recent = new Set((context.recent ?? []).map(normalQuestion));
  const ranked = bank
    .filter((q) => context.category === undefined || q.category === context.category)
    .map((q, index) => {
      const matched: string[] = [];
      let score = 0;
      for (const tag of q.tags) {
        if (tagWanted.has(tag) || words.has(stem(tag))) {
          score += TAG_WEIGHT;
          matched.push(`#${tag}`);
        }
      }
      for (const w of keywords(q.text)) {
        if (words.has(w) && !matched.includes(`#${w}`)) {
          score += WORD_WEIGHT;
          matched.push(w);
        }
      }
      const isRecent = recent.has(normalQuestion(q.text));
      return { q: { ...q, score, matched, recent: isRecent }, index };
    });
  ranked.sort(
    (a, b) => Number(a.q.recent) - Number(b.q.recent) || b.q.score - a.q.score || a.index - b.index,
  );
  return ranked.map((r) => r.q);
}
