import { foldName, identityMatcher } from './foldName';
import type { AuthorActivity, FileActivity } from './historyData';
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

/** Who is never offered as an expert: the person looking, the mentee, and people already known. */
export interface ExpertExclusions {
  /** Emails or names (matched like identities: email any case, name with accents folded). */
  people: readonly string[];
}

/**
 * The expert for a story's files: the other author with the most commits to those files (summed
 * over the files, earlier names included) in the 12 months the git layer read, not the most
 * active in their folder, so one prolific maintainer is not everyone's expert. People matching
 * `exclude.people` (the user, the mentee, the story's reviewers) and bots are never offered.
 * Ties go to the more recent, then by name.
 */
export function expertForFiles(
  activity: readonly FileActivity[],
  files: readonly string[],
  exclude: ExpertExclusions,
): TopicExpert | undefined {
  const wanted = new Set(files);
  const isExcluded = identityMatcher(exclude.people);
  const totals = new Map<
    string,
    { name: string; email: string; commits: number; lastTime: number }
  >();
  for (const a of activity) {
    if (!wanted.has(a.path) || a.commits <= 0) continue;
    if (isExcluded(a.name, a.email) || isBot(a.name, a.email)) continue;
    const key = a.email.trim() ? a.email.trim().toLowerCase() : `name:${foldName(a.name)}`;
    const t = totals.get(key);
    if (t) {
      t.commits += a.commits;
      t.lastTime = Math.max(t.lastTime, a.lastTime);
    } else
      totals.set(key, { name: a.name, email: a.email, commits: a.commits, lastTime: a.lastTime });
  }
  let best: { name: string; email: string; commits: number; lastTime: number } | undefined;
  for (const t of totals.values()) {
    if (
      best === undefined ||
      t.commits > best.commits ||
      (t.commits === best.commits &&
        (t.lastTime > best.lastTime ||
          (t.lastTime === best.lastTime && compareText(t.name, best.name) < 0)))
    ) {
      best = t;
    }
  }
  return best === undefined
    ? undefined
    : { name: best.name, email: best.email, commits: best.commits };
}
