// Shapes of questions that the first word does not give away: wh-questions that lead or that ask
// for one fact, advice in the form of a yes/no question, a yes/no question after a preamble and
// a wh-question with a yes/no question tucked in after "and". Each function names the general
// pattern it matches; all of them look at a bounded number of words from a given position.
import { AUXILIARIES, NEGATIVE_AUXILIARIES, SUBJECT_PRONOUNS, WH_WORDS } from './questionWords';
import { BASE_VERBS, baseOf } from './verbForms';

/** What a wh-question turned out to be, and where its loaded part or option starts. */
export interface WhShape {
  kind: 'leading' | 'closed' | 'closed-factual';
  form: 'negative-why' | 'wrong-with' | 'premise' | 'double' | 'factual' | 'advice';
  /** The words that carry the premise or the judgement, for the finding's "why" line. */
  loaded?: string;
  /** For advice, where the offered option starts (after "why don't you", "what do you think about"). */
  optionAt?: number;
}

/** Comparatives after "how much" / "how far": "How much better is it?" takes "better" for granted. */
const COMPARATIVES = new Set([
  'better',
  'worse',
  'easier',
  'harder',
  'faster',
  'slower',
  'safer',
  'simpler',
  'cleaner',
  'clearer',
  'quicker',
  'nicer',
  'more',
  'less',
]);

/** Verbs of benefit after "how much did/does X ...": "How much did the tests help?". */
const BENEFIT = new Set([
  'help',
  'helped',
  'improve',
  'improved',
  'matter',
  'mattered',
  'benefit',
  'benefited',
  'pay',
]);

/**
 * Words in a why-question that build a judgement into it: "Why is it so slow?", "Why is it taking
 * too long?", "Why do you always...". ("keeps", "still" describe what happens, not a verdict.)
 */
const LOADED_IN_WHY = new Set(['so', 'too', 'always', 'never']);

/**
 * Verbs that, in a why-question about "you", carry the verdict: "Why did you ignore the review
 * comments?", "Why do you keep missing standup?". About a thing ("Why did the build fail?") they
 * are honest questions, so they count only with "you" as the subject.
 */
const VERDICT_VERBS = new Set([
  'ignore',
  'ignored',
  'ignoring',
  'skip',
  'skipped',
  'skipping',
  'forget',
  'forgot',
  'forgetting',
  'miss',
  'missed',
  'missing',
  'rush',
  'rushed',
  'rushing',
  'neglect',
  'neglected',
  'refuse',
  'refused',
  'avoid',
  'avoided',
  'avoiding',
  'keep',
  'fail',
  'failed',
  'insist',
  'insisted',
  'bother',
]);

/** Evaluative words right after "how" that answer the question for them: "How helpful was it?". */
const LOADED_AFTER_HOW = new Set([
  'helpful',
  'useful',
  'great',
  'amazing',
  'awesome',
  'wonderful',
  'brilliant',
  'bad',
  'terrible',
  'awful',
  'horrible',
  'frustrating',
  'annoying',
  'confusing',
  'painful',
  'stressful',
  'frustrated',
  'annoyed',
  'upset',
  'angry',
  'disappointed',
  'embarrassed',
  'worried',
]);

/** Verbs of feeling strongly that a "what did you ... about" question presupposes. */
const PRESUMED_FEELING = new Set(['love', 'loved', 'hate', 'hated', 'adore', 'adored']);

/** Openers of a short factual answer: "How many", "How long", "How often"... */
const HOW_FACTUAL = new Set(['many', 'long', 'often', 'old', 'big', 'soon', 'quickly', 'much']);

/** Nouns that, in "What is the NOUN?", ask for a fact rather than a view. */
const FACT_NOUNS = new Set([
  'policy',
  'ratio',
  'percentage',
  'number',
  'deadline',
  'date',
  'budget',
  'status',
  'name',
  'size',
  'schedule',
  'hours',
  'stage',
  'layout',
  'salary',
  'price',
  'cost',
  'version',
  'url',
  'link',
  'eta',
  'plan',
]);

