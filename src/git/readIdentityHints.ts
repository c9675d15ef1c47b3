import { foldName } from '../core/topics/foldName';
import type { Commit, IdentityHint } from '../core/topics/historyData';
import { authorArgs } from './authorArgs';
import { TouchParser } from './logParser';
import type { LogRunner } from './logRunner';

// A mentee commits under one or two names; more is a shared or odd identity, not worth a walk.
const MAX_NAMES = 3;
const MAX_HINTS = 5;

/** What readIdentityHints needs: how to run git, the tip, the identities and the range's commits. */
export interface IdentityHintRead {
  run: LogRunner;
  toSha: string;
  /** The plan's identities (emails and names). */
  identities: readonly string[];
  isMentee: (name: string, email: string) => boolean;
  /** The mentee's commits in the range: the names they commit under. */
  commits: readonly Commit[];
}

/**
 * Other addresses the mentee's name commits under in the whole history up to the tip, that the
 * identities do not already match: "also commits as old@addr (120 commits)". The names are those
 * of the range's commits that are not themselves an identity (a name identity already matches
 * every address under it). One header-only `git log` pre-filtered by those names (authorArgs),
 * then exact folded-name equality (foldName), so a similar name of someone else is never offered.
 */
export async function readIdentityHints(read: IdentityHintRead): Promise<IdentityHint[]> {
  const named = new Set(read.identities.map((id) => foldName(id)));
  const names = new Map<string, string>();
  for (const c of read.commits) {
    const folded = foldName(c.authorName);
    if (folded === '' || named.has(folded) || names.has(folded)) continue;
    if (names.size >= MAX_NAMES) break;
    names.set(folded, c.authorName);
  }
  if (names.size === 0) return [];
  const tallies = new Map<string, IdentityHint>();
  const parser = new TouchParser(2);
  const take = (records: { fields: string[] }[]) => {
    for (const { fields } of records) {
      const [name, email] = fields;
      if (!names.has(foldName(name)) || read.isMentee(name, email) || email.trim() === '') continue;
      const key = email.trim().toLowerCase();
      const t = tallies.get(key);
      if (t) t.commits++;
      else tallies.set(key, { name: name.trim(), email: email.trim(), commits: 1 });
    }
  };
  await read.run(
    [
      'log',
      '--use-mailmap',
      '-z',
      '--encoding=UTF-8',
      '--format=format:%aN%x00%aE%x00',
      ...authorArgs([...names.values()]),
      '--end-of-options',
      read.toSha,
      '--',
    ],
    (text) => take(parser.push(text)),
  );
  take(parser.end());
  return [...tallies.values()]
    .sort((a, b) => b.commits - a.commits || (a.email < b.email ? -1 : 1))
    .slice(0, MAX_HINTS);
}
