/**
 * Folding of people's names for matching identities: "René Lefèvre", "rene lefevre" and
 * "RENE  LEFEVRE" are one name. Folding only (accents, case, ligatures, spacing): two names match
 * when their folded forms are equal, never by a nearer guess, so matching never widens to someone
 * else with a similar name.
 */

// Letters that Unicode does not decompose into a base letter and a mark, but that people write
// without the accent: "Søren" is typed "Soren", "Łukasz" "Lukasz", "Straße" "Strasse".
const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ŧ: 't',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ĳ: 'ij',
};

/** True for a combining mark of the blocks accents decompose into (U+0300–U+036F). */
function isMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/**
 * A name folded for comparison: decomposed (NFD) with its combining marks dropped, lower case,
 * the letters of SPECIAL spelled out, runs of white space made one space, trimmed.
 */
export function foldName(name: string): string {
  let out = '';
  let space = false;
  for (const ch of name.normalize('NFD').toLowerCase()) {
    const code = ch.codePointAt(0) ?? 0;
    if (isMark(code)) continue;
    if (/\s/.test(ch)) {
      space = out !== '';
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += SPECIAL[ch] ?? ch;
  }
  return out;
}

/** True when `value` is an email address rather than a name (it has an "@"). */
export function isEmailIdentity(value: string): boolean {
  return value.includes('@');
}

/**
 * Whether an author (name and email after .mailmap) is one of `identities`: the email equal to
 * one ignoring case, or the name equal to one after foldName.
 */
export function identityMatcher(
  identities: readonly string[],
): (name: string, email: string) => boolean {
  const emails = new Set<string>();
  const names = new Set<string>();
  for (const raw of identities) {
    const id = raw.trim();
    if (id === '') continue;
    // As before folding: any identity may be an email or a name (git allows "@" in a name).
    emails.add(id.toLowerCase());
    names.add(foldName(id));
  }
  return (name, email) => emails.has(email.trim().toLowerCase()) || names.has(foldName(name));
}
