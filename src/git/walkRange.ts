import { foldName } from '../core/topics/foldName';
import type { IdentityHintTally } from './readIdentityHints';
import type { LogRunner } from './logRunner';
import { RANGE_WALK_FORMAT_ARGS, RangeWalkParser, type RangeWalkRecord } from './rangeWalkParser';

/** What walkRange needs: how to run git, the range, and who the mentee is. */
export interface RangeWalkRead {
  run: LogRunner;
  /** The range's revisions (`<tip>` or `<from>..<tip>`), for after `--end-of-options`. */
  revisions: readonly string[];
  /** The range's `--since=` argument, when it has one (it stops git's walk, so git applies it). */
  sinceArg?: string;
  /** The range's last second (its `--until`), when it has one: the mentee's commits end there. */
  until?: number;
  /** Walk merge commits too (the mentee's merges are then theirs; naming commits never are). */
  includeMerges: boolean;
  isMentee: (name: string, email: string) => boolean;
}

/** Which commits of the range the two follow-up reads take, from one walk. */
export interface RangeWalk {
  /** The mentee's commits up to the range's end, newest first as git walked them. */
  mentee: string[];
  /**
   * Others' commits (up to the tip, past the range's end too) whose message may name a commit:
   * a superset of what readNamingCommits keeps, which its `--grep` and exact match then narrow.
   */
  naming: string[];
  /** Commits of others up to the range's end, by mailmapped name and email, for the hints. */
  others: Map<string, { name: string; email: string; commits: number }>;
  /**
   * Every other author's commit the walk saw (merges left out), newest first as git walked
   * them, with its committer time: the later reads of others' work in a window of the range
   * take their commits from here instead of walking the history again. Absent when the walk
   * kept merges (includeMerges).
   */
  walked?: WalkedCommit[];
}

/** A commit of the walk by someone other than the mentee. */
export interface WalkedCommit {
  sha: string;
  /** Committer time, seconds since the epoch (what --since and --until compare). */
  time: number;
}

// Every message namedCommits (readFollowUps.ts) reads a commit name from has 7 hex digits and one
// of these words ("reverts", "cherry picked", "fixes", a "Fixes:" trailer): a cheap superset.
const HEX = /[0-9a-f]{7}/i;
const WORD = /revert|cherry|fix/i;

/**
 * ONE `git log` over the range with no diff and no author filter (git loads each commit once):
 * picks the mentee's commits (the exact identity match; git's `--author` pre-filter of the old
 * read only ever let a superset of those through) and others' commits that may name a commit.
 * The numstat of the first and the naming check of the second are then `--no-walk` reads of just
 * those commits (readHistory.ts, readFollowUps.ts). The walk keeps git's own `--since` (it ends
 * the walk, so it is not a filter node could repeat) and applies `--until` itself, on the
 * committer time as git does, because others' follow-ups after the range's end still count.
 */
export async function walkRange(read: RangeWalkRead): Promise<RangeWalk> {
  // The same few people make most commits: each name and email pair is matched once.
  const people = new Map<string, Author>();
  const identify = (name: string, email: string): Author => {
    const key = `${name}\0${email}`;
    let who = people.get(key);
    if (!who) {
      who = { name, email, commits: 0, mentee: read.isMentee(name, email) };
      people.set(key, who);
    }
    return who;
  };
  const walked: WalkedCommit[] | undefined = read.includeMerges ? undefined : [];
  const walk: RangeWalk = { mentee: [], naming: [], others: new Map(), walked };
  const parser = new RangeWalkParser(identify, (who) => !who.mentee);
  const take = (records: RangeWalkRecord<Author>[]) => {
    for (const c of records) {
      const inRange = read.until === undefined || c.commitTime <= read.until;
      if (c.author.mentee) {
        if (inRange) walk.mentee.push(c.sha);
        continue;
      }
      if (inRange) c.author.commits++;
      walked?.push({ sha: c.sha, time: c.commitTime });
      if ((WORD.test(c.subject) || WORD.test(c.body)) && (HEX.test(c.subject) || HEX.test(c.body)))
        walk.naming.push(c.sha);
    }
  };
  await read.run(
    [
      'log',
      '--use-mailmap',
      ...RANGE_WALK_FORMAT_ARGS,
      ...(read.includeMerges ? [] : ['--no-merges']),
      ...(read.sinceArg ? [read.sinceArg] : []),
      '--end-of-options',
      ...read.revisions,
      '--',
    ],
    (text) => take(parser.push(text)),
  );
  take(parser.end());
  for (const [key, who] of people) if (!who.mentee && who.commits > 0) walk.others.set(key, who);
  return walk;
}

/** An author of the walk: whether the mentee, and how many of their commits are in the range. */
interface Author {
  name: string;
  email: string;
  commits: number;
  mentee: boolean;
}

/**
 * Counts the walk's commits of others in `hints`, as the old range read's `--author` pre-filter
 * (widened to the hint names) and exact match did: only names that fold to a hint name count.
 */
export function countHints(walk: RangeWalk, hints: IdentityHintTally): void {
  if (hints.names.size === 0) return;
  for (const { name, email, commits } of walk.others.values()) {
    if (!hints.names.has(foldName(name))) continue;
    for (let i = 0; i < commits; i++) hints.add(name, email);
  }
}
