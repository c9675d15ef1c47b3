import type { Flag } from './classifySentence';
import { AUXILIARIES, DETERMINERS, NEGATIVE_AUXILIARIES } from './questionWords';
import type { Token } from './tokens';
import { BASE_VERBS, baseOf, gerund, isParticiple, pastTense, thirdPerson } from './verbForms';

/** A yes/no question or a claim taken apart: who, which auxiliary, and what is said of them. */
interface Clause {
  /** The positive auxiliary in lower case ("did" for "didn't"); "did"/"do" for a bare verb. */
  aux: string;
  family: 'be' | 'do' | 'have' | 'modal';
  past: boolean;
  /** The subject as written. */
  subject: string;
  person: 'you' | 'we' | 'i' | 'pronoun' | 'np';
  /** The words after the subject (for do and modals they start with the verb). */
  predicate: Token[];
}

/** Where the words and the text they come from live; slices keep the user's own spelling. */
interface Words {
  text: string;
  list: Token[];
}

const NEGATIVE_TO_POSITIVE: Record<string, string> = {
  "isn't": 'is',
  "aren't": 'are',
  "wasn't": 'was',
  "weren't": 'were',
  "don't": 'do',
  "doesn't": 'does',
  "didn't": 'did',
  "can't": 'can',
  cannot: 'can',
  "couldn't": 'could',
  "won't": 'will',
  "wouldn't": 'would',
  "shouldn't": 'should',
  "shan't": 'shall',
  "haven't": 'have',
  "hasn't": 'has',
  "hadn't": 'had',
  "mightn't": 'might',
  "mustn't": 'must',
  "ain't": 'is',
};

const CONTRACTED_SUBJECTS: Record<string, [string, string]> = {
  "you're": ['you', 'are'],
  "you'd": ['you', 'would'],
  "you'll": ['you', 'will'],
  "you've": ['you', 'have'],
  "we're": ['we', 'are'],
  "we'd": ['we', 'would'],
  "we'll": ['we', 'will'],
  "we've": ['we', 'have'],
  "i'm": ['I', 'am'],
  "i'd": ['I', 'would'],
  "i'll": ['I', 'will'],
  "i've": ['I', 'have'],
  "it's": ['it', 'is'],
  "that's": ['that', 'is'],
  "there's": ['there', 'is'],
  "they're": ['they', 'are'],
  "he's": ['he', 'is'],
  "she's": ['she', 'is'],
};

const FAMILY: Record<string, Clause['family']> = {
  is: 'be',
  are: 'be',
  am: 'be',
  was: 'be',
  were: 'be',
  do: 'do',
  does: 'do',
  did: 'do',
  have: 'have',
  has: 'have',
  had: 'have',
};

const OBJECT_PRONOUNS = new Set(['me', 'you', 'him', 'her', 'us', 'them', 'it']);
const ADJECTIVE_ENDINGS = ['less', 'ful', 'ous', 'ive', 'able', 'ible', 'ish'];
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
const PERSONAL = new Set(['you', 'we', 'i', 'they', 'he', 'she', 'it', 'there', 'u', 'y', 'ya']);
const INTENSIFIERS = new Set([
  'too',
  'so',
  'very',
  'really',
  'quite',
  'fairly',
  'pretty',
  'overly',
  'still',
  'ever',
  'always',
  'already',
  'just',
  'actually',
  'even',
]);
const PREDICATE_STARTS = new Set([
  ...INTENSIFIERS,
  'a',
  'an',
  'the',
  'worth',
  'enough',
  'more',
  'less',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'to',
  'of',
  'by',
  'up',
  'down',
  'back',
  'over',
  'out',
  'off',
  'something',
  'anything',
  'nothing',
  'not',
  'now',
  'there',
  'here',
  'being',
  'going',
  'getting',
  'that',
  'what',
  'how',
  'why',
  'who',
  'where',
  'when',
  'whether',
  'if',
]);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'from', 'of', 'by', 'about']);

const ADJECTIVES = new Set([
  'helpful',
  'useful',
  'clear',
  'realistic',
  'unrealistic',
  'sustainable',
  'harsh',
  'hard',
  'easy',
  'difficult',
  'good',
  'bad',
  'fine',
  'ready',
  'happy',
  'comfortable',
  'confident',
  'stressed',
  'nervous',
  'worried',
  'excited',
  'tired',
  'busy',
  'stuck',
  'blocked',
  'fair',
  'right',
  'wrong',
  'relevant',
  'possible',
  'important',
  'necessary',
  'stressful',
  'painful',
  'fun',
  'boring',
  'interesting',
  'valuable',
  'safe',
  'risky',
  'simple',
  'complex',
  'complicated',
  'slow',
  'fast',
  'quick',
  'big',
  'large',
  'small',
  'long',
  'short',
  'late',
  'early',
  'expensive',
  'cheap',
  'flaky',
  'noisy',
  'stable',
  'unstable',
  'overwhelmed',
  'supported',
  'satisfied',
  'frustrated',
  'anxious',
  'keen',
  'motivated',
  'bored',
  'valued',
  'directive',
  'sure',
  'clean',
  'messy',
  'readable',
  'healthy',
  'manageable',
  'heavy',
]);
const NEGATIVE_FEELINGS = new Set([
  'stressed',
  'nervous',
  'worried',
  'tired',
  'stuck',
  'blocked',
  'overwhelmed',
  'frustrated',
  'anxious',
  'bored',
  'busy',
  'undervalued',
  'isolated',
  'lonely',
  'exhausted',
  'upset',
  'angry',
  'sad',
  'lost',
  'confused',
  'disappointed',
  'afraid',
  'scared',
  'insecure',
]);
const OKAY = new Set(['ok', 'okay', 'fine', 'alright', 'all right']);
const INTENT = new Set(['going', 'planning', 'hoping', 'intending', 'aiming', 'meaning']);
const STATUS_WORDS = new Set([
  'done',
  'finished',
  'fixed',
  'merged',
  'shipped',
  'complete',
  'resolved',
  'sorted',
  'up',
  'back',
  'live',
  'deployed',
]);
const NOUN_OF_ADJECTIVE: Record<string, string> = {
  slow: 'speed',
  fast: 'speed',
  quick: 'speed',
  big: 'size',
  large: 'size',
  small: 'size',
  long: 'length',
  short: 'length',
  expensive: 'cost',
  cheap: 'cost',
  flaky: 'flakiness',
  noisy: 'noise',
  complex: 'complexity',
  complicated: 'complexity',
  risky: 'risk',
  stable: 'stability',
  unstable: 'stability',
  late: 'timing',
  early: 'timing',
  heavy: 'load',
};
const CERTAINTY = new Set(['sure', 'certain', 'convinced', 'positive', 'confident']);
const DOUBT = new Set(['actually', 'really', 'even', 'ever']);
const FREQUENCY = new Set(['always', 'ever', 'never', 'usually', 'often', 'sometimes']);
const SENSE_VERBS = new Set(['feel', 'seem', 'look', 'sound']);
const EVALUATIVE = new Set(['well', 'ok', 'okay', 'fine', 'smoothly', 'badly', 'alright', 'right']);
const HOW_VERBS = new Set([
  'go',
  'work',
  'help',
  'land',
  'pass',
  'fail',
  'change',
  'affect',
  'turn',
  'run',
  'matter',
  'feel',
  'look',
  'seem',
  'sound',
  'fit',
  'end',
  'start',
  'handle',
  'compare',
  'slow',
]);
const DIFFERENCE_VERBS = new Set(['help', 'work', 'matter', 'change']);
const LIKING = new Set(['like', 'enjoy', 'love', 'hate', 'dislike', 'mind']);
const OPINION = new Set(['think', 'believe', 'reckon', 'suppose', 'expect']);
const EXPERIENCE = new Set(['see', 'use', 'meet', 'hear', 'work']);
const QUANTITY_FILLERS = new Set(['anything', 'something', 'much', 'a', 'lot', 'new']);
const BETTER = new Set([
  'better',
  'easier',
  'simpler',
  'faster',
  'safer',
  'cleaner',
  'smarter',
  'wiser',
  'quicker',
]);

