import type { Commit, FollowUp } from '../core/topics/historyData';
import { addFollowUp, sortedFollowUps } from './followUpList';
import { LOG_NAMES_FORMAT_ARGS, LogParser } from './logParser';
import type { LogRunner } from './logRunner';

/** What readNamingCommits needs: how to run git and which part of the history to search. */
export interface NamingCommitsRead {
  run: LogRunner;
  /**
   * The range's revisions (`<from>..<tip>` or `<tip>`): a revert or fix of a range commit
   * descends from it, so it is reachable from the tip and never from the range's start.
   */
  revisions: readonly string[];
  /** The range's first second, when it starts on a day: nothing before it can follow up. */
  since?: number;
  isMentee: (name: string, email: string) => boolean;
}

// What git's --grep must let through for namedCommits below to look (a superset is fine: the
// exact patterns are matched here). Extended, case-insensitive regular expressions.
const NAMING_GREPS = [
  'This reverts commit',
  'cherry.picked from commit',
  'fix(es|ed)?:?[[:space:]]+(commit[[:space:]]+)?[0-9a-f]{7}',
];

/**
 * Other authors' commits from the range's start up to the tip whose message names a commit: a
 * revert ("This reverts commit <sha>"), a `Fixes:` trailer or "fixes <sha>", a cherry-pick note.
 * ONE `git log --grep` (git matches the messages, so no diff is made but for the few commits it
 * keeps): it needs nothing from the mentee's reads and runs beside them; namedFollowUps matches
 * the names against the mentee's commits once those are in. A cold read walks the range once
 * instead (walkRange.ts) and hands the commits that may name one to readNamingCandidates.
 */
export async function readNamingCommits(read: NamingCommitsRead): Promise<Commit[]> {
  return namingLog(
    read.run,
    [
      ...(read.since === undefined ? [] : [`--since=@${read.since} +0000`]),
      '--end-of-options',
      ...read.revisions,
    ],
    read.isMentee,
  );
}

/** Runs one git process with `stdin` as its standard input (object ids only, never options). */
export type StdinLogRunner = (
  args: string[],
  onStdout: (text: string) => void,
  stdin: string,
) => Promise<void>;

/** What readNamingCandidates needs: how to run git, and the commits to look at. */
export interface NamingCandidatesRead {
  run: StdinLogRunner;
  /** Full object names from git's own output (walkRange's `naming`), newest first. */
  shas: readonly string[];
  isMentee: (name: string, email: string) => boolean;
}

/**
 * What readNamingCommits keeps, among `shas` only: the same `--grep` patterns, merges and the
 * mentee's commits left out, the same exact match, but with `--no-walk` on just those commits
 * (on standard input, so no command line grows with them), in their order.
 */
export async function readNamingCandidates(read: NamingCandidatesRead): Promise<Commit[]> {
  if (read.shas.length === 0) return [];
  const stdin = `${read.shas.join('\n')}\n`;
  return namingLog(
    (args, onStdout) => read.run(args, onStdout, stdin),
    ['--no-walk=unsorted', '--stdin', '--end-of-options'],
    read.isMentee,
  );
}

/** The naming log over `selection` (revisions or `--no-walk --stdin`), exactly matched. */
async function namingLog(
  run: LogRunner,
  selection: readonly string[],
  isMentee: (name: string, email: string) => boolean,
): Promise<Commit[]> {
  const out: Commit[] = [];
  const parser = new LogParser({ accept: (n, e) => !isMentee(n, e), names: true });
  await run(
    [
      'log',
      '--use-mailmap',
      ...LOG_NAMES_FORMAT_ARGS,
      '--no-textconv',
      '--no-ext-diff',
      '--no-merges',
      '--extended-regexp',
      '--regexp-ignore-case',
      ...NAMING_GREPS.map((g) => `--grep=${g}`),
      ...selection,
      '--',
    ],
    (text) => {
      for (const c of parser.push(text)) if (namedCommits(c).length > 0) out.push(c);
    },
  );
  for (const c of parser.end()) if (namedCommits(c).length > 0) out.push(c);
  return out;
}

/** The follow-ups among `naming` (readNamingCommits) of the mentee's `commits`, oldest first. */
export function namedFollowUps(naming: readonly Commit[], commits: readonly Commit[]): FollowUp[] {
  const resolve = shaResolver(commits);
  const found = new Map<string, FollowUp>();
  // Oldest first, as the follow-ups are kept when there are more than fit.
  for (const c of [...naming].sort((a, b) => a.time - b.time)) {
    for (const { kind, sha } of namedCommits(c)) {
      const target = resolve(sha);
      if (target) addFollowUp(found, c, kind, target);
    }
  }
  return sortedFollowUps(found.values());
}

const REVERT = /This reverts commit ([0-9a-f]{7,64})/g;
const CHERRY_PICK = /cherry[- ]picked from commit ([0-9a-f]{7,64})/gi;
const FIXES = /\bfix(?:es|ed)?:?[ \t]+(?:commit[ \t]+)?([0-9a-f]{7,64})\b/gi;

/** The object names a message names, and how: reverts, and fixes (trailers, prose, cherry-picks). */
function namedCommits(c: Commit): { kind: 'revert' | 'fixes'; sha: string }[] {
  // Cheap test first: most messages name no commit.
  const text = `${c.subject}\n${c.body}`;
  if (!/[0-9a-f]{7}/.test(text) && !(c.trailers ?? []).length) return [];
  const out: { kind: 'revert' | 'fixes'; sha: string }[] = [];
  for (const m of text.matchAll(REVERT)) out.push({ kind: 'revert', sha: m[1] });
  for (const re of [FIXES, CHERRY_PICK]) {
    for (const m of text.matchAll(re)) out.push({ kind: 'fixes', sha: m[1].toLowerCase() });
  }
  // Trailers the log parser kept whole (a body cut at its cap may have lost them).
  for (const t of c.trailers ?? []) {
    const hex = /^([0-9a-f]{7,64})\b/i.exec(t.value.trim());
    if (t.key.toLowerCase() === 'fixes' && hex)
      out.push({ kind: 'fixes', sha: hex[1].toLowerCase() });
  }
  return out;
}

/** Finds the mentee's commit a full or abbreviated object name means (unique prefixes only). */
function shaResolver(commits: readonly Commit[]): (sha: string) => string | undefined {
  const full = new Set(commits.map((c) => c.sha));
  return (sha) => {
    if (full.has(sha)) return sha;
    let hit: string | undefined;
    for (const s of full) {
      if (!s.startsWith(sha)) continue;
      if (hit) return undefined;
      hit = s;
    }
    return hit;
  };
}
