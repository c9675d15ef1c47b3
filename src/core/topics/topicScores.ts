/*
 * How the topics that are not stories are scored, so that a ranking can be explained to the
 * people it is shown to. Stories are weighed as storyTopics.ts explains (1 to 89), the person the
 * mentee learns from most as collaboratorTopic.ts does (50 to 70).
 *
 * Each kind has a base and a small bonus for how much evidence backs it (at most the `bonus`
 * below):
 *
 *   goal            90 + up to 9   the plan's goals are why the pair meets; +1 per commit after the first
 *
 * First touches are found with the scores below, but are shown as facets of the story they lie
 * in (they add to its weight there, not as topics of their own):
 *
 *   new-dependency  70 + up to 5   a choice with long-lived cost; +1 per further commit adding it
 *   new-area        65 + up to 5   first work in a directory; +1 per commit after the first
 *   build-or-ci     55 + up to 5   first change to how the project is built or shipped; +1 per further commit
 *   new-language    55 + up to 5   first code in a language; +1 per further file
 *
 * Scores are whole numbers; ties are broken by the topic id, so the order is deterministic.
 */

/** The base score and the largest evidence bonus of a kind (see the table above). */
export interface ScoreRule {
  base: number;
  bonus: number;
}

/** The score rules, by kind. */
export const SCORES = {
  goal: { base: 90, bonus: 9 },
  newDependency: { base: 70, bonus: 5 },
  newArea: { base: 65, bonus: 5 },
  buildOrCi: { base: 55, bonus: 5 },
  newLanguage: { base: 55, bonus: 5 },
} satisfies Record<string, ScoreRule>;

/** A rule's score for `extra` units of evidence beyond the least that makes a topic. */
export function score(rule: ScoreRule, extra: number): number {
  return rule.base + Math.max(0, Math.min(rule.bonus, Math.floor(extra)));
}