/**
 * Adverbs of certainty that assert what a question only seems to ask: "Why did you use threads
 * when there's obviously no benefit?", "Isn't it clearly broken?". Whatever the shape of the
 * question, the asker has already given the answer.
 */
export const CERTAINTY_ADVERBS: ReadonlySet<string> = new Set([
  'obviously',
  'clearly',
  'evidently',
  'undoubtedly',
  'plainly',
]);

/** The index of a certainty adverb ("obviously", "of course") in [from, end), or undefined. */
export function certaintyAt(
  lower: readonly string[],
  from: number,
  end: number,
): number | undefined {
  for (let i = from; i < end; i++) {
    if (CERTAINTY_ADVERBS.has(lower[i])) return i;
    if (lower[i] === 'of' && lower[i + 1] === 'course' && i > from) return i;
  }
  return undefined;
}

/** A gerund that can name a course of action ("splitting", "using"), not "something" or "morning". */
export function isActionGerund(w: string | undefined): boolean {
  return w !== undefined && w.endsWith('ing') && w.length > 4 && !NOT_GERUND.has(w);
}

const MODALS = new Set(['could', 'would', 'might', 'should', 'can', 'may', "could've", "would've"]);
const BE = new Set(['is', 'are', 'was', 'were', "'s"]);
const WHAT_IS = new Set(["what's", 'whats']);
const WHO = new Set(['who', 'whom', "who's", 'whose']);
const WHEN = new Set(['when', "when's"]);
const REASON_WORDS = new Set(['why', 'how', 'what', 'which']);

/**
 * Judges a wh-question that starts at `k` (the wh-word) and runs to `end`. Undefined means an
 * ordinary open question. Order matters: a leading shape wins over a factual one.
 */
