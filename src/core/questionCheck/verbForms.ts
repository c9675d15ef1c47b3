// Just enough English verb morphology to rewrite a question: a base verb's -ing, past and
// third-person forms, and the base of a past tense or participle.

/** Irregular verbs: base, past, participle. */
const IRREGULAR: readonly (readonly [string, string, string])[] = [
  ['be', 'was', 'been'],
  ['become', 'became', 'become'],
  ['begin', 'began', 'begun'],
  ['break', 'broke', 'broken'],
  ['bring', 'brought', 'brought'],
  ['build', 'built', 'built'],
  ['buy', 'bought', 'bought'],
  ['catch', 'caught', 'caught'],
  ['choose', 'chose', 'chosen'],
  ['come', 'came', 'come'],
  ['cut', 'cut', 'cut'],
  ['do', 'did', 'done'],
  ['drive', 'drove', 'driven'],
  ['fall', 'fell', 'fallen'],
  ['feel', 'felt', 'felt'],
  ['find', 'found', 'found'],
  ['forget', 'forgot', 'forgotten'],
  ['get', 'got', 'got'],
  ['give', 'gave', 'given'],
  ['go', 'went', 'gone'],
  ['grow', 'grew', 'grown'],
  ['have', 'had', 'had'],
  ['hear', 'heard', 'heard'],
  ['hit', 'hit', 'hit'],
  ['hold', 'held', 'held'],
  ['keep', 'kept', 'kept'],
  ['know', 'knew', 'known'],
  ['lead', 'led', 'led'],
  ['learn', 'learnt', 'learnt'],
  ['leave', 'left', 'left'],
  ['let', 'let', 'let'],
  ['lose', 'lost', 'lost'],
  ['make', 'made', 'made'],
  ['mean', 'meant', 'meant'],
  ['meet', 'met', 'met'],
  ['pay', 'paid', 'paid'],
  ['put', 'put', 'put'],
  ['quit', 'quit', 'quit'],
  ['read', 'read', 'read'],
  ['run', 'ran', 'run'],
  ['say', 'said', 'said'],
  ['see', 'saw', 'seen'],
  ['sell', 'sold', 'sold'],
  ['send', 'sent', 'sent'],
  ['set', 'set', 'set'],
  ['show', 'showed', 'shown'],
  ['shut', 'shut', 'shut'],
  ['sit', 'sat', 'sat'],
  ['sleep', 'slept', 'slept'],
  ['speak', 'spoke', 'spoken'],
  ['spend', 'spent', 'spent'],
  ['split', 'split', 'split'],
  ['stand', 'stood', 'stood'],
  ['take', 'took', 'taken'],
  ['teach', 'taught', 'taught'],
  ['tell', 'told', 'told'],
  ['think', 'thought', 'thought'],
  ['throw', 'threw', 'thrown'],
  ['understand', 'understood', 'understood'],
  ['win', 'won', 'won'],
  ['write', 'wrote', 'written'],
];

/** Verbs whose last consonant doubles before -ing and -ed. */
const DOUBLING = new Set([
  'admit',
  'begin',
  'blog',
  'chat',
  'commit',
  'cut',
  'debug',
  'drop',
  'forget',
  'get',
  'hit',
  'jog',
  'let',
  'log',
  'map',
  'occur',
  'pin',
  'plan',
  'prefer',
  'put',
  'quit',
  'refer',
  'rerun',
  'run',
  'scan',
  'set',
  'ship',
  'shut',
  'sit',
  'skip',
  'split',
  'step',
  'stop',
  'stub',
  'submit',
  'swap',
  'tag',
  'trim',
  'win',
  'wrap',
]);

