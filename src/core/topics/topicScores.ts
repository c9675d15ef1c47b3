/*
 * How topics are scored, so that a ranking can be explained to the people it is shown to.
 *
 * Each kind has a base that says how much it is usually worth discussing in a mentoring session,
 * and a small bonus for how much evidence backs it (at most the `bonus` below), so two topics of a
 * kind rank by their evidence and no amount of evidence lifts a kind past the next one up:
 *
 *   goal            90 + up to 9   the plan's goals are why the pair meets; +1 per commit after the first
 *   revert          80 + up to 2   something went wrong and was undone; +2 when the reverted commit is in the range
 *   new-dependency  70 + up to 5   a choice with long-lived cost; +1 per further commit adding it
 *   new-area        65 + up to 5   first work in a directory; +1 per commit after the first
 *   rework          60 + up to 5   the same change redone: fix chains, or small follow-ups within days
 *                                  (reworkTopics.ts says exactly); +1 per commit after the second
 *   build-or-ci     55 + up to 5   first change to how the project is built or shipped; +1 per further commit
 *   new-language    55 + up to 5   first code in a language; +1 per further file
 *   large-change    50 + up to 5   a commit of 500+ lines or 30+ files; +1 per further 1,000 lines
 *   tests           45 + up to 5   code changed without tests in 3+ commits; +1 per further commit
 *                   40 + up to 5   code changed with tests beside it; +1 per further commit
 *   pairing         40 + up to 5   co-authored commits; +1 per commit after the first
 *   area            20 + up to 20  where the work went: log2(1 + lines) + 2 * log2(1 + commits), rounded
 *
 * Scores are whole numbers; ties are broken by the topic id, so the order is deterministic.
 */

/** The base score and the largest evidence bonus of a kind (see the table above). */
export interface ScoreRule {
  base: number;
  bonus: number;
}

/** The score rules, by kind (tests split into with and without tests). */
export const SCORES = {
  goal: { base: 90, bonus: 9 },
  revert: { base: 80, bonus: 2 },
  newDependency: { base: 70, bonus: 5 },
  newArea: { base: 65, bonus: 5 },
  rework: { base: 60, bonus: 5 },
  buildOrCi: { base: 55, bonus: 5 },
  newLanguage: { base: 55, bonus: 5 },
  largeChange: { base: 50, bonus: 5 },
  testsWithout: { base: 45, bonus: 5 },
  testsWith: { base: 40, bonus: 5 },
  pairing: { base: 40, bonus: 5 },
  area: { base: 20, bonus: 20 },
} satisfies Record<string, ScoreRule>;

/** A rule's score for `extra` units of evidence beyond the least that makes a topic. */
export function score(rule: ScoreRule, extra: number): number {
  return rule.base + Math.max(0, Math.min(rule.bonus, Math.floor(extra)));
}
