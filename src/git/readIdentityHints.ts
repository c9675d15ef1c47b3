import { foldName } from '../core/topics/foldName';
import type { IdentityHint } from '../core/topics/historyData';
import { authorArgs } from './authorArgs';
import { TouchParser } from './logParser';
import type { LogRunner } from './logRunner';

// A mentee commits under one name or two; the newest commits say which.
const LOOKUP_COMMITS = 20;
const MAX_NAMES = 3;
const MAX_HINTS = 5;

/**
 * The names to look for other addresses under: those of the mentee's newest commits (one small
 * `git log -n 20`, pre-filtered like every read and then matched exactly) that are not
 * themselves identities: a name identity already matches every address under it. Folded name
 * -> the name as written.
 */
export async function hintNames(
  run: LogRunner,
  toSha: string,
  identities: readonly string[],
  isMentee: (name: string, email: string) => boolean,
): Promise<Map<string, string>> {
  const named = new Set(identities.map((id) => foldName(id)));
  const names = new Map<string, string>();
  const parser = new TouchParser(2);
  const take = (records: { fields: string[] }[]) => {
    for (const { fields } of records) {
      const [name, email] = fields;
      const folded = foldName(name);
      if (!isMentee(name, email) || folded === '' || named.has(folded)) continue;
      if (names.size < MAX_NAMES && !names.has(folded)) names.set(folded, name.trim());
    }
  };
  await run(
    [
      'log',
      '--use-mailmap',
      '-z',
      `-n${LOOKUP_COMMITS}`,
      '--encoding=UTF-8',
      '--format=format:%aN%x00%aE%x00',
      ...authorArgs(identities),
      '--end-of-options',
      toSha,
      '--',
    ],
    (text) => take(parser.push(text)),
  );
  take(parser.end());
  return names;
}

/**
 * Counts the commits of other addresses under the mentee's names ("also commits as old@addr (120
 * commits)"), fed by the reads that already walk the history: the earlier-history read (its git
 * pre-filter widened to these names) and the read of others' commits in the range. Exact folded
 * name equality (foldName), so a similar name of someone else is never offered.
 */
export class IdentityHintTally {
  private readonly tallies = new Map<string, IdentityHint>();

  constructor(
    /** Folded name -> as written (hintNames). */
    readonly names: ReadonlyMap<string, string>,
    private readonly isMentee: (name: string, email: string) => boolean,
  ) {}

  /**
   * Counts one commit when its author is another address under one of the names; true when it
   * did (the commit is the mentee's under another address, as far as a name can tell).
   */
  add(name: string, email: string): boolean {
    if (this.names.size === 0 || email.trim() === '' || !this.names.has(foldName(name)))
      return false;
    if (this.isMentee(name, email)) return false;
    const key = email.trim().toLowerCase();
    const t = this.tallies.get(key);
    if (t) t.commits++;
    else this.tallies.set(key, { name: name.trim(), email: email.trim(), commits: 1 });
    return true;
  }

  /** The addresses found, most commits first. */
  hints(): IdentityHint[] {
    return [...this.tallies.values()]
      .sort((a, b) => b.commits - a.commits || (a.email < b.email ? -1 : 1))
      .slice(0, MAX_HINTS);
  }
}
