import {
  AUXILIARIES,
  DETERMINERS,
  ELLIPTICAL_OPENERS,
  INTERJECTIONS,
  LEADING_OPENERS,
  LEADING_PHRASES,
  NEGATIVE_AUXILIARIES,
  REQUEST_IMPERATIVES,
  REQUEST_VERBS,
  SEPARATORS,
  SOFTENERS,
  STATEMENT_STARTS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TAG_WORDS,
  WH_WORDS,
} from './questionWords';
import {
  adviceOption,
  buriedAuxiliary,
  certaintyAt,
  choiceOptions,
  isActionGerund,
  whShape,
} from './questionShapes';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/**
 * The kinds of question the checker reports: closed (yes/no or pick-one), leading (it signals the
 * answer it wants) and closed-factual (one short fact, such as a number or a date: a hint only,
 * never counted as a problem).
 */
export type QuestionKind = 'closed' | 'closed-factual' | 'leading';

/**
 * Why a sentence was flagged, and which of its words to rewrite. Indices are into `words` (the
 * sentence's word and @mention tokens); the text before `words[lead]` is a lead-in ("So, ",
 * "@alex ") that a rewrite keeps, and `body` is the clause a rewrite replaces.
 */
export interface Flag {
  kind: QuestionKind;
  /**
   * polar: "Did it...?"; negative: "Didn't it...?"; elliptical: "Any blockers?"; claim: a
   * statement asking for agreement (a tag, "surely", "don't you think", a bare "...?");
   * advice: "Why not just...?", "Have you considered...?", body is the course of action;
   * negative-why: "Why didn't you...?"; wrong-with: "What's wrong with...?"; premise: a
   * wh-question that takes its answer for granted ("How much better is it?"); double: a
   * wh-question with a yes/no one after "and"; factual: one short fact ("How many...?");
   * buried: a yes/no question after a preamble with no comma (or wrapped in "I wonder if");
   * choice: a wh-question that names the options to pick from, body is the question without them.
   */
  form:
    | 'polar'
    | 'negative'
    | 'elliptical'
    | 'claim'
    | 'advice'
    | 'negative-why'
    | 'wrong-with'
    | 'premise'
    | 'double'
    | 'factual'
    | 'buried'
    | 'choice';
  /** The words that carry a premise or a judgement, when the form has them. */
  loaded?: string;
  words: Token[];
  lead: number;
  body: { from: number; to: number };
}

interface Segment {
  from: number;
  to: number;
}

const PHRASES_BY_FIRST = groupByFirst(LEADING_PHRASES);
const OPENERS_BY_FIRST = groupByFirst(LEADING_OPENERS);
const PERSON_AFTER_MODAL = new Set(['you', 'u', 'ya', 'y']);
const WALK_VERBS = new Set(['walk', 'talk', 'take', 'run']);
const ME = new Set(['me', 'us']);
const SAY_WHAT = new Set(['more', 'a', 'something', 'what', 'how', 'why', 'where', 'which', 'who']);
const EXAMPLE = new Set(['an', 'a', 'some']);
const ALL_FOLLOWERS = new Set([
  'good',
  'ok',
  'okay',
  'set',
  'clear',
  'done',
  'fine',
  'well',
  'right',
]);
const STILL_FOLLOWERS = new Set([
  'on',
  'ok',
  'okay',
  'good',
  'happy',
  'keen',
  'interested',
  'working',
  'stuck',
  'blocked',
  'busy',
  'around',
  'free',
  'up',
]);
const WONDER = new Set(['wonder', 'wondering', 'curious']);
const SEE_WHAT = new Set(['how', 'what', 'why', 'that']);
/** Words after "even" that make it part of a condition or a comparison, not a doubt. */
const EVEN_NOT_DOUBT = new Set(['if', 'though', 'when', 'after', 'before', 'more', 'less', 'so']);
/** Verbs of ceasing: "Have you stopped X-ing?" takes the X-ing for granted. */
const CEASE = new Set(['stopped', 'stop', 'quit']);

/**
 * Judges one sentence: a closed or leading question, or undefined (open, or not a question).
 * Every step walks the words once with lookups of bounded length, so the work is linear in the
 * sentence's length.
 */
