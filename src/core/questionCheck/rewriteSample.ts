// The suggestions that are judged by reading (test/fixtures/question-eval/rewrite-judgement.tsv):
// every suggestion the checker makes on the evaluation set, plus a fixed-seed sample from the
// regression corpus. Pure, so the unit tier can check that the judged file still matches what
// the checker says (a changed rewrite must be judged again) and the bench can print the rate.

/** One suggestion to judge: the question, the suggestion, and whether it is a rewrite or from the bank. */
export interface SuggestionToJudge {
  /** eval: tuning and held-out; corpus: the regression corpus sample; leading: the leading set. */
  set: 'eval' | 'corpus' | 'leading';
  question: string;
  suggestion: string;
  from: 'rewrite' | 'bank';
}

/** A judged suggestion: each of the three tests of issue 17, by reading. */
export interface JudgedSuggestion extends SuggestionToJudge {
  grammatical: boolean;
  faithful: boolean;
  passesChecker: boolean;
  note: string;
}

/** How many suggestions of the regression corpus join the sample. */
export const CORPUS_SAMPLE = 20;

/** Mulberry32: a small seeded generator, so the sample is the same on every machine. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` items of `list` chosen with the seed, kept in list order. */
export function seededSample<T>(list: readonly T[], count: number, seed = 17): T[] {
  const next = seeded(seed);
  return list
    .map((item, i) => ({ item, i, key: next() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, count)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.item);
}

/** Parses the judgement file: set, question, suggestion, from, grammatical, faithful, passes, note. */
export function parseJudgements(text: string): JudgedSuggestion[] {
  const out: JudgedSuggestion[] = [];
  const yes = (s: string) => {
    if (s !== 'yes' && s !== 'no') throw new Error(`bad judgement "${s}"`);
    return s === 'yes';
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [set, question, suggestion, from, g, f, p, note = ''] = line.split('\t');
    const known = set === 'eval' || set === 'corpus' || set === 'leading';
    if (!known || (from !== 'rewrite' && from !== 'bank') || !p)
      throw new Error(`bad judgement row: ${line}`);
    out.push({
      set,
      question,
      suggestion,
      from,
      grammatical: yes(g),
      faithful: yes(f),
      passesChecker: yes(p),
      note,
    });
  }
  return out;
}

/** The share of judged suggestions that are grammatical, faithful and pass the checker. */
export function acceptance(judged: readonly JudgedSuggestion[]): number {
  if (judged.length === 0) return NaN;
  return (
    judged.filter((j) => j.grammatical && j.faithful && j.passesChecker).length / judged.length
  );
}

/**
 * What is judged: every suggestion `suggest` makes for the evaluation questions, in order, then
 * a seeded sample of CORPUS_SAMPLE of those it makes for the regression corpus, then every one
 * it makes for the leading set's questions.
 */
export function suggestionsToJudge(
  evalQuestions: readonly string[],
  corpusQuestions: readonly string[],
  suggest: (question: string) => readonly { text: string; from: 'rewrite' | 'bank' }[],
  leadingQuestions: readonly string[] = [],
): SuggestionToJudge[] {
  const of = (set: SuggestionToJudge['set'], questions: readonly string[]) =>
    questions.flatMap((question) =>
      suggest(question).map((o) => ({ set, question, suggestion: o.text, from: o.from })),
    );
  return [
    ...of('eval', evalQuestions),
    ...seededSample(of('corpus', corpusQuestions), CORPUS_SAMPLE),
    ...of('leading', leadingQuestions),
  ];
}
