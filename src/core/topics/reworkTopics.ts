import { isWork } from './firstTouches';
import type { Commit } from './historyData';
import { isManifest } from './paths';
import {
  compareText,
  count,
  evidence,
  truncate,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';
import { score, SCORES } from './topicScores';

/*
 * Rework means the same change being redone, not a file that many changes pass through. A file is
 * reworked when:
 *
 *   (a) fix chain: a fix-like commit (isFixSubject) changes it within FIX_DAYS of the commit
 *       before it on that file, or an autosquash commit ("fixup! <subject>") names an earlier
 *       commit: those commits reworked it;
 *   (b) churn: REWORK_COMMITS or more commits change it within REWORK_DAYS, and every one after
 *       the first is small (at most SMALL_COMMIT_FILES files): small corrective commits after a
 *       change, not features that each add a line to it.
 *
 * Some files are never rework, whatever the commits: lock files and generated code, dependency
 * manifests (package.json changes with every new dependency; the new-dependency topic covers
 * them), files only moved, and hubs: files that at least half of the range's commits change (and
 * at least REWORK_COMMITS of them), such as a registry or index every feature adds itself to.
 */

/** A file changed in at least REWORK_COMMITS commits within REWORK_DAYS days may be churn. */
export const REWORK_DAYS = 3;
export const REWORK_COMMITS = 3;

/** Churn counts only when the commits after the first change at most this many files each. */
export const SMALL_COMMIT_FILES = 3;

/** A fix reworks what an earlier commit changed in the same files within this many days. */
export const FIX_DAYS = 7;

/** At most this many rework topics. */
export const MAX_REWORK_TOPICS = 3;

const DAY = 86_400;

/** Words of a subject that say it corrects something. */
const FIX_WORDS = new Set([
  'fix',
  'fixes',
  'fixed',
  'fixing',
  'hotfix',
  'bugfix',
  'bug',
  'bugs',
  'regression',
  'revert',
  'reverts',
  'reverted',
  'reverting',
  'again',
  'typo',
  'typos',
  'oops',
]);

/** "address review", "addressed review comments", "address feedback". */
const ADDRESS_WORDS = new Set(['address', 'addressed', 'addresses', 'addressing']);
const REVIEW_WORDS = new Set(['review', 'reviews', 'feedback', 'comments']);

/** Prefixes git's autosquash gives commits that correct an earlier one. */
const AUTOSQUASH_PREFIXES = ['fixup! ', 'squash! ', 'amend! '];

/**
 * True for a commit whose subject says it corrects something: fixup!/squash!/amend!, a fix or
 * revert word, "again", "typo", "oops", or "address review" (words, not "prefix" or "fixture").
 */
export function isFixSubject(subject: string): boolean {
  if (AUTOSQUASH_PREFIXES.some((p) => subject.startsWith(p))) return true;
  let word = '';
  let previous = '';
  for (const ch of subject.toLowerCase() + ' ') {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      word += ch;
    } else if (word !== '') {
      if (FIX_WORDS.has(word)) return true;
      if (ADDRESS_WORDS.has(previous) && REVIEW_WORDS.has(word)) return true;
      previous = word;
      word = '';
    }
  }
  return false;
}

/** The subject an autosquash commit points at ("fixup! Add pool" -> "Add pool"). */
function autosquashTarget(subject: string): string | undefined {
  const prefix = AUTOSQUASH_PREFIXES.find((p) => subject.startsWith(p));
  return prefix === undefined ? undefined : subject.slice(prefix.length);
}

/**
 * The rework in the range (see the top of this file). Files reworked by the very same commits
 * make one topic, named after the first of them; the topics with the most commits are kept.
 */
export function reworkTopics(ctx: TopicContext): TopicDraft[] {
  const order = ctx.order;
  // Oldest first by time; commits with the same time in the log's order, reversed.
  const oldestFirst = [...ctx.data.commits]
    .reverse()
    .sort((a, b) => a.time - b.time || (order.get(b.sha) ?? 0) - (order.get(a.sha) ?? 0));
  const byFile = new Map<string, Commit[]>();
  const small = new Set<Commit>();
  for (const commit of oldestFirst) {
    let files = 0;
    for (const file of commit.files) {
      if (!isWork(file)) continue;
      files++;
      if (isManifest(file.path)) continue;
      const list = byFile.get(file.path);
      if (list === undefined) byFile.set(file.path, [commit]);
      else if (list[list.length - 1] !== commit) list.push(commit);
    }
    if (files <= SMALL_COMMIT_FILES) small.add(commit);
  }
  const total = ctx.data.commits.length;
  for (const [path, commits] of byFile) {
    if (commits.length >= REWORK_COMMITS && 2 * commits.length >= total) byFile.delete(path);
  }
  const marked = new Map<string, Set<string>>();
  const mark = (path: string, commits: readonly Commit[]) => {
    let set = marked.get(path);
    if (set === undefined) marked.set(path, (set = new Set()));
    for (const c of commits) set.add(c.sha);
  };
  for (const [path, commits] of byFile) {
    // Churn: a sliding window over the file's commits by time, whose commits after the first
    // are small.
    let start = 0;
    let lastLarge = -1;
    let markedTo = 0;
    for (let end = 0; end < commits.length; end++) {
      while (commits[end].time - commits[start].time > REWORK_DAYS * DAY) start++;
      if (!small.has(commits[end])) lastLarge = end;
      const first = Math.max(start, lastLarge);
      if (end - first + 1 < REWORK_COMMITS) continue;
      // Each commit is marked once, however many windows it is in.
      mark(path, commits.slice(Math.max(first, markedTo), end + 1));
      markedTo = end + 1;
    }
    // Fix chains: a fix and the commit before it on the same file, within FIX_DAYS.
    for (let i = 1; i < commits.length; i++) {
      const fix = commits[i];
      const before = commits[i - 1];
      if (isFixSubject(fix.subject) && fix.time - before.time <= FIX_DAYS * DAY)
        mark(path, [before, fix]);
    }
  }
  // Autosquash commits name their target by subject, whatever files they touch.
  const bySubject = new Map<string, Commit>();
  for (const commit of oldestFirst) {
    const target = autosquashTarget(commit.subject);
    const earlier = target === undefined ? undefined : bySubject.get(target);
    if (earlier !== undefined) {
      for (const file of commit.files)
        if (byFile.has(file.path)) mark(file.path, [earlier, commit]);
    }
    if (!bySubject.has(commit.subject)) bySubject.set(commit.subject, commit);
  }
  // Files reworked by the same commits are one piece of rework.
  const groups = new Map<string, { shas: string[]; files: string[] }>();
  for (const [path, shas] of marked) {
    const list = [...shas].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const key = list.join(',');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { shas: list, files: [path] });
    else group.files.push(path);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, files: g.files.sort(compareText) }))
    .sort(
      (a, b) =>
        b.shas.length - a.shas.length ||
        b.files.length - a.files.length ||
        compareText(a.files[0], b.files[0]),
    )
    .slice(0, MAX_REWORK_TOPICS)
    .map((g) => {
      const more = g.files.length > 1 ? ` and ${count(g.files.length - 1, 'more file')}` : '';
      const name = truncate(g.files[0]);
      return {
        id: `rework:${g.files[0]}`,
        kind: 'rework',
        title: `Reworked ${name}${more} in ${count(g.shas.length, 'commit')}`,
        subject: name,
        score: score(SCORES.rework, g.shas.length - 2),
        evidence: evidence(ctx, g.shas, g.files),
      };
    });
}