export function classifySentence(text: string, sentence: Sentence): Flag | undefined {
  const words: Token[] = [];
  const segments: Segment[] = [];
  let segFrom = 0;
  for (const t of sentence.tokens) {
    if (t.kind !== 'punct') {
      words.push(t);
      continue;
    }
    if (isSeparator(text, t) && words.length > segFrom) {
      segments.push({ from: segFrom, to: words.length });
      segFrom = words.length;
    }
  }
  if (words.length > segFrom) segments.push({ from: segFrom, to: words.length });
  if (words.length === 0) return undefined;
  const lower = words.map((w) => (w.kind === 'mention' ? '@' : w.lower));
  const asks = sentence.asks;
  const flag = (
    kind: QuestionKind,
    form: Flag['form'],
    lead: number,
    from: number,
    to: number,
    loaded?: string,
  ): Flag => ({ kind, form, words, lead, body: { from, to }, ...(loaded ? { loaded } : {}) });
  const segmentOf = (i: number) => segments.findIndex((s) => i >= s.from && i < s.to);
  const last = segments[segments.length - 1];

  // A phrase that leads wherever it stands. At the start of the last of several segments it
  // works as a tag ("..., don't you think?"): the claim is what came before.
  for (let i = 0; i < words.length; i++) {
    for (const p of PHRASES_BY_FIRST.get(lower[i]) ?? []) {
      if (!matchAt(lower, i, p.words)) continue;
      const end = i + p.words.length;
      if (
        segments.length > 1 &&
        segmentOf(i) === segments.length - 1 &&
        firstWord(lower, last) === i
      )
        return claimBefore(last.from);
      if (p.advice) return flag('leading', 'advice', i, end, words.length);
      return flag('leading', 'claim', i, lower[end] === 'that' ? end + 1 : end, words.length);
    }
  }

  // "..., right?", "..., wasn't it?", "..., are you?"
  if (asks && segments.length > 1) {
    const tag = lower.slice(firstWord(lower, last), last.to);
    const isTag =
      (tag.length === 1 && TAG_WORDS.has(tag[0])) ||
      (tag.length === 2 &&
        (NEGATIVE_AUXILIARIES.has(tag[0]) || AUXILIARIES.has(tag[0])) &&
        SUBJECT_PRONOUNS.has(tag[1]) &&
        !opensQuestion(lower, segments[0]));
    if (isTag) return claimBefore(last.from);
  }

  let elliptical: Flag | undefined;
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const k = skipLeadIn(lower, seg);
    if (k >= seg.to) continue;
    const w = lower[k];
    const opener = matchOpener(lower, k);
    if (opener) {
      const from = k + opener.words.length - opener.keep;
      return flag('leading', 'claim', k, lower[from] === 'that' ? from + 1 : from, words.length);
    }
    if (WH_WORDS.has(w)) {
      // "When the build broke, did you...": a clause that sets the scene, not the question.
      const subordinate =
        SUBORDINATORS.has(w) &&
        s < segments.length - 1 &&
        k + 1 < seg.to &&
        !AUXILIARIES.has(lower[k + 1]) &&
        !NEGATIVE_AUXILIARIES.has(lower[k + 1]);
      if (subordinate) continue;
      const shape = whShape(lower, k, words.length);
      if (!shape) {
        // "Which do you prefer, tea or coffee?": a pick-one question; without its options
        // ("Which do you prefer?") it is open.
        const tail = segments.length > s + 1 ? segments[segments.length - 1].from : undefined;
        const options =
          asks && tail !== undefined ? choiceOptions(lower, k, tail, words.length) : undefined;
        if (options === undefined) return undefined;
        return flag('closed', 'choice', k, k, options, lower.slice(options).join(' '));
      }
      // "Why don't you just X?": the option starts after "why don't you (just)".
      const from = shape.form === 'advice' ? (shape.optionAt ?? k + 3) : k;
      return flag(shape.kind, shape.form, k, from, words.length, shape.loaded);
    }
    if (NEGATIVE_AUXILIARIES.has(w)) {
      if (!asks && !subjectFollows(words, lower, k, false)) return undefined;
      return flag('leading', 'negative', k, k, words.length);
    }
    if (AUXILIARIES.has(w)) {
      if (politeRequest(lower, k)) return undefined;
      if (s > 0 && actionRequestAfterStatement(lower, segments[0], k)) return undefined;
      if (!asks && !subjectFollows(words, lower, k, w === 'do' || w === 'have')) return undefined;
      const option = adviceOption(lower, k, words.length);
      if (option !== undefined) return flag('leading', 'advice', k, option, words.length);
      const doubt = doubtingYesNo(lower, k, words.length);
      if (doubt !== undefined) return flag('leading', 'claim', k, k, words.length, doubt);
      return flag('closed', 'polar', k, k, words.length);
    }
    // "See how it pays to keep at it?", "See what I mean?": a point made, agreement wanted.
    if (asks && w === 'see' && SEE_WHAT.has(lower[k + 1] ?? ''))
      return flag('leading', 'claim', k, k + 1, words.length);
    if (REQUEST_IMPERATIVES.has(w)) return undefined;
    if (asks && !elliptical && ellipticalOpener(lower, k, seg))
      elliptical = flag('closed', 'elliptical', k, k, words.length);
  }
  if (elliptical) return elliptical;

  // "Given last week's outage do you feel ready?": the yes/no question comes after a preamble.
  if (asks) {
    const k = skipLeadIn(lower, segments[0], true);
    const i =
      k < words.length && !REQUEST_IMPERATIVES.has(lower[k])
        ? buriedAuxiliary(lower, k, words.length)
        : undefined;
    // "I've noticed X... Can you help me understand that better?": a request after a preamble.
    if (i !== undefined && politeRequest(lower, i)) return undefined;
    if (i !== undefined) {
      const negative = NEGATIVE_AUXILIARIES.has(lower[i]);
      return flag(
        negative ? 'leading' : 'closed',
        negative ? 'negative' : 'buried',
        i,
        i,
        words.length,
      );
    }
  }

  // A statement with a question mark asks the other person to agree with it.
  if (asks) {
    const k = skipLeadIn(lower, segments[0], true);
    // "The company?" after "What excites you about our business?": a fragment that carries the
    // last question on, not a claim (a determiner and at most two more words, no verb).
    const fragment =
      words.length - k <= 3 && DETERMINERS.has(lower[k]) && !lower.some((w) => AUXILIARIES.has(w));
    if (
      k < words.length &&
      !fragment &&
      STATEMENT_STARTS.has(lower[k]) &&
      !lower.some((w) => WH_WORDS.has(w))
    ) {
      // "I wonder if it undermines you?" is a yes/no question wrapped in a musing; "I wonder if
      // you could say more?" a request, and "I wonder what made it hard?" an open question.
      const wonder =
        lower[k] === 'i' && WONDER.has(lower[k + 1])
          ? k + 2
          : (lower[k] === "i'm" || (lower[k] === 'i' && ['am', 'was'].includes(lower[k + 1]))) &&
              WONDER.has(lower[k + (lower[k] === "i'm" ? 1 : 2)])
            ? k + (lower[k] === "i'm" ? 2 : 3)
            : undefined;
      if (wonder !== undefined) {
        const ifAt = lower[wonder] === 'about' ? undefined : wonder;
        if (ifAt === undefined || !['if', 'whether'].includes(lower[ifAt])) return undefined;
        if (requestAfterIf(lower, ifAt + 1)) return undefined;
        return flag(
          'closed',
          'buried',
          k,
          ifAt + 1,
          words.length,
          lower.slice(k, ifAt + 1).join(' '),
        );
      }
      return flag('leading', 'claim', k, k, words.length);
    }
  }
  return undefined;

  /** The claim before a tag: the last segment that starts like a statement, else the first. */
  function claimBefore(tagFrom: number): Flag {
    let from = skipLeadIn(lower, segments[0], true);
    for (const seg of segments) {
      if (seg.from >= tagFrom) break;
      const k = skipLeadIn(lower, seg, true);
      if (k < seg.to && (STATEMENT_STARTS.has(lower[k]) || matchOpener(lower, k))) from = k;
    }
    const opener = matchOpener(lower, from);
    let bodyFrom = opener ? from + opener.words.length - opener.keep : from;
    if (lower[bodyFrom] === 'that' && opener) bodyFrom++;
    return flag('leading', 'claim', from, Math.min(bodyFrom, tagFrom), tagFrom);
  }
}