export function whShape(lower: readonly string[], k: number, end: number): WhShape | undefined {
  const w = lower[k];
  const a = lower[k + 1];
  const b = lower[k + 2];
  // "What do you think about using a custom validator here?", "What do you think of X instead of
  // Y?", "How about pairing on it?": a course of action offered for approval. ("What do you think
  // about the new process?" asks for a view of something that exists, so a gerund or "instead"
  // must name the option.)
  const aboutAt =
    w === 'what' && a === 'do' && b === 'you' && lower[k + 3] === 'think'
      ? k + 4
      : (w === 'how' || w === 'what') && a === 'about'
        ? k + 1
        : undefined;
  if (aboutAt !== undefined && (lower[aboutAt] === 'about' || lower[aboutAt] === 'of')) {
    const option = aboutAt + 1;
    const offered = isActionGerund(lower[option]) || lower.slice(option, end).includes('instead');
    if (offered && option < end)
      return {
        kind: 'leading',
        form: 'advice',
        loaded: lower.slice(k, option).join(' '),
        optionAt: option,
      };
  }
  // "What if you tried pairing on it?", "What if we just asked Sam?": a technique offered as a
  // supposition, as "Have you tried...?" offers it. Other suppositions invite them to imagine
  // ("What if you led the next review?", "What if we swapped roles?") and stay open.
  if (w === 'what' && a === 'if' && (b === 'you' || b === 'we')) {
    const v = lower[k + 3];
    const hedge = v === 'just' || v === 'simply' || v === 'instead';
    const tried = v === 'tried' || v === 'considered';
    if ((tried || (hedge && lower[k + 4] !== undefined && baseOf(lower[k + 4]))) && k + 4 < end)
      return { kind: 'leading', form: 'advice', loaded: `what if ${b} ${v}`, optionAt: k + 4 };
  }
  // "Why did you use threads when there's obviously no benefit?": the answer is asserted.
  const sure = certaintyAt(lower, k + 1, end);
  if (sure !== undefined)
    return {
      kind: 'leading',
      form: 'premise',
      loaded: lower[sure] === 'of' ? 'of course' : lower[sure],
    };
  // "Why didn't you ask sooner?": the question asks for a defence of what was not done. About a
  // thing ("Why isn't it working?") it is an honest question.
  if (w === 'why' && a !== undefined && NEGATIVE_AUXILIARIES.has(a) && (b === 'you' || b === 'u')) {
    // "Why don't you just ask Sam?" is a suggestion, not a reproach.
    if (a === "don't" || a === 'dont')
      return { kind: 'leading', form: 'advice', loaded: `why ${a} you` };
    return { kind: 'leading', form: 'negative-why', loaded: `why ${a} you` };
  }
  // ("Why do you think they keep ...?" asks for their reading, so a verb of opinion stops it.)
  const opinion = ['think', 'believe', 'feel', 'reckon', 'suppose'].includes(lower[k + 3] ?? '');
  if (
    w === 'why' &&
    a !== undefined &&
    AUXILIARIES.has(a) &&
    (b === 'you' || b === 'u') &&
    !opinion
  ) {
    for (let i = k + 3; i < Math.min(end, k + 6); i++)
      if (VERDICT_VERBS.has(lower[i]))
        return { kind: 'leading', form: 'premise', loaded: lower[i] };
  }
  if (w === "why's" || (w === 'why' && a !== 'not')) {
    for (let i = k + 1; i < end; i++)
      if (LOADED_IN_WHY.has(lower[i]) && !(lower[i] === 'so' && lower[i + 1] === 'that'))
        return { kind: 'leading', form: 'premise', loaded: lower[i] };
  }
  // "What's wrong with just doing it the old way?": it argues that nothing is.
  if (
    (WHAT_IS.has(w) && ['wrong', 'bad'].includes(a ?? '') && b === 'with') ||
    (w === 'what' && a === 'is' && b === 'wrong' && lower[k + 3] === 'with') ||
    (WHAT_IS.has(w) &&
      a === 'the' &&
      ['harm', 'problem'].includes(b ?? '') &&
      lower[k + 3] === 'with') ||
    (WHAT_IS.has(w) && a === 'the' && b === 'harm' && lower[k + 3] === 'in')
  )
    return { kind: 'leading', form: 'wrong-with', loaded: `what's wrong with` };
  if (w === 'how' && (a === 'much' || a === 'far')) {
    if (b !== undefined && COMPARATIVES.has(b))
      return { kind: 'leading', form: 'premise', loaded: `${a} ${b}` };
    for (let i = k + 2; i < Math.min(end, k + 8); i++)
      if (BENEFIT.has(lower[i])) return { kind: 'leading', form: 'premise', loaded: lower[i] };
  }
  if (w === 'how' && a !== undefined && LOADED_AFTER_HOW.has(a))
    return { kind: 'leading', form: 'premise', loaded: a };
  // "What was so great about it?", "What's so hard about asking?": the verdict comes built in.
  if (
    (w === 'what' && a !== undefined && BE.has(a) && b === 'so') ||
    (WHAT_IS.has(w) && a === 'so')
  )
    return {
      kind: 'leading',
      form: 'premise',
      loaded: `so ${lower[w === 'what' ? k + 3 : k + 2] ?? ''}`.trim(),
    };
  if (w === 'what' && a !== undefined && (AUXILIARIES.has(a) || a === 'made')) {
    for (let i = k + 2; i < Math.min(end, k + 5); i++)
      if (PRESUMED_FEELING.has(lower[i]) && lower[i + 1] === 'about')
        return { kind: 'leading', form: 'premise', loaded: lower[i] };
  }
  // "What kind of events do you host and are they open to everyone?": a yes/no question rides along.
  for (let i = k + 1; i + 2 < end; i++) {
    if (
      (lower[i] === 'and' || lower[i] === 'or') &&
      AUXILIARIES.has(lower[i + 1]) &&
      SUBJECT_PRONOUNS.has(lower[i + 2]) &&
      !WH_WORDS.has(lower[i - 1])
    )
      return {
        kind: 'closed',
        form: 'double',
        loaded: `${lower[i]} ${lower[i + 1]} ${lower[i + 2]}`,
      };
  }
  return factualShape(lower, k, end);
}

/** Words in a wh-question that make a list of options after it a choice: "Which do you prefer, ...". */
const CHOICE_CUES = new Set([
  ...COMPARATIVES,
  'which',
  'prefer',
  'prefers',
  'preferred',
  'preference',
  'rather',
  'most',
  'least',
  'favourite',
  'favorite',
]);

