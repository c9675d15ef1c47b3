import { foldName } from './foldName';
import type { OwnMerge } from './historyData';
import { isBot } from './isBot';
import type { TopicFacet } from './topic';
import { compareText, count, MAX_EVIDENCE, truncate, type TopicDraft } from './topicDraft';

/** A review or branch-upkeep topic, with the tags its question is chosen by. */
export interface ReviewDraft {
  draft: TopicDraft;
  tags: string[];
}

/** A review topic needs at least this many merges of others' work. */
export const MIN_REVIEW_MERGES = 2;

/** Branch upkeep is raised from this many merges of long-lived branches. */
const MIN_UPKEEP_MERGES = 3;
/** At most this many merges are listed as facets. */
const MAX_MERGE_FACETS = 6;

// A branch that lives on and is merged again and again: a default, stable, release or version
// branch ("stable", "4.x", "release/2.1", "maint", "origin/master").
const LONG_LIVED =
  /^(?:(?:origin|upstream)\/)?(?:main|master|stable|develop|devel|dev|next|maint|trunk|release(?:[-/][\w.-]+)?|v?\d+(?:\.\d+)*(?:\.x)?|\d+(?:\.\d+)*-(?:stable|maint(?:enance)?))$/i;

/** The branch a merge subject names as merged, as written, or undefined. */
function mergedBranch(subject: string): string | undefined {
  const m =
    /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(subject) ??
    /^Merge pull request #\d+ from [^\s/]+\/(\S+)/.exec(subject) ??
    /^Merge (?:tag )?'?(v?\d+(?:\.\d+)+[^'\s]*)'?/.exec(subject) ??
    /^Merge (\S+) into \S+/.exec(subject);
  return m?.[1];
}

/**
 * True for the merge `git pull` makes ("Merge branch 'main' of github.com:...", "Merge
 * remote-tracking branch 'origin/main'"): the same branch from another copy, nobody's work.
 */
function isPullMerge(m: OwnMerge): boolean {
  return (
    /^Merge (?:remote-tracking )?branch '[^']+' of \S/.test(m.subject) ||
    /^Merge remote-tracking branch '(?:origin|upstream)\//.test(m.subject)
  );
}

/** The branch a merge subject says it merged into ("... into feature-x"), or undefined. */
function targetBranch(subject: string): string | undefined {
  return /\binto '?([^'\s]+)'?\s*(?:\(#\d+\))?\s*$/.exec(subject)?.[1];
}

/** True for a long-lived branch merged into a work branch (main into feature-x): catching up. */
function isSyncIntoWork(m: OwnMerge): boolean {
  const branch = mergedBranch(m.subject);
  const into = targetBranch(m.subject);
  return (
    branch !== undefined && into !== undefined && LONG_LIVED.test(branch) && !LONG_LIVED.test(into)
  );
}

