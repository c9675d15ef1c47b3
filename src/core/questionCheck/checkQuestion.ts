import type { BankQuestion } from '../questionBank/bankQuestion';
import { keywords } from '../questionBank/keywords';
import { classifySentence, type Flag, type QuestionKind } from './classifySentence';
import { looksGrammatical } from './looksGrammatical';
import { rewriteFlagged } from './rewriteQuestion';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import { whyLine } from './whyLine';
import { t } from '../l10n';

export type { QuestionKind } from './classifySentence';

/** An open question offered instead: built from the question's own structure, or from the bank. */
export interface QuestionOffer {
  text: string;
  from: 'rewrite' | 'bank';
}

/** What the checker says about a closed, closed-factual or leading question. */
export interface QuestionFinding {
  kind: QuestionKind;
  /** The shape found, such as "polar", "advice", "premise" or "factual" (see Flag["form"]). */
  form: Flag['form'];
  /** Why it was flagged, in a line a mentor understands. */
  why: string;
  /**
   * Open replacements for the whole text that was checked (other sentences and a lead-in such
   * as "So, " or "@alex " are kept), best first. Each is grammatical as far as the checker can
   * tell, keeps the subject and passes the checker itself. Empty when none is safe.
   */
  suggestions: string[];
  /** The same suggestions, each saying whether it is a rewrite or a bank question. */
  offers: QuestionOffer[];
  /** When there is no suggestion: why none is offered. */
  noSuggestion?: string;
}

/** Options of checkQuestion. */
export interface CheckOptions {
  /**
   * Open questions to offer when no rewrite is safe: the nearest ones on the same subject (at
   * least one content word shared). Without a bank, only rewrites are offered.
   */
  bank?: readonly BankQuestion[];
}

const MAX_BANK = 2;
const BANK_FORMS: ReadonlySet<Flag['form']> = new Set(['premise', 'wrong-with', 'negative-why']);

/**
 * Words too common in questions to say what one is about; sharing only these with a bank
 * question does not make it the same subject.
 */
const GENERIC = new Set(
  (
    'help think feel know want need work thing way time make made done doing going see say ' +
    'tell ask let give take good well better best really anything something everything nothing ' +
    "didn't don't isn't wasn't can't won't haven't aren't one two many lot right wrong just old " +
    'new sooner soon able'
  ).split(' '),
);

/**
 * Checks a question: `undefined` when it is open or not a question at all, otherwise whether it
 * is closed (a yes/no or pick-one question), leading (it signals the answer it wants) or
 * closed-factual (one short fact: a hint), why, and open questions to ask instead. Rule-based
 * and linear in the text's length. When several sentences ask, a leading one wins over a closed
 * one, a closed one over a factual one; sentences that do not end with "?" are judged only when
 * none does (a list item without its question mark).
 */
export function checkQuestion(
  text: string,
  options: CheckOptions = {},
): QuestionFinding | undefined {
  const found = findFlag(text);
  if (!found) return undefined;
  const { flag, start, end, asking } = found;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const prefix = text.slice(start, flag.words[flag.lead]?.start ?? start);
  const offers: QuestionOffer[] = [];
  if (flag.kind !== 'closed-factual') {
    const verdict = flag.form === 'claim' ? claimedWords(flag) : [];
    // "Did you understand them? Or are you making assumptions?": the next question is the other
    // half of a choice, and opening only the first half leaves the choice closed.
    const halfOfChoice = /^\s*or\b/i.test(after);
    for (const r of rewriteFlagged(text, flag)) {
      const whole = `${before}${prefix}${prefix.trim() ? lowerFirst(r) : r}${after}`;
      const self = findFlag(r);
      const keepsClaim = verdict.some((v) => new RegExp(`\\b${v}`, 'i').test(r));
      if (
        looksGrammatical(r) &&
        !keepsClaim &&
        !halfOfChoice &&
        sameBrackets(text, whole) &&
        (!self || self.flag.kind === 'closed-factual')
      )
        offers.push({ text: whole, from: 'rewrite' });
    }
    // The bank stands in only where the wording itself is the problem (a premise, a judgement,
    // two questions in one); for a plain yes/no question with no safe rewrite, a reason is
    // better than a question on a neighbouring subject.
    if (offers.length === 0 && options.bank && BANK_FORMS.has(flag.form))
      for (const q of nearestBankQuestions(text, options.bank))
        offers.push({ text: q, from: 'bank' });
  }
  const finding: QuestionFinding = {
    kind: flag.kind,
    form: flag.form,
    why: whyLine(flag, asking),
    suggestions: offers.map((o) => o.text),
    offers,
  };
  if (offers.length === 0)
    finding.noSuggestion = noSuggestionReason(flag, options.bank !== undefined);
  return finding;
}

