/** A word, an @mention or a punctuation run of a text, with its offsets in that text. */
export interface Token {
  kind: 'word' | 'mention' | 'punct';
  /** As written. */
  text: string;
  /** Lower case, with typographic apostrophes made plain, for matching against word lists. */
  lower: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SPACE = /\s/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/**
 * Splits a text into tokens in one pass, so a hostile line of any length costs linear time (no
 * regular expression sees more than one character). Apostrophes, hyphens and dots inside a word
 * keep it whole ("don't", "left-pad", "v1.2"); a run of the same punctuation is one token ("...").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(c) || (c === '@' && isWordChar(text[i + 1]))) {
      const kind = c === '@' ? 'mention' : 'word';
      i++;
      while (i < n) {
        if (isWordChar(text[i])) i++;
        else if ("'’-.".includes(text[i]) && isWordChar(text[i + 1]) && isWordChar(text[i - 1]))
          i++;
        else break;
      }
      const word = text.slice(start, i);
      tokens.push({ kind, text: word, lower: normalizeWord(word), start, end: i });
      continue;
    }
    i++;
    while (i < n && text[i] === c) i++;
    tokens.push({ kind: 'punct', text: text.slice(start, i), lower: c, start, end: i });
  }
  return tokens;
}

/** Lower case with ’ as '. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}