/**
 * Up to three open rewrites of a flagged sentence's body (without its lead-in), each built from
 * the clause's shape ("Did the migration go well?" → "How did the migration go?") and keeping its
 * subject. None for the shapes whose wording carries the problem (a premise, a judgement, a
 * second question, a fact asked for): rewording those would carry the premise along, so the
 * caller offers bank questions or says why there is no rewrite. Never a context-free filler
 * ("What do you make of that?") and never a yes/no question wrapped in "whether".
 */
export function rewriteFlagged(text: string, flag: Flag): string[] {
  const w: Words = { text, list: flag.words.slice(flag.body.from, flag.body.to) };
  const out: string[] = [];
  if (flag.form === 'advice') {
    const someone = ['anyone', 'anybody'].includes(flag.words[flag.body.from - 1]?.lower ?? '');
    out.push(...adviceRewrites(w, someone, flag.words[flag.body.from - 1]?.lower ?? ''));
  } else if (flag.form === 'elliptical') out.push(...ellipticalRewrites(w));
  // "Which do you prefer, tea or coffee?" -> "Which do you prefer?": the question without the
  // options it offered.
  else if (flag.form === 'choice') out.push(span(w, 0, w.list.length));
  else if (['polar', 'negative', 'buried', 'claim'].includes(flag.form)) {
    const clause = flag.form === 'claim' ? parseClaim(w) : parsePolar(w);
    // Not topicRewrites ("What are your thoughts on the office?"): they keep a noun and lose
    // what was asked about it.
    if (clause) out.push(...clauseRewrites(w, clause));
  }
  const unique = [...new Set(out.map(finish))].filter((r) => !WRAPPED_YES_NO.test(r));
  return unique.slice(0, 3);
}

/** A yes/no question wrapped in "whether" is still a yes/no question. */
const WRAPPED_YES_NO = /\bwhether\b/i;

/**
 * "Why not just add an index?", "Have you considered splitting it up?", "Did you try a feature
 * flag?": the option offered, turned into a question that lets them weigh or find it.
 */
function adviceRewrites(w: Words, someone: boolean, verb: string): string[] {
  let from = 0;
  while (from < w.list.length && ['just', 'simply'].includes(w.list[from].lower)) from++;
  const first = w.list[from]?.lower ?? '';
  const before = from > 0 ? w.list[from - 1].lower : verb;
  // "try out X", "look into X": a particle belongs to the verb, so the option is not a noun phrase.
  if (PARTICLES.has(first)) return [];
  if (NOUN_PHRASE_STARTS.has(first) || (OBJECT_TAKERS.has(before) && !first.endsWith('ing'))) {
    const np = span(w, from, w.list.length);
    if (!np) return [];
    return [`How would ${np} fit here?`, `What do you see as the trade-offs of ${np}?`];
  }
  const g = gerundPhrase(w, from, w.list.length);
  if (!g) return [];
  if (someone)
    return [
      `What might lead someone to ${span(w, from, w.list.length)}?`,
      `What are the pros and cons of ${g}?`,
    ];
  // "Would it be clearer if I renamed it?": the asker would carry it out, so not "for you".
  if (before === 'i' || before === 'we') return [`What options do you see for ${g}?`];
  // The open form lets them find the option themselves, and keeps the subject.
  return [`What options do you see for ${g}?`, `What would ${g} involve for you?`];
}

const SAID = new Set([
  'questions',
  'comments',
  'thoughts',
  'ideas',
  'feedback',
  'suggestions',
  'concerns',
]);
const PARTICLES = new Set([
  'out',
  'up',
  'off',
  'over',
  'back',
  'around',
  'into',
  'on',
  'in',
  'through',
]);
const NOUN_PHRASE_STARTS = new Set([
  'a',
  'an',
  'the',
  'your',
  'our',
  'my',
  'their',
  'his',
  'her',
  'some',
  'another',
  'more',
  'fewer',
  'less',
]);
// "about" and "of" take the option as an object in "What do you think about/of X?".
const OBJECT_TAKERS = new Set(['tried', 'try', 'considered', 'consider', 'about', 'of']);

