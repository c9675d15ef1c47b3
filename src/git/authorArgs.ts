import { foldName } from '../core/topics/foldName';

/*
 * git's `--author` pre-filter for the mentee's identities. It only has to let every commit of the
 * mentee through (the exact match is identityMatcher's, on the mailmapped name and email), but it
 * must also find "René" for "Rene": git matches bytes, so each letter becomes an alternation of
 * its accented forms, written out as UTF-8 characters.
 */

/** Characters whose folded form is one ASCII letter, by that letter: "e" -> "éèêëÉ...". */
const VARIANTS: ReadonlyMap<string, string[]> = (() => {
  const map = new Map<string, string[]>();
  const ranges: [number, number][] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const ch = String.fromCodePoint(code);
      const folded = foldName(ch);
      if (folded.length !== 1 || !/[a-z]/.test(folded)) continue;
      // Both cases: git's ignore-case is reliable for ASCII only.
      for (const form of new Set([ch, ch.normalize('NFC')])) {
        const list = map.get(folded) ?? [];
        if (!list.includes(form)) list.push(form);
        map.set(folded, list);
      }
    }
  }
  return map;
})();

/** Two-letter spellings of one character: "ae" is also "æ", "ss" "ß". */
const LIGATURES: Readonly<Record<string, string[]>> = {
  ae: ['æ', 'Æ'],
  oe: ['œ', 'Œ'],
  ss: ['ß', 'ẞ'],
  th: ['þ', 'Þ'],
  ij: ['ĳ', 'Ĳ'],
};

/** `text` with the characters an extended regular expression gives meaning to escaped. */
function escapeRegex(text: string): string {
  return text.replace(/[.[\](){}*+?|^$\\]/g, '\\$&');
}

// Combining marks, for a name written decomposed ("e" then U+0301): those Latin accents
// decompose to (U+0300 to U+0331), as an alternation: git's locale may be C, where a bracket range
// of multibyte characters is an error.
const MARKS = `(${Array.from({ length: 0x32 }, (_, i) => String.fromCodePoint(0x300 + i)).join('|')})*`;

/** One letter of a folded name as an alternation of its forms ("e" -> "(e|é|è|...)"). */
function letter(ch: string): string {
  const forms = VARIANTS.get(ch);
  return forms ? `(${[ch, ...forms].join('|')})${MARKS}` : escapeRegex(ch);
}

/**
 * An extended regular expression that matches `name` in any case and with or without accents
 * ("rene" matches "René", "RENÉ" and "Rene"). A superset: the caller compares folded names.
 */
export function foldedNamePattern(name: string): string {
  const folded = foldName(name);
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const pair = folded.slice(i, i + 2);
    const ligature = LIGATURES[pair];
    if (ligature) {
      out += `(${letter(pair[0])}${letter(pair[1])}|${ligature.join('|')})`;
      i++;
    } else {
      out += letter(folded[i]);
    }
  }
  return out;
}

/**
 * The `git log` arguments that pre-filter commits to `authors` (git ORs several `--author`): an
 * email as itself, a name accent- and case-tolerant (foldedNamePattern). Extended regular
 * expressions, any case; every value is escaped, so an identity is never read as a pattern.
 */
export function authorArgs(authors: readonly string[]): string[] {
  return [
    '--extended-regexp',
    '--regexp-ignore-case',
    ...authors.map((a) => `--author=${a.includes('@') ? escapeRegex(a) : foldedNamePattern(a)}`),
  ];
}
