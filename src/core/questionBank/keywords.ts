import { tokenize } from '../questionCheck/tokens';

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have how i if in ' +
    'into is it its me my no not of on or our so than that the their them then there these they ' +
    'this those to up us was we were what when where which who why will with would you your ' +
    "you're you've about after before more most much some any each just like get got very " +
    'first new last next own same other still too also'
  ).split(' '),
);

/**
 * The content words of a text, lower case and roughly stemmed ("migrations" and "migration"
 * meet, so do "reviewing" and "review"), without common words. For ranking only.
 */
export function keywords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') continue;
    const w = stem(t.lower.replace(/'s$/, ''));
    if (w.length > 2 && !STOPWORDS.has(w)) out.add(w);
  }
  return out;
}

/** A crude suffix stripper; both sides of a comparison go through it, so it need not be right. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