function groupByFirst<T extends { words: readonly string[] }>(
  list: readonly T[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const p of list) map.set(p.words[0], [...(map.get(p.words[0]) ?? []), p]);
  // Longest first, so "you agree that" wins over "you agree".
  for (const l of map.values()) l.sort((a, b) => b.words.length - a.words.length);
  return map;
}

function matchAt(lower: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > lower.length) return false;
  for (let k = 0; k < phrase.length; k++) if (lower[i + k] !== phrase[k]) return false;
  return true;
}

function matchOpener(lower: readonly string[], k: number) {
  return (OPENERS_BY_FIRST.get(lower[k]) ?? []).find((o) => matchAt(lower, k, o.words));
}

/** A comma, colon, semicolon or dash that ends a lead-in (not "1:1", "1,000" or "left-pad"). */
function isSeparator(text: string, t: Token): boolean {
  const c = t.text[0];
  if (!SEPARATORS.has(c) || t.text.length > 2) return false;
  const after = text[t.end];
  const spacedAfter = after === undefined || /\s/.test(after);
  if (c === '-') return spacedAfter && /\s/.test(text[t.start - 1] ?? ' ');
  if (c === '—' || c === '–') return true;
  return spacedAfter;
}

/** The first word of a segment that is not an @mention. */
function firstWord(lower: readonly string[], seg: Segment): number {
  let k = seg.from;
  while (k < seg.to && lower[k] === '@') k++;
  return k;
}

