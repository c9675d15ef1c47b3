import type { AuthorActivity } from './historyData';
import { isBot } from './isBot';
import type { TopicExpert } from './topic';
import { compareText } from './topicDraft';

/** An expert must have committed somewhere in the repository within this many days. */
export const EXPERT_ACTIVE_DAYS = 90;

/**
 * The expert to suggest for a directory: the other author with the most commits there in the
 * last 12 months (as the git layer counted them), leaving out anyone whose newest commit is more
 * than EXPERT_ACTIVE_DAYS before `now` (they may have left, and a name no one can reach helps
 * nobody) and bots (dependabot[bot] touches every folder and knows none). Ties go to the more
 * recently active, then by name.
 */
export function expertFor(
  experts: readonly AuthorActivity[],
  dir: string,
  now: number,
): TopicExpert | undefined {
  const cutoff = now - EXPERT_ACTIVE_DAYS * 86_400;
  let best: AuthorActivity | undefined;
  for (const a of experts) {
    if (a.dir !== dir || a.commits <= 0 || a.lastTime < cutoff || isBot(a.name, a.email)) continue;
    if (
      best === undefined ||
      a.commits > best.commits ||
      (a.commits === best.commits &&
        (a.lastTime > best.lastTime ||
          (a.lastTime === best.lastTime && compareText(a.name, best.name) < 0)))
    ) {
      best = a;
    }
  }
  return best === undefined
    ? undefined
    : { name: best.name, email: best.email, commits: best.commits };
}