/**
 * Where the options start when a wh-question ends in a choice between two it names: "How do you
 * prefer to hear it – publicly or privately?", "Where do you spend more time, A or B?". The
 * question, from `k`, must ask for a preference or a comparison (a cue such as "prefer", "more",
 * "which"), and the options, the whole last part after a comma, dash or colon from `tailFrom`, are
 * "X or Y" with one to four words each side and no verb, question word or pronoun subject of their
 * own. ("What's one thing you'd change, big or small?" asks for any thing: no cue, so open.)
 */
export function choiceOptions(
  lower: readonly string[],
  k: number,
  tailFrom: number,
  end: number,
): number | undefined {
  if (tailFrom <= k + 1 || end - tailFrom < 3 || end - tailFrom > 9) return undefined;
  if (!lower.slice(k, tailFrom).some((x) => CHOICE_CUES.has(x))) return undefined;
  const tail = lower.slice(tailFrom, end);
  const or = tail.indexOf('or');
  if (or < 1 || or > 4 || tail.length - or - 1 < 1 || tail.length - or - 1 > 4) return undefined;
  if (tail.indexOf('or', or + 1) >= 0) return undefined;
  const verbish = (x: string) =>
    AUXILIARIES.has(x) || NEGATIVE_AUXILIARIES.has(x) || WH_WORDS.has(x) || SUBJECT_PRONOUNS.has(x);
  // "Which item do you want to finish, change or drop?": the end of a list of verbs, not options.
  if (tail.some(verbish) || tail[0] === 'and' || BASE_VERBS.has(tail[0])) return undefined;
  return tailFrom;
}

/** "How many...", "When is...", "Who sets...", "What is the policy...": one short fact. */
function factualShape(lower: readonly string[], k: number, end: number): WhShape | undefined {
  const w = lower[k];
  const a = lower[k + 1];
  const rest = lower.slice(k + 1, end);
  const asksReason = rest.some((x) => x === 'why' || x === 'how');
  if (w === 'how' && a !== undefined && HOW_FACTUAL.has(a)) {
    // "How much do you enjoy it?" asks for a degree of feeling, not a fact.
    if (a === 'much' && ['do', 'did', 'does'].includes(lower[k + 2] ?? '')) return undefined;
    return { kind: 'closed-factual', form: 'factual', loaded: `how ${a}` };
  }
  if (WHEN.has(w)) {
    // "When was the last time you..." and "When have you..." ask for a story.
    if (a === 'have' || a === 'has' || a === 'did' || rest.includes('time')) return undefined;
    // "When do you feel most able to speak up?" asks them to reflect; "When is the demo?" does not.
    if (w === "when's" || (a !== undefined && (BE.has(a) || a === 'will')))
      return { kind: 'closed-factual', form: 'factual', loaded: 'when' };
  }
  // "Who could help you?" asks them to think of people: a modal makes it hypothetical, and open.
  if (WHO.has(w) && !asksReason && !rest.includes('what') && !rest.some((x) => MODALS.has(x)))
    return { kind: 'closed-factual', form: 'factual', loaded: w };
  if ((WHAT_IS.has(w) || (w === 'what' && a !== undefined && BE.has(a))) && !asksReason) {
    const from = WHAT_IS.has(w) ? k + 1 : k + 2;
    if (lower[from] === 'the' && end - from <= 5) {
      for (let i = from + 1; i < end; i++)
        if (FACT_NOUNS.has(lower[i]) && i + 1 >= end)
          return { kind: 'closed-factual', form: 'factual', loaded: lower[i] };
    }
  }
  return undefined;
}

/** Verbs whose object, after "have you" / "did you", is an option being offered. */
const ADVICE_ANY_OBJECT = new Set(['tried', 'try', 'considered', 'consider']);
/** Verbs that offer an option only with a gerund after them: "thought about splitting it?". */
const ADVICE_GERUND_ONLY = new Map([
  ['thought', ['about', 'of']],
  ['think', ['about', 'of']],
  ['looked', ['at', 'into']],
  ['look', ['at', 'into']],
]);
const NOT_GERUND = new Set([
  'anything',
  'something',
  'nothing',
  'everything',
  'thing',
  'bring',
  'during',
  'morning',
  'evening',
]);
const HELP_VERBS = new Set(['help', 'make', 'be', 'work']);