/**
 * Skips @mentions and fillers ("so", "and", "quick question") at the start of a segment. A
 * filler is skipped only when a question word or another filler follows it, so "Okay with
 * moving the session?" keeps its "okay"; `always` skips fillers regardless (for statements).
 */
function skipLeadIn(lower: readonly string[], seg: Segment, always = false): number {
  let k = seg.from;
  while (k < seg.to) {
    const w = lower[k];
    if (w === '@') {
      k++;
      continue;
    }
    if (!INTERJECTIONS.has(w)) break;
    const next = lower[k + 1];
    const skip =
      always ||
      k + 1 >= seg.to ||
      next === '@' ||
      INTERJECTIONS.has(next) ||
      AUXILIARIES.has(next) ||
      NEGATIVE_AUXILIARIES.has(next) ||
      WH_WORDS.has(next) ||
      ELLIPTICAL_OPENERS.has(next);
    if (!skip) break;
    k++;
  }
  return k;
}

function opensQuestion(lower: readonly string[], seg: Segment): boolean {
  const w = lower[skipLeadIn(lower, seg)];
  return w !== undefined && (AUXILIARIES.has(w) || NEGATIVE_AUXILIARIES.has(w) || WH_WORDS.has(w));
}

/**
 * "Could you walk me through...", "Can you tell me more...", "Would you mind explaining...",
 * "Can I ask how...": requests for an account in the form of a yes/no question. Nobody answers
 * them "yes", so they count as open.
 */
function politeRequest(lower: readonly string[], k: number): boolean {
  const aux = lower[k];
  if (!['can', 'could', 'would', 'will', 'may', 'might'].includes(aux)) return false;
  const who = lower[k + 1];
  if ((who === 'i' || who === 'we') && lower[k + 2] === 'ask') {
    const next = lower[k + 3] === 'you' ? lower[k + 4] : lower[k + 3];
    return next !== undefined && (WH_WORDS.has(next) || next === 'about');
  }
  if (!PERSON_AFTER_MODAL.has(who)) return false;
  let j = k + 2;
  while (SOFTENERS.has(lower[j])) j++;
  const v = lower[j];
  const a = lower[j + 1];
  const b = lower[j + 2];
  if (v === undefined) return false;
  if (REQUEST_VERBS.has(v)) return true;
  // "Will you please review it and let me know?": "please" makes any verb a request.
  if (lower.slice(k + 2, j).some((x) => x === 'please' || x === 'kindly')) return true;
  if (WALK_VERBS.has(v)) return ME.has(a);
  if (v === 'tell') return ME.has(a) || a === 'more';
  if (v === 'say') return SAY_WHAT.has(a);
  if (v === 'help') return ME.has(a) && (b === 'understand' || b === 'see');
  if (v === 'give') return ME.has(a) && EXAMPLE.has(b);
  if (v === 'mind') return a !== undefined && a.endsWith('ing');
  return false;
}