/** True for a merge that keeps a long-lived branch in step (stable into main, a tag forward). */
function isUpkeep(m: OwnMerge): boolean {
  if (/^Merge tag\b/i.test(m.subject)) return true;
  // A contributor's pull request from the default branch of their fork is their work.
  if (/^Merge pull request #\d+ from [^\s/]+\/(?:main|master)\s*$/.test(m.subject)) return false;
  const branch = mergedBranch(m.subject);
  return branch !== undefined && LONG_LIVED.test(branch);
}

/** True for a bot's pull request (dependency bumps): routine, nothing to review for learning. */
function isBotWork(m: OwnMerge): boolean {
  return (
    isBot(m.tipName, m.tipEmail) ||
    /^Merge pull request #\d+ from [^\s/]+\/(?:dependabot|renovate|pre-commit-ci)\b/i.test(m.subject)
  );
}

/** True when the subject says a pull request (GitHub's merge, or a squash title's "(#12)"). */
function isPullRequest(m: OwnMerge): boolean {
  return /^Merge pull request #\d+/.test(m.subject) || /\(#\d+\)\s*$/.test(m.subject);
}

/** "Ana, Bo and 3 more". */
function names(list: readonly string[], shown = 3): string {
  const head = list.slice(0, shown).map((n) => truncate(n, 40));
  const more = list.length - head.length;
  if (more > 0) return `${head.join(', ')} and ${more} more`;
  return head.length > 1 ? `${head.slice(0, -1).join(', ')} and ${head[head.length - 1]}` : head[0];
}

/** Recency: up to 6, falling to 0 over 90 days before "now" (as for stories). */
function recency(now: number, newest: number): number {
  return Math.max(0, 6 * (1 - (now - newest) / (90 * 86_400)));
}

function draftOf(
  id: string,
  title: string,
  subject: string,
  merges: readonly OwnMerge[],
  score: number,
  now: number,
): TopicDraft {
  const newestFirst = [...merges].sort((a, b) => b.time - a.time || compareText(a.sha, b.sha));
  const facets: TopicFacet[] = newestFirst
    .slice(0, MAX_MERGE_FACETS)
    .map((m) => ({ kind: 'merge', text: `${m.date}: ${truncate(m.subject, 120)}`, sha: m.sha }));
  return {
    id,
    kind: 'story',
    title: truncate(title, 160),
    subject,
    score: Math.max(1, Math.min(89, Math.round(score + recency(now, newestFirst[0].time)))),
    evidence: { commits: newestFirst.slice(0, MAX_EVIDENCE).map((m) => m.sha), files: [] },
    facets,
  };
}

/**
 * What the mentee's own merges say (issue 16: a maintainer learns through review): merging
 * others' pull requests or branches is review work, ONE topic naming whose work it was, most
 * merged first (a top 10 holds a few ideas: review is one of them, not one per person). Merges
 * that keep a long-lived branch in step (stable into main, a tag merged forward) are one
 * branch-upkeep topic. Bots' pull requests, the mentee's own branches (their work is in its
 * stories) and the merges `git pull` makes are left out.
 * Score: 24 plus 6 per doubling of the merges, at most 60, plus recency.
 */
export function reviewTopics(merges: readonly OwnMerge[], now: number): ReviewDraft[] {
  const upkeep: OwnMerge[] = [];
  const review: OwnMerge[] = [];
  for (const m of merges) {
    if (isPullMerge(m) || isSyncIntoWork(m)) continue;
    if (isUpkeep(m)) upkeep.push(m);
    else if (!m.tipByMentee && !isBotWork(m) && m.tipName !== '') review.push(m);
  }
  const out: ReviewDraft[] = [];
  const weight = (n: number) => Math.min(60, 24 + 6 * Math.log2(1 + n));
  if (review.length >= MIN_REVIEW_MERGES) {
    const noun = review.filter(isPullRequest).length * 2 >= review.length ? 'pull request' : 'branch';
    const plural = noun === 'branch' ? 'branches' : 'pull requests';
    const byPerson = new Map<string, { name: string; merges: number }>();
    for (const m of review) {
      const key = m.tipEmail.trim().toLowerCase() || foldName(m.tipName);
      const p = byPerson.get(key) ?? { name: m.tipName, merges: 0 };
      p.merges++;
      byPerson.set(key, p);
    }
    const people = [...byPerson.entries()]
      .sort(([ka, a], [kb, b]) => b.merges - a.merges || compareText(ka, kb))
      .map(([, p]) => p);
    const m = people.length;
    const who = names(people.map((p) => (p.merges > 1 ? `${p.name} (${p.merges})` : p.name)));
    out.push({
      draft: draftOf(
        'story:review',
        `Reviewed and merged ${review.length} ${plural} from ${m === 1 ? who : `${m} contributors: ${who}`}`,
        m === 1 ? `${plural} from ${truncate(people[0].name, 40)}` : `${plural} from ${m} contributors`,
        review,
        weight(review.length),
        now,
      ),
      tags: ['review-work'],
    });
  }
  if (upkeep.length >= MIN_UPKEEP_MERGES) {
    const branches = [...new Set(upkeep.map((m) => mergedBranch(m.subject) ?? 'tags'))];
    const what = names(branches.map((b) => truncate(b, 40)));
    out.push({
      draft: draftOf(
        'story:upkeep',
        `Kept branches in step: ${count(upkeep.length, 'merge')} of ${what}`,
        `merging ${what}`,
        upkeep,
        Math.min(44, weight(upkeep.length) - 8),
        now,
      ),
      tags: ['upkeep'],
    });
  }
  return out;
}