/**
 * Advice in the form of a yes/no question, starting at the auxiliary `k`: "Have you considered
 * splitting it up?", "Did you try a feature flag?", "Could you just ask Sam?", "Would it help to
 * pair on it?". Returns the index where the offered option starts, or undefined.
 */
export function adviceOption(lower: readonly string[], k: number, end: number): number | undefined {
  const aux = lower[k];
  const who = lower[k + 1];
  let j = k + 2;
  if (who === 'you' || who === 'we') {
    if (lower[j] === 'ever') return undefined;
    if (
      ['just', 'simply'].includes(lower[j] ?? '') &&
      ['could', 'can', 'should', 'would'].includes(aux)
    )
      return j + 1 < end ? j + 1 : undefined;
    if (lower[j] === 'already' || lower[j] === 'maybe') j++;
    const v = lower[j];
    if (v === undefined) return undefined;
    if (['have', 'did', 'do'].includes(aux) && ADVICE_ANY_OBJECT.has(v)) {
      // "Have you tried it?" offers nothing in particular; it is a plain yes/no question.
      const next = lower[j + 1];
      if (
        next === undefined ||
        ['it', 'that', 'this', 'them', 'anything', 'everything'].includes(next)
      )
        return undefined;
      return j + 1 < end ? j + 1 : undefined;
    }
    const preps = ADVICE_GERUND_ONLY.get(v);
    if (preps && ['have', 'did', 'do'].includes(aux) && preps.includes(lower[j + 1] ?? '')) {
      const g = lower[j + 2];
      if (g !== undefined && g.endsWith('ing') && g.length > 4 && !NOT_GERUND.has(g)) return j + 2;
    }
    return undefined;
  }
  // "Would it help to...", "Would it make sense if you...": an option for them. ("Would it help
  // if I reviewed it?" is an offer of help, a plain yes/no question.)
  // "Would it be better / clearer / more clear if I renamed it?": a comparative verdict on one
  // option, offered for approval, whoever would carry it out.
  if (aux === 'would' && who === 'it' && HELP_VERBS.has(lower[j] ?? '')) {
    const verdict =
      lower[j] === 'be' &&
      (COMPARATIVES.has(lower[j + 1] ?? '') ||
        ((lower[j + 1] === 'more' || lower[j + 1] === 'less') && lower[j + 2] !== undefined));
    for (let i = j + 1; i < Math.min(end, j + 4); i++) {
      if (lower[i] === 'to') return i + 1 < end ? i + 1 : undefined;
      if (lower[i] === 'if') {
        const by = lower[i + 1];
        if (by === 'you' || (verdict && (by === 'i' || by === 'we')))
          return i + 2 < end ? i + 2 : undefined;
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * A yes/no question buried after a preamble with no comma to mark it: "Given last week's outage
 * do you feel ready?". Returns the index of the auxiliary, or undefined. Only a pronoun subject
 * counts, so "The thing is the build" or "what is the plan" do not.
 */
export function buriedAuxiliary(
  lower: readonly string[],
  from: number,
  end: number,
): number | undefined {
  for (let i = from; i + 1 < end; i++) {
    const w = lower[i];
    if (WH_WORDS.has(w) || REASON_WORDS.has(w) || w === 'if' || w === 'whether') return undefined;
    if (i < from + 2 || (!AUXILIARIES.has(w) && !NEGATIVE_AUXILIARIES.has(w))) continue;
    const s = lower[i + 1];
    if (s === 'you' || s === 'we' || s === 'there') {
      const prev = lower[i - 1];
      // "...you think you can...", "the work you do is": a clause, not a question.
      if (SUBJECT_PRONOUNS.has(prev) || prev === 'i' || prev === 'and' || prev === 'or')
        return undefined;
      return i;
    }
  }
  return undefined;
}