/** "Any blockers?", "Happy with how it went?", "Want to pair on it?". */
function ellipticalRewrites(w: Words): string[] {
  const first = w.list[0]?.lower;
  const rest = span(w, 1, w.list.length);
  if (first === 'any' && rest) {
    // "Any Questions?": a capital that only marked a heading is not kept mid-sentence.
    const raw = w.list[1].text;
    const noun = /^[A-Z][a-z]+$/.test(raw) ? raw.toLowerCase() : raw;
    const after = span(w, 2, w.list.length);
    // "What feedback comes to mind?": a mass or singular noun takes a singular verb.
    const comes = /s$/i.test(noun) ? 'come' : 'comes';
    // Questions and comments are had, not seen: "What questions do you have?".
    const seeOrHave = SAID.has(noun.toLowerCase()) ? 'have' : 'see';
    return [
      `What ${noun} do you ${seeOrHave}${after ? ` ${after}` : ''}?`,
      `What ${noun} ${comes} to mind${after ? ` ${after}` : ''}?`,
    ];
  }
  const contracted = CONTRACTED_SUBJECTS[w.list[1]?.lower ?? ''];
  if ((first === 'anyone' || first === 'anybody' || first === 'anything') && contracted) {
    const who = first === 'anything' ? 'What' : 'Who';
    return [`${who} ${contracted[1]} ${contracted[0]} ${span(w, 2, w.list.length)}?`];
  }
  if (first === 'got' && ['time', 'a', 'five', 'ten'].includes(w.list[1]?.lower ?? '')) {
    const i = w.list.findIndex((t) => t.lower === 'for');
    const purpose = i > 0 ? ` ${span(w, i, w.list.length)}` : '';
    return [`When would suit you${purpose}?`, `How does your time look${purpose}?`];
  }
  if (first === 'anything' || first === 'anyone' || first === 'anybody') {
    const after = w.list[1]?.lower === 'else' ? span(w, 2, w.list.length) : rest;
    const t = after ? ` ${after}` : '';
    return first === 'anything'
      ? [`What else is on your mind${t}?`, `What would you like to cover${t}?`]
      : [`Who else could help${t}?`, `Who comes to mind${t}?`];
  }
  if (first === 'everything' || first === 'all') {
    const after = span(w, 2, w.list.length);
    const t = after ? ` ${after}` : '';
    return [`How are things${t}?`, `What's going well${t}, and what isn't?`];
  }
  if ((first === 'want' || first === 'need') && w.list[1]?.lower === 'to') {
    const g = gerundPhrase(w, 2, w.list.length);
    if (g) return [`How do you feel about ${g}?`, `What would you want from ${g}?`];
  }
  if (first === 'need' || first === 'want')
    return [`What help would be useful${rest ? ` ${withoutArticleNoun(w)}` : ''}?`];
  if (ADJECTIVES.has(first ?? '') || first === 'feeling') {
    const adjIndex = first === 'feeling' ? 1 : 0;
    const adj = w.list[adjIndex]?.lower;
    const after = span(w, adjIndex + 1, w.list.length);
    if (adj) return feelingRewrites(adj, after, false, 'you');
  }
  return rest ? [`What are your thoughts on ${rest}?`, `How do you see ${rest}?`] : [];
}

/** "Need a hand with the release notes" → "with the release notes". */
function withoutArticleNoun(w: Words): string {
  const i = w.list.findIndex((t) => PREPOSITIONS.has(t.lower));
  return i > 0 ? span(w, i, w.list.length) : '';
}

/** Takes apart "AUX SUBJECT PREDICATE" (the aux may be negative). */
function parsePolar(w: Words): Clause | undefined {
  const first = w.list[0]?.lower;
  if (!first) return undefined;
  const aux = NEGATIVE_TO_POSITIVE[first] ?? (AUXILIARIES.has(first) ? first : undefined);
  if (!aux) return undefined;
  const family = FAMILY[aux] ?? 'modal';
  const end = subjectEnd(w.list, 1, family);
  if (end === undefined) return undefined;
  return makeClause(w, aux, family, 1, end, end);
}

/** Takes apart a statement: "the deadline was unrealistic", "you'd rather...", "it went well". */
function parseClaim(w: Words): Clause | undefined {
  let from = 0;
  const l = w.list.map((t) => t.lower);
  // "I think the second option is stronger": the claim is what follows the opinion.
  if ((l[0] === 'i' || l[0] === 'we') && OPINION.has(l[1])) from = 2;
  else if (l[0] === "i'm" && ['guessing', 'assuming', 'thinking', 'sure'].includes(l[1])) from = 2;
  else if (l[0] === "it's" && ['obvious', 'clear', 'true'].includes(l[1])) from = 2;
  if (from > 0 && l[from] === 'that') from++;
  const head = l[from];
  if (head === undefined) return undefined;
  const contracted = CONTRACTED_SUBJECTS[head];
  if (contracted) {
    const [subject, aux] = contracted;
    const family = FAMILY[aux] ?? 'modal';
    return {
      aux,
      family,
      past: false,
      subject: head === 'i' || head.startsWith("i'") ? 'I' : subject,
      person: personOf(subject.toLowerCase()),
      predicate: w.list.slice(from + 1),
    };
  }
  const limit = Math.min(l.length, from + 7);
  for (let j = from + 1; j < limit; j++) {
    const word = l[j];
    const aux = NEGATIVE_TO_POSITIVE[word] ?? (AUXILIARIES.has(word) ? word : undefined);
    if (aux) return makeClause(w, aux, FAMILY[aux] ?? 'modal', from, j, j + 1);
    const base = baseOf(word);
    if (base && base !== 'be' && base !== 'have') {
      const clause = makeClause(w, 'did', 'do', from, j, j);
      clause.predicate = [{ ...w.list[j], lower: base, text: base }, ...w.list.slice(j + 1)];
      return clause;
    }
    if (PERSONAL.has(l[from]) && j === from + 1 && BASE_VERBS.has(word))
      return makeClause(w, 'do', 'do', from, j, j);
    const present = presentBase(word);
    if (present && j > (DETERMINERS.has(l[from]) ? from + 1 : from)) {
      const clause = makeClause(w, 'does', 'do', from, j, j);
      clause.predicate = [{ ...w.list[j], lower: present, text: present }, ...w.list.slice(j + 1)];
      return clause;
    }
    if (PERSONAL.has(l[from])) break;
  }
  return undefined;
}