/** "...if you could say more about it": a polite request after "I wonder if", subject first. */
function requestAfterIf(lower: readonly string[], i: number): boolean {
  const who = lower[i];
  const modal = lower[i + 1];
  if (!PERSON_AFTER_MODAL.has(who) || modal === undefined) return false;
  return politeRequest([modal, who, ...lower.slice(i + 2)], 0);
}

/**
 * Without a question mark, an opening auxiliary makes a question only when a subject follows:
 * "Did the tests pass" is one, "Do the review by Friday" and "Have a look" are instructions.
 */
function subjectFollows(
  words: readonly Token[],
  lower: readonly string[],
  k: number,
  imperativeToo: boolean,
): boolean {
  const next = lower[k + 1];
  if (next === undefined) return false;
  if (SUBJECT_PRONOUNS.has(next)) return true;
  if (imperativeToo) return false;
  const t = words[k + 1];
  return DETERMINERS.has(next) || (t.kind === 'word' && t.text[0] !== t.text[0].toLowerCase());
}

function ellipticalOpener(lower: readonly string[], k: number, seg: Segment): boolean {
  const w = lower[k];
  if (!ELLIPTICAL_OPENERS.has(w)) return false;
  const next = lower[k + 1];
  if (w === 'all') return ALL_FOLLOWERS.has(next);
  if (w === 'still') return STILL_FOLLOWERS.has(next);
  return k + 1 < seg.to || seg.to === lower.length;
}

/**
 * A yes/no question that carries its own answer, starting at the auxiliary `k`; returns the loaded
 * words, or undefined. Three general shapes: "even" after the subject voices doubt ("Does this
 * change even make sense?", "Do we even need it?"); a certainty adverb asserts the answer ("Is it
 * obviously wrong?"); a verb of ceasing presupposes the habit ("Have you stopped beating...?",
 * "Did you quit smoking?").
 */
function doubtingYesNo(lower: readonly string[], k: number, end: number): string | undefined {
  for (let i = k + 2; i < Math.min(end, k + 6); i++) {
    if (lower[i] === 'even' && !EVEN_NOT_DOUBT.has(lower[i + 1] ?? '') && lower[i - 1] !== 'or')
      return 'even';
  }
  const sure = certaintyAt(lower, k + 1, end);
  if (sure !== undefined) return lower[sure] === 'of' ? 'of course' : lower[sure];
  const who = lower[k + 1];
  if (['have', 'has', 'did'].includes(lower[k]) && (who === 'you' || who === 'they')) {
    const v = lower[k + 2];
    if (v !== undefined && CEASE.has(v) && isActionGerund(lower[k + 3])) return v;
  }
  return undefined;
}

/** Words that point back at what the statement before described: "can you fix these?". */
const BACK_REFERENCES = new Set(['it', 'this', 'these', 'that', 'those', 'them']);

/**
 * "Your code has style problems, can you fix these before we merge?", "I find it hard to read,
 * can you make it more readable?": after a statement of a problem, "can/could you" plus a verb
 * acting on what was just described asks for the change, not for a yes or a no.
 */
function actionRequestAfterStatement(lower: readonly string[], first: Segment, k: number): boolean {
  if ((lower[k] !== 'can' && lower[k] !== 'could') || lower[k + 1] !== 'you') return false;
  const opening = lower[skipLeadIn(lower, first, true)];
  if (opening === undefined || !STATEMENT_STARTS.has(opening)) return false;
  // The object follows the verb, or the verb and its particle ("look into it", "clean them up").
  return BACK_REFERENCES.has(lower[k + 3] ?? '') || BACK_REFERENCES.has(lower[k + 4] ?? '');
}
