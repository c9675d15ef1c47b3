// A last check on a rewrite before it is offered. The rewriter builds sentences from parts, and
// a part read wrongly gives word salad ("What obstacles I can remove for do you?"). These are
// the shapes such salad takes; a rewrite with one of them is dropped rather than offered.

const PRONOUN = '(?:i|you|we|they|he|she|it)';
const PATTERNS: readonly RegExp[] = [
  // A do-support auxiliary right after a preposition or a noun: "for do you", "it do you".
  /\b(?:for|to|of|with|about|from|on|in|at|by)\s+(?:do|does|did)\s+(?:you|we|they|i)\b/i,
  // A subject and an auxiliary followed at once by a preposition: "do you from getting".
  new RegExp(`\\b(?:do|does|did)\\s+${PRONOUN}\\s+(?:from|for|of|with|at|by)\\b`, 'i'),
  // A wh-question that never inverts: "What obstacles I can remove ...?".
  new RegExp(
    `^(?:what|which|how)\\s+\\w+\\s+${PRONOUN}\\s+(?:can|could|will|would|should|do|did)\\s+\\w+\\s+(?:for|to)\\s+(?:do|does|did)\\b`,
    'i',
  ),
  // A preposition before an infinitive: "weigh to pair on it", "between to pair and work".
  /\b(?:weigh|between|against|of|for|with)\s+to\s+\w+/i,
  // A state treated as a task: "Where are you with feeling fear?", "go about liking it".
  /\b(?:about|with|on)\s+(?:feeling|liking|loving|enjoying|wanting|needing|knowing|believing|understanding|minding|caring|preferring|hoping|wishing|fearing|worrying)\b/i,
  // The same word twice: "you you", "the the".
  /\b(\w+)\s+\1\b/i,
  // "go about feeling": a feeling is not something one goes about.
  /\bgo(?:ing)? about (?:feeling|being|having|seeming|needing|wanting)\b/i,
  // Two auxiliaries in a row with nothing between: "do did", "is are".
  /\b(?:do|does|did|is|are|was|were)\s+(?:do|does|did|is|are|was|were)\b/i,
  // An empty slot left by a failed part.
  /\s[,?]|\(\s*\)|\bundefined\b/i,
];

/** False when a sentence has one of the shapes a misread rewrite takes; true otherwise. */
export function looksGrammatical(sentence: string): boolean {
  return !PATTERNS.some((p) => p.test(sentence));
}
