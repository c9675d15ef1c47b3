import { BASE_VERBS } from './verbForms';

// A last check on a rewrite before it is offered. The rewriter builds sentences from parts, and
// a part read wrongly gives word salad ("What obstacles I can remove for do you?"). These are
// the shapes such salad takes; a rewrite with one of them is dropped rather than offered.

const PRONOUN = '(?:i|you|we|they|he|she|it)';
const PATTERNS: readonly RegExp[] = [
  // A do-support auxiliary right after a preposition or a noun: "for do you", "it do you".
  /\b(?:for|to|of|with|about|from|on|in|at|by)\s+(?:do|does|did)\s+(?:you|we|they|i)\b/i,
  // A subject and an auxiliary followed at once by a preposition: "do you from getting".
  new RegExp(
    `\\b(?:do|does|did)\\s+${PRONOUN}\\s+(?:from|for|of|with|to|at|by|down|up|out|off|can|could|will|would|should|must|may|might)\\b`,
    'i',
  ),
  // A wh-question that never inverts: "What obstacles I can remove ...?".
  new RegExp(
    `^(?:what|which|how)\\s+\\w+\\s+${PRONOUN}\\s+(?:can|could|will|would|should|do|did)\\s+\\w+\\s+(?:for|to)\\s+(?:do|does|did)\\b`,
    'i',
  ),
  // A preposition before an infinitive: "weigh to pair on it", "between to pair and work".
  /\b(?:weigh|between|against|of|for|with)\s+to\s+\w+/i,
  // A state treated as a task: "Where are you with feeling fear?", "go about liking it".
  /\b(?:about|with|on|before)\s+(?:getting|having|being|seeing|feeling|liking|loving|enjoying|wanting|needing|knowing|believing|understanding|remembering|recalling|minding|caring|preferring|hoping|wishing|fearing|worrying)\b/i,
  // An object pronoun as a subject: "How would them play out?".
  /\b(?:would|will|does|did|do|is|are|was|were)\s+(?:them|me|us|him|her)\s+(?!\w+ing\b)(?:play|go|work|look|be|feel)\b/i,
  // A preposition before an adjective that needs "being": "about willing to share".
  /\b(?:about|before|on|with|of|against)\s+(?:willing|able|likely|ready|happy|keen|allowed)\b/i,
  // A sentence that stops on a conjunction or an article: "...provide hardware and?". (A
  // stranded preposition, "What would you like help with?", is good English.)
  /\b(?:and|or|the|a|an)\s*\?$/i,
  // A gerund with a clause for its object: "What does feeling you're getting enough ... look like".
  /\bfeeling (?:you|we|they|i|he|she)\b/i,
  // A phrase said twice: "on your mind on your mind".
  /\b(\w+ \w+ \w+) \1\b/i,
  // A comparative read as the noun: "What higher do you have level documentation?".
  /^What \w+er do\b/i,
  // The same word twice: "you you", "the the".
  /\b(\w+)\s+\1\b/i,
  // "go about feeling": a feeling is not something one goes about.
  /\bgo(?:ing)? about (?:feeling|being|having|seeming|needing|wanting)\b/i,
  // Two auxiliaries in a row with nothing between: "do did", "is are".
  /\b(?:do|does|did|is|are|was|were)\s+(?:do|does|did|is|are|was|were)\b/i,
  // An empty slot left by a failed part.
  /\s[,?]|\(\s*\)|\bundefined\b/i,
];

/**
 * Shapes that read well but lose what was asked: a choice between two things that were never
 * alternatives ("weigh any problems against issues"), a pronoun standing in for the whole
 * subject ("What do you make of them?").
 */
const UNFAITHFUL: readonly RegExp[] = [
  // A how-question that keeps a verdict of sufficiency: "How is QA receiving enough details?".
  /^How\b[^?]*\benough\b/i,
  // "Is it something you'd use?" is not "How is it something you'd use?".
  /^How (?:is|are|was|were)\b[^?]*\bsomething\b/i,
  // "Are you happy here?" is not "What would help you feel happy here?": it presumes they are not.
  /^What would help \w+ feel\b/i,
  // "Do you have the tools?" is not "What does having the tools look like for you?".
  /^What does (?:having|feeling|being|understanding|knowing|remembering)(?: [^?]*)? look like\b/i,
  // "Did we make it easier?" is not "How did we go about making it easier?": it presumes it was.
  /\bgo(?:ing)? about making\b[^?]*\b(?:\w+ier|better|worse|simpler|clearer|faster|safer|more|less)\b/i,
  // "any" belongs to yes/no questions: "How do you go about using any tools?".
  /\b\w+ing any\b/i,
  // A follow-up that only fits a yes: "What else would you change, and if so, why?".
  /\bif so\b/i,
  // A state that is there or not, asked about by degree: "How possible is...?", "What is ready
  // about X, and what isn't?", "How is the company willing to...?".
  /^(?:How|What is|What was) (?:ready|done|possible|available|finished|complete|willing|able|allowed|open)\b/i,
  /^How (?:is|are|was|were)\b[^?]*\b(?:willing|able|allowed) to\b/i,
  // "always" turned from a question of whether into one of how: "How are the rooms always...?".
  /^How (?:is|are|was|were|do|does|did)\b[^?]*\balways\b/i,
  /^How do you weigh\b|\bwhen choosing between\b/i,
  /\bmake of (?:it|them|that|this|those|these)\?$/i,
];

/** False when a sentence has one of the shapes a misread rewrite takes; true otherwise. */
export function looksGrammatical(sentence: string): boolean {
  return (
    !PATTERNS.some((p) => p.test(sentence)) &&
    !UNFAITHFUL.some((p) => p.test(sentence)) &&
    !halfGerund(sentence) &&
    balancedMarks(sentence)
  );
}

/**
 * A rewrite built from words can cut a quoted or code span in half ("naming this `:user_id?"):
 * backticks and straight double quotes must come in pairs.
 */
function balancedMarks(sentence: string): boolean {
  const count = (c: string) => sentence.split(c).length - 1;
  return (
    count('`') % 2 === 0 &&
    count('"') % 2 === 0 &&
    count('[') === count(']') &&
    count('(') === count(')')
  );
}

/** "tracking and discuss": two coordinated verbs of which only the first became a gerund. */
function halfGerund(sentence: string): boolean {
  const re = /\b\w+ing and (\w+)\b/gi;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const second = m[1].toLowerCase();
    if (!second.endsWith('ing') && BASE_VERBS.has(second)) return true;
  }
  return false;
}
