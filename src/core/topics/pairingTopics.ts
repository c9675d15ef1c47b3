import { isBot } from './isBot';
import {
  addEvidenceFiles,
  compareText,
  count,
  evidence,
  truncate,
  type TopicContext,
  type TopicDraft,
} from './topicDraft';
import { score, SCORES } from './topicScores';

/** At most this many pairing topics, most commits first. */
export const MAX_PAIRING_TOPICS = 5;

/** A Co-authored-by value split into name and email ("Sam Lee <sam@x>"). */
export function parseCoAuthor(value: string): { name: string; email: string } {
  const open = value.lastIndexOf('<');
  const close = value.lastIndexOf('>');
  if (open < 0 || close < open) return { name: value.trim(), email: '' };
  return { name: value.slice(0, open).trim(), email: value.slice(open + 1, close).trim() };
}

/**
 * The mentee's identities as one set of lower-cased names and emails: a plain entry is either,
 * and "Name <email>" gives both.
 */
function identitySet(identities: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const identity of identities) {
    const { name, email } = parseCoAuthor(identity);
    if (name !== '') set.add(name.toLowerCase());
    if (email !== '') set.add(email.toLowerCase());
  }
  return set;
}

/**
 * Pairing: one topic per co-author of the mentee's commits (Co-authored-by trailers), known by
 * email (or by name when there is none); the title names them without the email. Left out: the
 * mentee (the commit's own author, or anyone matching one of `identities`, the plan's emails and
 * names, by email or name in any case) and bots (dependabot[bot] and the like).
 */
export function pairingTopics(ctx: TopicContext, identities: readonly string[] = []): TopicDraft[] {
  const mentee = identitySet(identities);
  const people = new Map<string, { name: string; shas: string[]; files: string[] }>();
  for (const commit of ctx.data.commits) {
    const ownEmail = commit.authorEmail.toLowerCase();
    const ownName = commit.authorName.trim().toLowerCase();
    for (const value of commit.coAuthors) {
      const { name, email } = parseCoAuthor(value);
      const lowerEmail = email.toLowerCase();
      const lowerName = name.toLowerCase();
      if (email !== '' && (lowerEmail === ownEmail || mentee.has(lowerEmail))) continue;
      if (name !== '' && (lowerName === ownName || mentee.has(lowerName))) continue;
      if (isBot(name, email)) continue;
      const key = lowerEmail || lowerName;
      if (key === '') continue;
      let person = people.get(key);
      if (person === undefined) {
        person = { name: name || email, shas: [], files: [] };
        people.set(key, person);
      }
      if (person.shas[person.shas.length - 1] !== commit.sha) person.shas.push(commit.sha);
      addEvidenceFiles(person.files, commit.files);
    }
  }
  return [...people.entries()]
    .sort(([a, x], [b, y]) => y.shas.length - x.shas.length || compareText(a, b))
    .slice(0, MAX_PAIRING_TOPICS)
    .map(([key, person]) => {
      const name = truncate(person.name);
      return {
        id: `pairing:${key}`,
        kind: 'pairing',
        title: `Paired with ${name} (${count(person.shas.length, 'commit')})`,
        subject: name,
        score: score(SCORES.pairing, person.shas.length - 1),
        evidence: evidence(ctx, person.shas, person.files),
      };
    });
}