/** Common base verbs, to find where a subject ends and its verb starts. */
export const BASE_VERBS: ReadonlySet<string> = new Set([
  ...IRREGULAR.map((v) => v[0]),
  'affect',
  'answer',
  'apply',
  'invite',
  'pick',
  'present',
  'push',
  'share',
  'agree',
  'add',
  'ask',
  'attend',
  'block',
  'cause',
  'change',
  'check',
  'consider',
  'cover',
  'decide',
  'deploy',
  'drop',
  'end',
  'enjoy',
  'expect',
  'fail',
  'finish',
  'fit',
  'fix',
  'handle',
  'happen',
  'hate',
  'help',
  'improve',
  'join',
  'land',
  'like',
  'look',
  'love',
  'matter',
  'merge',
  'mind',
  'move',
  'need',
  'own',
  'pair',
  'pass',
  'plan',
  'prefer',
  'release',
  'remember',
  'review',
  'revert',
  'scale',
  'seem',
  'ship',
  'slow',
  'sound',
  'start',
  'stay',
  'stop',
  'support',
  'talk',
  'test',
  'try',
  'turn',
  'use',
  'wait',
  'want',
  'work',
]);

const BASE_OF_IRREGULAR = new Map<string, string>();
const PAST_OF_IRREGULAR = new Map<string, string>();
for (const [base, past, participle] of IRREGULAR) {
  BASE_OF_IRREGULAR.set(past, base);
  BASE_OF_IRREGULAR.set(participle, base);
  PAST_OF_IRREGULAR.set(base, past);
}
BASE_OF_IRREGULAR.set('were', 'be');
BASE_OF_IRREGULAR.set('learned', 'learn');
BASE_OF_IRREGULAR.set('gotten', 'get');

const VOWELS = 'aeiou';

/** The -ing form: "make" → "making", "get" → "getting", "see" → "seeing". */
export function gerund(base: string): string {
  const b = base.toLowerCase();
  if (b === 'be') return 'being';
  if (b.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (DOUBLING.has(b)) return `${base}${base[base.length - 1]}ing`;
  if (
    b.endsWith('e') &&
    !b.endsWith('ee') &&
    !b.endsWith('ye') &&
    !b.endsWith('oe') &&
    b.length > 2
  )
    return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

/** The simple past: "go" → "went", "ask" → "asked", "try" → "tried". */
export function pastTense(base: string): string {
  const b = base.toLowerCase();
  const irregular = PAST_OF_IRREGULAR.get(b);
  if (irregular) return irregular;
  if (b.endsWith('e')) return `${base}d`;
  if (b.endsWith('y') && b.length > 1 && !VOWELS.includes(b[b.length - 2]))
    return `${base.slice(0, -1)}ied`;
  if (DOUBLING.has(b)) return `${base}${base[base.length - 1]}ed`;
  return `${base}ed`;
}

/** The third person singular: "go" → "goes", "have" → "has", "try" → "tries". */
export function thirdPerson(base: string): string {
  const b = base.toLowerCase();
  if (b === 'have') return 'has';
  if (b === 'be') return 'is';
  if (b === 'do' || b === 'go') return `${base}es`;
  if (/(s|sh|ch|x|z)$/.test(b)) return `${base}es`;
  if (b.endsWith('y') && b.length > 1 && !VOWELS.includes(b[b.length - 2]))
    return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** True for a word that looks like a past participle ("fixed", "been", "written"). */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return BASE_OF_IRREGULAR.has(w) || (w.length > 3 && w.endsWith('ed'));
}

/** The base of a past tense or participle ("went" → "go", "tried" → "try"), or undefined. */
export function baseOf(word: string): string | undefined {
  const w = word.toLowerCase();
  const irregular = BASE_OF_IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length <= 3 || !w.endsWith('ed')) return undefined;
  const stem = w.slice(0, -2);
  if (BASE_VERBS.has(w.slice(0, -1))) return w.slice(0, -1);
  if (BASE_VERBS.has(stem)) return stem;
  if (w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  const last = stem[stem.length - 1];
  if (stem.length > 2 && last === stem[stem.length - 2] && DOUBLING.has(stem.slice(0, -1)))
    return stem.slice(0, -1);
  if (/[^aeiou][aeiou][cgsvz]$/.test(stem) || /(at|iz|is|ur|ag|ov)$/.test(stem)) return `${stem}e`;
  return stem;
}