/** The base of a third-person present verb ("needs" → "need"), when it is a known verb. */
function presentBase(word: string): string | undefined {
  if (!word.endsWith('s') || word.endsWith('ss')) return undefined;
  for (const base of [word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`])
    if (BASE_VERBS.has(base) && thirdPerson(base) === word) return base;
  return undefined;
}

function makeClause(
  w: Words,
  aux: string,
  family: Clause['family'],
  subjectFrom: number,
  subjectTo: number,
  predicateFrom: number,
): Clause {
  const first = w.list[subjectFrom].lower;
  let subject = span(w, subjectFrom, subjectTo);
  if (subjectFrom === 0 && (DETERMINERS.has(first) || PERSONAL.has(first)) && first !== 'i')
    subject = lowerFirstLetter(subject);
  if (first === 'i') subject = 'I';
  return {
    aux,
    family,
    past: ['did', 'was', 'were', 'had'].includes(aux),
    subject,
    person: subjectTo - subjectFrom === 1 || INDEFINITE.has(first) ? personOf(first) : 'np',
    predicate: w.list.slice(predicateFrom),
  };
}

const INDEFINITE = new Set([
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'everyone',
  'everybody',
  'nobody',
]);

function personOf(word: string): Clause['person'] {
  if (word === 'you' || word === 'u' || word === 'ya' || word === 'y') return 'you';
  if (word === 'we') return 'we';
  if (word === 'i') return 'i';
  return PERSONAL.has(word) || INDEFINITE.has(word) || DEMONSTRATIVES.has(word) ? 'pronoun' : 'np';
}

/**
 * Where the subject after an auxiliary ends. A personal pronoun is the whole subject; a noun
 * phrase runs up to the predicate: for "be", an adjective, article or preposition; for "do" and
 * modals, the first known base verb; for "have", the first participle.
 */
function subjectEnd(
  list: readonly Token[],
  from: number,
  family: Clause['family'],
): number | undefined {
  if (from >= list.length) return undefined;
  const first = list[from].lower;
  if (PERSONAL.has(first)) return from + 1;
  const second = list[from + 1]?.lower ?? '';
  // "that" alone is the subject when a verb or the predicate follows: "Won't that break...?"
  if (
    DEMONSTRATIVES.has(first) &&
    (BASE_VERBS.has(second) || (family === 'be' && startsPredicate(second)))
  )
    return from + 1;
  const max = Math.min(list.length, from + 7);
  const determinerLed = DETERMINERS.has(first);
  if (family === 'be') {
    // The word after an article is part of the subject ("the staging database").
    let j = determinerLed ? from + 2 : from + 1;
    while (j < max && !startsPredicate(list[j].lower)) j++;
    // "the rework on the search page expected": the prepositional phrase belongs to the subject
    // when an adjective or participle follows it.
    if (j < list.length && PREPOSITIONS.has(list[j].lower)) {
      for (let k = j + 1; k < Math.min(list.length, j + 6); k++) {
        const w = list[k].lower;
        if (PREPOSITIONS.has(w)) break;
        if (k > j + 1 && (ADJECTIVES.has(w) || isParticiple(w)) && k === list.length - 1) return k;
      }
    }
    return j;
  }
  for (let j = from + 1; j < max; j++) {
    const w = list[j].lower;
    if (determinerLed && j === from + 1) continue;
    if (INTENSIFIERS.has(w)) return j;
    if (family === 'have' ? isParticiple(w) : BASE_VERBS.has(w)) return j;
  }
  // An unknown verb: the word before an object ("the spike answer the question").
  if (family !== 'have') {
    for (let j = determinerLed ? from + 2 : from + 1; j + 1 < max; j++) {
      const next = list[j + 1].lower;
      if (DETERMINERS.has(next) || OBJECT_PRONOUNS.has(next)) return j;
    }
  }
  return undefined;
}

/** True for a word that reads as an adjective: known, or by its ending ("blameless"). */
function isAdjective(w: string): boolean {
  return ADJECTIVES.has(w) || (w.length > 5 && ADJECTIVE_ENDINGS.some((e) => w.endsWith(e)));
}

function startsPredicate(w: string): boolean {
  return (
    PREDICATE_STARTS.has(w) ||
    isAdjective(w) ||
    STATUS_WORDS.has(w) ||
    isParticiple(w) ||
    (w.length > 4 && w.endsWith('ing')) ||
    (w.length > 4 && w.endsWith('ly'))
  );
}

/** Rewrites from the clause's shape; may be empty. */
function clauseRewrites(w: Words, c: Clause): string[] {
  const p = c.predicate.map((t) => t.lower);
  const or = eitherOr(w, c);
  if (or) return or;

  // "it be better to", "it make more sense to": the course of action is the subject matter.
  const better = betterTo(w, c, p);
  if (better) return better;

  if (c.family === 'modal' && p[0] === 'have' && p[1] && isParticiple(p[1])) {
    if (c.aux === 'must' && (c.person === 'you' || c.person === 'we'))
      return doRewrites(w, { ...c, aux: 'did', family: 'do', past: true }, 1, baseOf(p[1]) ?? p[1]);
    return counterfactualRewrites(w, c, p);
  }
  if (c.family === 'have' && p[0] === 'been')
    return beRewrites(w, { ...c, predicate: c.predicate.slice(1) }, ' been');
  if (c.family === 'be') return beRewrites(w, c, '');
  if (c.family === 'do') return doRewrites(w, c, 0, p[0]);
  if (c.family === 'have') return haveRewrites(w, c, p);
  return modalRewrites(w, c, p);
}

/** The predicate from word k with a leading space, or nothing. */
function tailOf(w: Words, c: Clause, k: number): string {
  const s = spanOfPredicate(w, c, k);
  return s ? ` ${s}` : '';
}

/** "Is the test suite too slow?", "Was it hard?", "Have I been too directive?". */
function beRewrites(w: Words, c: Clause, been: string): string[] {
  const p = c.predicate.map((t) => t.lower);
  let k = 0;
  while (INTENSIFIERS.has(p[k]) || (p[k] === 'a' && p[k + 1] === 'bit')) k += p[k] === 'a' ? 2 : 1;
  const word = p[k];
  if (word === undefined) return [];
  const isPast = c.past;
  const isWas = isPast ? 'was' : 'is';
  if (c.subject === 'there' && !been) return thereRewrites(w, c, p);
  if (word === 'worth') {
    const g = spanOfPredicate(w, c, k + 1);
    if (g) return [`What would ${g} give you?`, `What are the pros and cons of ${g}?`];
  }
  if (OKAY.has(word)) {
    if (c.person === 'you' && (p[k + 1] === 'with' || p[k + 1] === 'about')) {
      const obj = spanOfPredicate(w, c, k + 2);
      return [`How do you feel about ${obj}?`, `What concerns, if any, do you have about ${obj}?`];
    }
    if (c.subject === 'it' && p[k + 1] === 'to') {
      const g = spanAsGerund(w, c, k + 2);
      if (g) return [`How would ${g} work for you?`, `What would ${g} change for you?`];
    }
  }
  if (INTENT.has(word) && p[k + 1] === 'to' && (c.person === 'you' || c.person === 'we')) {
    const next = p[k + 2] ?? '';
    if (
      word === 'going' &&
      (DETERMINERS.has(next) || /^[A-Z]/.test(c.predicate[k + 2]?.text ?? ''))
    ) {
      const place = spanOfPredicate(w, c, k);
      return [`What are you hoping to get from ${place}?`, `What would make ${place} worth it?`];
    }
    const g = spanAsGerund(w, c, k + 2);
    if (g) return [`What's drawing you to ${g}?`, `What might get in the way of ${g}?`];
  }
  if (STATUS_WORDS.has(word) && c.person !== 'you' && c.person !== 'we' && c.person !== 'i')
    return [`Where are things with ${c.subject}?`, `What's left to do on ${c.subject}?`];
  const next = p[k + 1];
  // Only adjectives known to be gradable: "How available is...?" and "How profitable do you
  // feel?" come from guessing by the suffix.
  const adjective =
    (ADJECTIVES.has(word) || (isParticiple(word) && c.person === 'you')) &&
    next !== 'but' &&
    next !== 'and' &&
    next !== 'than';
  if (adjective) {
    const t = tailOf(w, c, k + 1);
    if (c.person === 'you') return feelingRewrites(word, t.trim(), isPast, 'you');
    const noun = NOUN_OF_ADJECTIVE[word];
    if (noun && c.person === 'np') {
      const owner = possessive(c.subject);
      return [
        `What do you notice about ${owner} ${noun}${t}?`,
        `How ${isPast ? 'did' : 'does'} ${owner} ${noun} affect you?`,
      ];
    }
    const neg = isPast ? "wasn't" : "isn't";
    const how = `How ${word} ${c.aux} ${c.subject}${been}${t}?`;
    if (c.person !== 'np' && c.person !== 'pronoun') return [how];
    return [how, `What ${isWas} ${word} about ${c.subject}, and what ${neg}?`];
  }
  if (word.endsWith('ing') && word.length > 4) {
    const base = word.slice(0, -3);
    if (LIKING.has(base) || LIKING.has(`${base}e`)) {
      const obj = spanOfPredicate(w, c, k + 1);
      if (obj) return likingRewrites(obj, isPast);
    }
    if (c.person === 'np' || c.person === 'pronoun')
      return [`How ${c.aux} ${c.subject}${been} ${spanOfPredicate(w, c, k)}?`];
    const g = spanOfPredicate(w, c, k);
    if (c.person === 'i') return [`How do you feel about me ${g}?`];
    return [`How is ${g} going?`, `What's the hardest part of ${g}?`];
  }
  return [];
}

function thereRewrites(w: Words, c: Clause, p: string[]): string[] {
  const first = p[0];
  if (first === 'anything' || first === 'something') {
    if (p[1] === 'else') return ['What else is on your mind?', 'What would you like to add?'];
  }
  // "Is there anything blocking you?" → "What is blocking you?".
  // ...and "anything that's slowing you down" → "What is slowing you down".
  const thing = first === 'anything' || first === 'something';
  const that =
    p[1] === "that's" || p[1] === "what's" ? 2 : p[1] === 'that' && p[2] === 'is' ? 3 : 1;
  if (thing && /^[a-z]{2,}ing$/.test(p[that] ?? ''))
    return [`What is ${span(w, w.list.indexOf(c.predicate[that]), w.list.length)}?`];
  // The subject of the relative clause: "any obstacles I can remove", "anything you'd like"; a
  // pronoun at the very end is an object ("anything for you"), not a subject.
  const r = p.findIndex(
    (x, i) =>
      i > 0 &&
      i + 1 < p.length &&
      (RELATIVE_SUBJECTS.has(x) || RELATIVE_SUBJECTS.has(CONTRACTED_SUBJECTS[x]?.[0] ?? '')),
  );
  if (r > 0 && ['a', 'an', 'any', 'some', 'anything', 'something'].includes(first)) {
    const who = p[r];
    const contracted = CONTRACTED_SUBJECTS[who];
    const pronoun = contracted ? contracted[0] : who === 'i' ? 'I' : who;
    const np = thing
      ? pronoun === 'I'
        ? ''
        : 'else'
      : span(w, w.list.indexOf(c.predicate[1]), w.list.indexOf(c.predicate[r]));
    // "...I can remove for you" → "can I remove for you": a modal moves before the subject.
    const modal = !contracted && RELATIVE_MODALS.has(p[r + 1] ?? '');
    const aux = contracted ? contracted[1] : modal ? p[r + 1] : 'do';
    const rest = spanOfPredicate(w, c, modal ? r + 2 : r + 1);
    if (np || thing)
      return [`What ${np ? `${np} ` : ''}${aux} ${pronoun}${rest ? ` ${rest}` : ''}?`];
  }
  return [];
}

const RELATIVE_SUBJECTS = new Set(['i', 'I', 'you', 'we', 'they']);
const RELATIVE_MODALS = new Set(['can', 'could', 'should', 'will', 'would', 'might', 'must']);

function doRewrites(w: Words, c: Clause, k: number, verb: string | undefined): string[] {
  if (!verb) return [];
  const p = c.predicate.map((t) => t.lower);
  let v = k;
  while (INTENSIFIERS.has(p[v])) v++;
  verb = v === k ? verb : p[v];
  const restFrom = v + 1;
  const rest = spanOfPredicate(w, c, restFrom);
  const aux = c.aux;
  if (c.person === 'np' || c.person === 'pronoun') {
    if (!HOW_VERBS.has(verb)) return [];
    const last = p[p.length - 1];
    // "Did this feel right?" asks how it felt, not how it went.
    if (SENSE_VERBS.has(verb) && EVALUATIVE.has(last)) return [];
    const evaluative = EVALUATIVE.has(last) && p.length > restFrom;
    let keptTo = c.predicate.length - 1;
    while (evaluative && keptTo > restFrom && INTENSIFIERS.has(p[keptTo - 1])) keptTo--;
    const kept = evaluative ? spanOfPredicate(w, c, restFrom, keptTo) : rest;
    const shownVerb = evaluative ? 'go' : verb === 'work' && !kept ? 'work out' : verb;
    const out = [`How ${aux} ${c.subject} ${shownVerb}${kept ? ` ${kept}` : ''}?`];
    if (evaluative && c.person === 'np')
      out.push(`What ${c.past ? 'went' : 'goes'} well in ${c.subject}?`);
    else if (evaluative)
      out.push(c.past ? "What went well, and what didn't?" : "What goes well, and what doesn't?");
    else if (['pass', 'fail', 'break'].includes(verb))
      out[0] = `What happened with ${c.subject}${kept ? ` ${kept}` : ''}?`;
    else if (DIFFERENCE_VERBS.has(verb))
      out.push(`What difference ${aux} ${c.subject} make${kept ? ` ${kept}` : ''}?`);
    return out;
  }
  const you = c.person === 'i' ? 'I' : c.person;
  if (OPINION.has(verb) || (verb === 'feel' && p[restFrom] === 'that')) {
    const from = p[restFrom] === 'that' ? restFrom + 1 : restFrom;
    const clause = spanOfPredicate(w, c, from);
    if (clause)
      return [
        `What's your view on whether ${clause}?`,
        `What would help you decide whether ${clause}?`,
      ];
  }
  const feelsClause =
    verb === 'feel' && (DETERMINERS.has(p[restFrom] ?? '') || PERSONAL.has(p[restFrom] ?? ''));
  if (feelsClause && !isAdjective(p[restFrom + 1] ?? '')) {
    const clause = spanOfPredicate(w, c, restFrom);
    return [
      `When do ${you} feel ${clause}, and when not?`,
      `What tells ${objectPronounOf(you)} whether ${clause}?`,
    ];
  }
  if (verb === 'feel' && p[restFrom] === 'like' && p[restFrom + 1]) {
    const x = spanOfPredicate(w, c, restFrom + 1);
    // Not "What would help you feel less like...": for a hope ("like you're growing") that
    // turns the meaning around.
    return [`What makes ${you} feel that ${x}, and what doesn't?`];
  }
  if (verb === 'feel' && p[restFrom]) {
    const adj = p[restFrom];
    if (ADJECTIVES.has(adj) || isParticiple(adj))
      return feelingRewrites(adj, spanOfPredicate(w, c, restFrom + 1), c.past, you);
  }
  if (LIKING.has(verb) && rest) return likingRewrites(rest, c.past);
  if (verb === 'have' && ['any', 'enough', 'some'].includes(p[restFrom]) && p[restFrom + 1]) {
    const noun = c.predicate[restFrom + 1].text;
    const more = spanOfPredicate(w, c, restFrom + 2);
    const m = more ? ` ${more}` : '';
    return p[restFrom] === 'enough'
      ? [`How much ${noun} ${aux} ${you} have${m}?`, `What would more ${noun} change${m}?`]
      : [`What ${noun} ${aux} ${you} have${m}?`];
  }
  if (verb === 'know' && rest) {
    return [`What ${aux} ${you} know about ${rest}?`, `How could ${you} find out ${rest}?`];
  }
  if ((verb === 'want' || verb === 'need') && p[restFrom] === 'to') {
    const g = spanAsGerund(w, c, restFrom + 1);
    if (g) return [`How do you feel about ${g}?`, `What would you want from ${g}?`];
  }
  if (
    verb === 'want' &&
    (p[restFrom] === 'me' || p[restFrom] === 'us') &&
    p[restFrom + 1] === 'to'
  ) {
    const g = spanAsGerund(w, c, restFrom + 2);
    if (g) return [`How do you feel about ${p[restFrom]} ${g}?`];
  }
  if (verb === 'learn') {
    let f = restFrom;
    while (QUANTITY_FILLERS.has(p[f])) f++;
    const r = spanOfPredicate(w, c, f);
    const rr = r ? ` ${r}` : '';
    return [`What ${aux} ${you} learn${rr}?`, `What will you take away${rr}?`];
  }
  const attempt = attemptLength(p, v);
  if (attempt > 0) {
    const g = spanAsGerund(w, c, v + attempt);
    if (g) return [`Where are you with ${g}?`, `What's got in the way of ${g}, if anything?`];
  }
  // "Do you always turn it on that way?" asks about a habit; "How do you go about..." drops it.
  if (p.slice(k, v + 1).some((x) => FREQUENCY.has(x))) return [];
  const g = gerundOf(verb, rest);
  // Not "Where are you with...?" for something already done: that turns a past act into a task.
  if (c.past) return [`How did ${you} go about ${g}?`];
  return [`How do ${you} go about ${g}?`, `What does ${g} look like for ${objectPronounOf(you)}?`];
}

function haveRewrites(w: Words, c: Clause, p: string[]): string[] {
  let k = 0;
  while (INTENSIFIERS.has(p[k])) k++;
  const attempt = attemptLength(p, k);
  if (attempt > 0 && (c.person === 'you' || c.person === 'we')) {
    const g = spanAsGerund(w, c, k + attempt);
    if (g) return [`Where are you with ${g}?`, `What's got in the way of ${g}, if anything?`];
  }
  const base = baseOf(p[k] ?? '');
  if (!base) return [];
  const rest = spanOfPredicate(w, c, k + 1);
  if (c.person === 'np' || c.person === 'pronoun') {
    if (/^any(one|body)$/.test(c.subject.split(' ')[0].toLowerCase()) && c.subject.includes(' '))
      return [
        `Who ${c.subject.slice(c.subject.indexOf(' ') + 1)} ${c.aux} ${p.slice(k).length ? spanOfPredicate(w, c, k) : ''}?`,
      ];
    return HOW_VERBS.has(base) ? [`How ${c.aux} ${c.subject} ${spanOfPredicate(w, c, k)}?`] : [];
  }
  const you = c.person === 'i' ? 'I' : c.person;
  // "Have you seen people stay late?": a perception verb with a clause, not a thing used. Only a
  // determiner-led noun phrase with no bare verb in it is read as the thing.
  if (
    (base === 'see' || base === 'hear') &&
    (!DETERMINERS.has(p[k + 1] ?? '') || p.slice(k + 2).some((x) => BASE_VERBS.has(x)))
  )
    return [];
  if (EXPERIENCE.has(base) && rest) {
    const tense = c.aux === 'had' ? 'did' : 'do';
    return [`What experience ${tense} ${you} have with ${rest}?`];
  }
  if ((base === 'consider' || (base === 'think' && p[k + 1] === 'about')) && rest) {
    const obj = base === 'think' ? spanOfPredicate(w, c, k + 2) : rest;
    return [`What do you make of ${obj}?`, `How would ${obj} play out here?`];
  }
  if (base === 'try' && rest)
    return [`What would ${rest} tell you?`, `Where are you with ${rest}?`];
  if (base === 'decide' && (p[k + 1] === 'on' || p[k + 1] === 'about')) {
    const obj = spanOfPredicate(w, c, k + 2);
    return [
      `Where are you with deciding ${p[k + 1]} ${obj}?`,
      `What's pulling you each way on ${obj}?`,
    ];
  }
  // "Have you ever done this (in the past)?" asks about experience, not progress on a task.
  if (p.includes('ever') || p.includes('past') || p.includes('before')) return [];
  const g = gerundOf(base, rest);
  return [`Where are you with ${g}?`];
}

function modalRewrites(w: Words, c: Clause, p: string[]): string[] {
  let k = 0;
  while (INTENSIFIERS.has(p[k]) || p[k] === 'rather') k++;
  if (p[k] === 'be' && p[k + 1] === 'able' && p[k + 2] === 'to') k += 3;
  if ((p[k] === 'like' || p[k] === 'want' || p[k] === 'love') && p[k + 1] === 'to') {
    const g = spanAsGerund(w, c, k + 2);
    if (g) return [`How do you feel about ${g}?`, `What would you want from ${g}?`];
  }
  if (p[k] === 'be' && p[k + 1]?.endsWith('ing')) k++;
  const verb = p[k];
  if (verb === undefined) return [];
  if (c.person === 'np' || c.person === 'pronoun') {
    // "Will the tests actually fail?": the doubt is in the skipped word, and "How will the tests
    // fail?" presumes they do.
    if (p.slice(0, k).some((x) => DOUBT.has(x))) return [];
    if (['would', 'could', 'will', 'can'].includes(c.aux) && HOW_VERBS.has(verb))
      return [`How ${c.aux} ${c.subject} ${spanOfPredicate(w, c, k)}?`];
    return [];
  }
  const g = spanAsGerund(w, c, k);
  if (!g) return [];
  if (c.person === 'i') return [`How would you feel about me ${g}?`];
  if (c.person === 'we' || c.aux === 'should' || c.aux === 'shall')
    return [`How would you feel about ${g}?`, `What are the pros and cons of ${g}?`];
  // "Would you update me on X?", "Could you send us the notes?": a request for the asker, not a
  // choice to weigh or a feeling to ask about.
  if (p[k + 1] === 'me' || p[k + 1] === 'us') return [];
  const vp = spanOfPredicate(w, c, k);
  if (c.aux === 'can' || c.aux === 'could')
    return [`What would it take to ${vp}?`, `What might get in the way of ${g}?`];
  if (c.aux === 'will') return [`What's your plan for ${g}?`, `What might get in the way of ${g}?`];
  if (c.aux === 'would')
    return [`How would you feel about ${g}?`, `What would you weigh up before ${g}?`];
  return [];
}

/**
 * How many words at k say "tried to" rather than what was done: "manage to", "get a chance to",
 * "had a chance to", "get round to". 0 when none.
 */
function attemptLength(p: readonly string[], k: number): number {
  const v = p[k];
  if ((v === 'manage' || v === 'managed') && p[k + 1] === 'to') return 2;
  if (['get', 'got', 'had', 'have', 'find', 'found'].includes(v) && p[k + 1] === 'a') {
    if ((p[k + 2] === 'chance' || p[k + 2] === 'moment') && p[k + 3] === 'to') return 4;
  }
  if (
    (v === 'get' || v === 'got') &&
    (p[k + 1] === 'round' || p[k + 1] === 'around') &&
    p[k + 2] === 'to'
  )
    return 3;
  return 0;
}

/** "Could you have asked for help earlier?", "Could the outage have been prevented?". */
function counterfactualRewrites(w: Words, c: Clause, p: string[]): string[] {
  if (c.person === 'np' || c.person === 'pronoun') {
    if (p[1] === 'been' && p[2] && isParticiple(p[2]) && p.length === 3)
      return [`What could have ${c.predicate[2].text} ${c.subject}?`];
    return [];
  }
  const base = baseOf(p[1]);
  if (!base) return [];
  const rest = spanOfPredicate(w, c, 2);
  const r = rest ? ` ${rest}` : '';
  return [
    `What would have helped ${objectPronoun(c)} ${base}${r}?`,
    `What got in the way of ${gerundOf(base, rest)}?`,
  ];
}

function betterTo(w: Words, c: Clause, p: string[]): string[] | undefined {
  let k = 0;
  if (p[k] === 'be') k++;
  let at = -1;
  if (BETTER.has(p[k]) && p[k + 1] === 'to') at = k + 2;
  else if (p[k] === 'make' && p[k + 1] === 'more' && p[k + 2] === 'sense' && p[k + 3] === 'to')
    at = k + 4;
  else if (p[k] === 'make' && p[k + 1] === 'sense' && p[k + 2] === 'to') at = k + 3;
  if (at < 0 || (c.person !== 'pronoun' && c.person !== 'np')) return undefined;
  let to = c.predicate.length;
  const than = p.indexOf('than', at);
  const instead = p.indexOf('instead', at);
  for (const x of [than, instead]) if (x > at && x < to) to = x;
  while (p[at] === 'just' || p[at] === 'simply') at++;
  const g = spanAsGerund(w, c, at, to);
  if (!g) return undefined;
  return [`What are the pros and cons of ${g}?`, `What would ${g} change?`];
}

/** "Should we use Postgres or SQLite for the prototype?" → how to weigh the two. */
function eitherOr(w: Words, c: Clause): string[] | undefined {
  const p = c.predicate.map((t) => t.lower);
  const more = p.findIndex((x, i) => (x === 'more' || x === 'less') && p[i + 1] === 'than');
  if (more > 1 && more + 2 < p.length) {
    const a = spanOfPredicate(w, c, BASE_VERBS.has(p[0]) ? 1 : 0, more);
    const b = spanOfPredicate(w, c, more + 2);
    if (a && b)
      return [`How do you weigh ${a} against ${b}?`, `What draws you to ${a}, and what to ${b}?`];
  }
  const or = p.indexOf('or');
  if (or < 1 || or + 1 >= p.length || ['not', 'so', 'two', 'later'].includes(p[or + 1]))
    return undefined;
  let aFrom = 0;
  if (c.family !== 'be' && (BASE_VERBS.has(p[0]) || p[0].endsWith('ing')) && or > 1) aFrom = 1;
  if (c.family === 'be' && p[0] === 'it') return undefined;
  const a = spanOfPredicate(w, c, aFrom, or);
  let bTo = or + 1;
  while (
    bTo < p.length &&
    !PREPOSITIONS.has(p[bTo]) &&
    !['that', 'which', 'when', 'if', 'next', 'this', 'to'].includes(p[bTo])
  )
    bTo++;
  const b = spanOfPredicate(w, c, or + 1, bTo);
  const ctx = PREPOSITIONS.has(p[bTo] ?? '') ? ` ${spanOfPredicate(w, c, bTo)}` : '';
  if (!a || !b) return undefined;
  return [
    `How do you weigh ${a} against ${b}${ctx}?`,
    `What matters most to you when choosing between ${a} and ${b}${ctx}?`,
  ];
}

function feelingRewrites(adj: string, rest: string, past: boolean, who: string): string[] {
  const r = rest ? ` ${rest}` : '';
  const subject = who === 'I' ? 'I' : who;
  const doAux = past ? 'did' : 'do';
  const feel = past ? 'felt' : 'feel';
  // "Are you sure it's correct?" doubts the claim in its clause; "How sure do you feel it's
  // correct?" keeps the doubt and the claim. ("Are you sure about the plan?" is a feeling.)
  if (CERTAINTY.has(adj) && rest && !PREPOSITIONS.has(rest.split(' ')[0].toLowerCase())) return [];
  // "un-" feelings (uncomfortable, unhappy, unsure) are negative too: never "help you feel" them.
  if (past || NEGATIVE_FEELINGS.has(adj) || /^un[a-z]{4,}/.test(adj))
    return [
      `How ${adj} ${doAux} ${subject} feel${r}?`,
      `What ${past ? 'affected' : 'affects'} how ${adj} ${subject} ${feel}${r}?`,
    ];
  return [
    `How ${adj} ${doAux} ${subject} feel${r}?`,
    `What would help ${objectPronounOf(subject)} feel ${adj}${r}?`,
  ];
}

function likingRewrites(obj: string, past: boolean): string[] {
  return past
    ? [`What worked for you about ${obj}, and what didn't?`, `How was ${obj} for you?`]
    : [`What works for you about ${obj}, and what doesn't?`, `How is ${obj} for you?`];
}

/** The predicate from word k (to `to`), as written. */
function spanOfPredicate(w: Words, c: Clause, k: number, to = c.predicate.length): string {
  if (k >= to || k >= c.predicate.length) return '';
  return span(w, w.list.indexOf(c.predicate[k]), w.list.indexOf(c.predicate[to - 1]) + 1);
}

/** The predicate from word k as a gerund phrase: "split the goal" → "splitting the goal". */
function spanAsGerund(w: Words, c: Clause, k: number, to = c.predicate.length): string {
  const verb = c.predicate[k];
  if (!verb) return '';
  return gerundOf(verb.text, spanOfPredicate(w, c, k + 1, to));
}

function gerundPhrase(w: Words, from: number, to: number): string {
  const verb = w.list[from];
  if (!verb) return '';
  return gerundOf(verb.text, span(w, from + 1, to));
}

function gerundOf(verb: string, rest: string): string {
  const lower = verb.toLowerCase();
  // "correctly understand": the adverb stays and the verb after it becomes the gerund.
  if (isAdverb(lower) && rest) {
    const space = rest.indexOf(' ');
    const next = space < 0 ? rest : rest.slice(0, space);
    return `${verb} ${gerundOf(next, space < 0 ? '' : rest.slice(space + 1))}`;
  }
  const already = lower.endsWith('ing') && !BASE_VERBS.has(lower);
  // "What if you asked Sam?": the option's verb is a simple past; its gerund is the base's.
  const base = already ? undefined : baseOf(lower);
  const past = base !== undefined && base !== lower && pastTense(base) === lower;
  const g =
    NEGATIVE_AUXILIARIES.has(lower) || already
      ? verb
      : gerund(past ? verb.slice(0, 1) + base.slice(1) : verb);
  // "track and discuss decisions": a word straight after "verb and" is a second verb, so it
  // becomes a gerund too ("tracking and discussing"), not "tracking and discuss".
  const m = /^(and|or) ([A-Za-z]+)\b(.*)$/.exec(rest);
  if (m && !already && isSecondVerb(m[2].toLowerCase()))
    return `${g} ${m[1]} ${gerund(m[2])}${m[3]}`;
  return rest ? `${g} ${rest}` : g;
}

/** The word after "verb and": a verb unless it opens a noun phrase or is a filler word. */
function isSecondVerb(word: string): boolean {
  return (
    !word.endsWith('ing') &&
    !DETERMINERS.has(word) &&
    !PERSONAL.has(word) &&
    !isAdverb(word) &&
    !['then', 'also', 'just', 'not', 'so', 'more', 'less', 'how', 'what', 'why', 'when'].includes(
      word,
    )
  );
}

/** "correctly", "carefully": an -ly word that is not one of the few -ly verbs ("apply", "rely"). */
function isAdverb(word: string): boolean {
  return /^[a-z]{3,}ly$/.test(word) && !BASE_VERBS.has(word) && !LY_VERBS.has(word);
}
const LY_VERBS = new Set([
  'rely',
  'reply',
  'supply',
  'comply',
  'imply',
  'multiply',
  'fly',
  'rally',
]);

/** The text from word `from` to word `to` (exclusive), punctuation between them included. */
function span(w: Words, from: number, to: number): string {
  if (from < 0 || from >= to || to > w.list.length) return '';
  return w.text.slice(w.list[from].start, w.list[to - 1].end);
}

function possessive(np: string): string {
  return np.endsWith('s') && !np.endsWith('ss') ? `${np}'` : `${np}'s`;
}

function objectPronoun(c: Clause): string {
  return objectPronounOf(
    c.person === 'i' ? 'I' : c.person === 'np' ? c.subject : c.subject.toLowerCase(),
  );
}

function objectPronounOf(subject: string): string {
  const map: Record<string, string> = { I: 'me', we: 'us', they: 'them', he: 'him', she: 'her' };
  return map[subject] ?? subject;
}

function lowerFirstLetter(s: string): string {
  return s.length > 1 && s[1] !== s[1].toUpperCase() ? s[0].toLowerCase() + s.slice(1) : s;
}

/** Capital first letter, single spaces, one closing "?". */
function finish(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '?' || /\s/.test(s[end - 1]))) end--;
  const t = `${s.slice(0, end).trimStart()}?`;
  return t[0].toUpperCase() + t.slice(1);
}