/** The flagged sentence of a text, with its offsets and how many sentences ask. */
function findFlag(
  text: string,
): { flag: Flag; start: number; end: number; asking: number } | undefined {
  const sentences = splitSentences(tokenize(text));
  const asking = sentences.filter((s) => s.asks);
  let found: { flag: Flag; start: number; end: number } | undefined;
  for (const s of asking.length > 0 ? asking : sentences) {
    const flag = classifySentence(text, s);
    if (!flag) continue;
    if (!found || rank(flag.kind) > rank(found.flag.kind))
      found = { flag, start: s.start, end: s.end };
    if (flag.kind === 'leading') break;
  }
  return found && { ...found, asking: asking.length };
}

const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", "'re", 'be', 'been']);
const DEGREE = new Set(['too', 'so', 'very', 'really', 'quite', 'pretty', 'a', 'bit', 'little']);
const FUTURE_YOU = new Set(["you'll", "you're", 'you']);

/**
 * The words of a claim that carry its verdict, which a rewrite must not repeat: the word after a
 * form of "be" ("The deadline was unrealistic") and the act a mentee is told they will do ("You'll
 * lead the next retro", "You're going to push back"). Only letters, so they are safe in a pattern.
 */
function claimedWords(flag: Flag): string[] {
  const body = flag.words.slice(flag.body.from, flag.body.to).map((t) => t.lower);
  const out: string[] = [];
  const be = body.findIndex((w) => BE_FORMS.has(w) || w.endsWith("'s") || w.endsWith("'re"));
  if (be >= 0) {
    let i = be + 1;
    while (DEGREE.has(body[i] ?? '')) i++;
    if (body[i] === 'going' && body[i + 1] === 'to') i += 2;
    if (body[i]) out.push(body[i]);
  }
  if (FUTURE_YOU.has(body[0] ?? '') && body[1] === 'will') out.push(body[2] ?? '');
  if (body[0] === "you'll") out.push(body[1] ?? '');
  // The stem, so "leading" and "pushing" are caught as well as "lead" and "push".
  return out.filter((w) => /^[a-z]{3,}$/.test(w)).map((w) => (w.length > 4 ? w.slice(0, -1) : w));
}

function rank(kind: QuestionKind): number {
  return kind === 'leading' ? 2 : kind === 'closed' ? 1 : 0;
}

/**
 * The bank's open questions that share the most content words with the text, best first; none
 * when no question shares two (a question on another subject is no suggestion).
 */
function nearestBankQuestions(text: string, bank: readonly BankQuestion[]): string[] {
  const words = new Set([...keywords(text)].filter((w) => !GENERIC.has(w)));
  if (words.size === 0) return [];
  const scored: { text: string; score: number; i: number }[] = [];
  bank.forEach((q, i) => {
    // Distinct shared words, counting a tag as a word of the question; two are needed, since
    // one word alone ("team") is no shared subject.
    const shared = new Set<string>();
    for (const w of keywords(q.text)) if (words.has(w)) shared.add(w);
    for (const t of q.tags) if (words.has(t)) shared.add(t);
    if (shared.size >= 2) scored.push({ text: q.text, score: shared.size, i });
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.slice(0, MAX_BANK).map((s) => s.text);
}

function noSuggestionReason(flag: Flag, hadBank: boolean): string {
  // Whole sentences for each case, with and without the bank, so each translates as one.
  const bank = hadBank && BANK_FORMS.has(flag.form);
  if (flag.form === 'premise' || flag.form === 'wrong-with' || flag.form === 'negative-why')
    return bank
      ? t(
          'No rewrite: rewording it would carry the premise along and no bank question shares its subject. Ask first what happened, in their words.',
        )
      : t(
          'No rewrite: rewording it would carry the premise along. Ask first what happened, in their words.',
        );
  if (flag.form === 'double') return t('No rewrite: it asks two things; ask them one at a time.');
  if (flag.form === 'factual')
    return t('A factual question is fine for logistics; nothing to rewrite.');
  if (flag.form === 'claim')
    return t(
      'No rewrite: any rewording keeps your view in it. Ask what they make of it, in their own words.',
    );
  return t('No rewrite that keeps its subject and reads well.');
}

function lowerFirst(s: string): string {
  return s.length > 1 && s[1] !== s[1].toUpperCase() ? s[0].toLowerCase() + s.slice(1) : s;
}

/** A rewrite must not cut a bracket that the text closed: "(or what would you like...?". */
function sameBrackets(text: string, whole: string): boolean {
  const open = (s: string) => (s.match(/[([]/g) ?? []).length - (s.match(/[)\]]/g) ?? []).length;
  return open(text) !== 0 || open(whole) === 0;
}
