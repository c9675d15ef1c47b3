import type { Commit } from './historyData';
import { isBot } from './isBot';
import { parseCoAuthor } from './parseCoAuthor';

/** How a person helped, by trailer key (lower case): what the trailer says they did. */
export const HELP_TRAILERS: Readonly<Record<string, HelpRole>> = {
  'suggested-by': 'suggested',
  'helped-by': 'helped',
  'reported-by': 'reported',
  'reviewed-by': 'reviewed',
  'acked-by': 'acked',
  'tested-by': 'tested',
  'co-authored-by': 'co-authored',
  'mentored-by': 'helped',
};

/** What a helper did on a commit. */
export type HelpRole =
  'suggested' | 'helped' | 'reported' | 'reviewed' | 'acked' | 'tested' | 'co-authored';

/** One person's help on one commit. */
export interface Help {
  /** Lower-case email, or lower-case name when there is none: who they are. */
  key: string;
  name: string;
  email: string;
  role: HelpRole;
}

/** Tells the mentee's own names and emails (the plan's identities) from other people. */
export type IsMentee = (name: string, email: string) => boolean;

/** A matcher of the mentee: the plan's identities ("Name <email>", a bare email or name), any case. */
export function menteeMatcher(identities: readonly string[]): IsMentee {
  const set = new Set<string>();
  for (const identity of identities) {
    const { name, email } = parseCoAuthor(identity);
    if (name !== '') set.add(name.toLowerCase());
    if (email !== '') set.add(email.toLowerCase());
  }
  return (name, email) =>
    (email !== '' && set.has(email.toLowerCase())) || (name !== '' && set.has(name.toLowerCase()));
}

/**
 * Who helped with a commit, from its review and help trailers (HELP_TRAILERS, keys in any case)
 * or, for data read before trailers were, its Co-authored-by values. Left out: the commit's
 * author, anyone `isMentee` matches, bots, and a person named twice with the same role.
 */
export function helpersOf(commit: Commit, isMentee: IsMentee): Help[] {
  const entries: { role: HelpRole; value: string }[] = [];
  if (commit.trailers !== undefined) {
    for (const t of commit.trailers) {
      const role = HELP_TRAILERS[t.key.toLowerCase()];
      if (role !== undefined) entries.push({ role, value: t.value });
    }
  } else {
    for (const value of commit.coAuthors) entries.push({ role: 'co-authored', value });
  }
  const ownEmail = commit.authorEmail.toLowerCase();
  const ownName = commit.authorName.trim().toLowerCase();
  const out: Help[] = [];
  const seen = new Set<string>();
  for (const { role, value } of entries) {
    const { name, email } = parseCoAuthor(value);
    const lowerEmail = email.toLowerCase();
    const lowerName = name.toLowerCase();
    if (email !== '' && lowerEmail === ownEmail) continue;
    if (name !== '' && lowerName === ownName) continue;
    if (isMentee(name, email) || isBot(name, email)) continue;
    const key = lowerEmail || lowerName;
    if (key === '' || seen.has(`${key}\0${role}`)) continue;
    seen.add(`${key}\0${role}`);
    out.push({ key, name: name || email, email, role });
  }
  return out;
}
