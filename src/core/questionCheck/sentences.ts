import type { Token } from './tokens';

/** A sentence of a text: its tokens and its offsets (end includes its closing punctuation). */
export interface Sentence {
  tokens: Token[];
  start: number;
  end: number;
  /** True when it ends with "?" (possibly with "!" or a closing quote). */
  asks: boolean;
}

const CLOSERS = new Set(['"', "'", ')', ']', '”', '’', '*', '_']);
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'etc', 'cf', 'dr', 'mr', 'mrs', 'ms', 'approx']);

/**
 * Splits tokens into sentences at "?", "!" and at a "." that is followed by the end or by a word
 * starting with a capital (so "e.g. the" and "v1.2" stay whole). One pass over the tokens.
 */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    const c = t.text[0];
    if (c !== '?' && c !== '!' && c !== '.') continue;
    let last = i;
    // A closing quote or bracket right after the mark belongs to the sentence.
    while (last + 1 < tokens.length && tokens[last + 1].kind === 'punct') {
      const n = tokens[last + 1].text[0];
      if (!CLOSERS.has(n) && n !== '?' && n !== '!') break;
      last++;
    }
    const next = tokens[last + 1];
    if (c === '.') {
      const prev = tokens[i - 1];
      if (prev && prev.kind === 'word' && ABBREVIATIONS.has(prev.lower)) continue;
      if (next && !(next.kind !== 'punct' && startsUpper(next.text))) continue;
    }
    const slice = tokens.slice(from, last + 1);
    sentences.push({
      tokens: slice,
      start: slice[0].start,
      end: tokens[last].end,
      asks: slice.some((s, k) => k >= i - from && s.text.includes('?')),
    });
    from = last + 1;
    i = last;
  }
  if (from < tokens.length) {
    const slice = tokens.slice(from);
    sentences.push({
      tokens: slice,
      start: slice[0].start,
      end: slice[slice.length - 1].end,
      asks: false,
    });
  }
  return sentences;
}

function startsUpper(word: string): boolean {
  const c = word[0] === '@' ? word[1] : word[0];
  return c !== undefined && c !== c.toLowerCase();
}
