import type { BankQuestion } from './bankQuestion';
import { rankQuestions, type QuestionContext, type RankedQuestion } from './rankQuestions';

/** How many of the best-ranked questions a session's pick is drawn from. */
const POOL = 5;

/**
 * "A question for this session": one question that fits the goals and topics (drawn from the
 * few best-ranked, not asked lately), or any question not asked lately when nothing fits. The
 * seed (a date, a session file name) makes the pick repeatable: the same seed, the same question.
 */
export function questionForSession(
  bank: readonly BankQuestion[],
  context: QuestionContext,
  seed: string | number,
): RankedQuestion | undefined {
  const ranked = rankQuestions(bank, context).filter((q) => !q.recent);
  const fitting = ranked.filter((q) => q.score > 0).slice(0, POOL);
  const pool = fitting.length > 0 ? fitting : ranked;
  if (pool.length === 0) return undefined;
  return pool[hash(String(seed)) % pool.length];
}

/** FNV-1a: a small, stable string hash. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
