import { classifySentence, type Flag, type QuestionKind } from './classifySentence';
import { rewriteFlagged } from './rewriteQuestion';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

export type { QuestionKind } from './classifySentence';

/** What the checker says about a closed or leading question, with open rewrites of it. */
export interface QuestionFinding {
  kind: QuestionKind;
  /**
   * Two or three open rewrites, each a replacement for the whole text that was checked (other
   * sentences and a lead-in such as "So, " or "@alex " are kept).
   */
  suggestions: string[];
}

/**
 * Checks a question: `undefined` when it is open or not a question at all, otherwise whether it
 * is closed (a yes/no or pick-one question) or leading (it signals the answer it wants), with
 * rewrites. Rule-based and linear in the text's length. When several sentences ask, the first
 * leading one wins, else the first closed one; sentences that do not end with "?" are judged only
 * when none does (a list item without its question mark).
 */
export function checkQuestion(text: string): QuestionFinding | undefined {
  const sentences = splitSentences(tokenize(text));
  const asking = sentences.filter((s) => s.asks);
  let found: { flag: Flag; start: number; end: number } | undefined;
  for (const s of asking.length > 0 ? asking : sentences) {
    const flag = classifySentence(text, s);
    if (!flag) continue;
    if (!found || (flag.kind === 'leading' && found.flag.kind !== 'leading'))
      found = { flag, start: s.start, end: s.end };
    if (flag.kind === 'leading') break;
  }
  if (!found) return undefined;
  const { flag, start, end } = found;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const prefix = text.slice(start, flag.words[flag.lead]?.start ?? start);
  return {
    kind: flag.kind,
    suggestions: rewriteFlagged(text, flag).map(
      (r) => `${before}${prefix}${prefix.trim() ? lowerFirst(r) : r}${after}`,
    ),
  };
}

function lowerFirst(s: string): string {
  return s.length > 1 && s[1] !== s[1].toUpperCase() ? s[0].toLowerCase() + s.slice(1) : s;
}
