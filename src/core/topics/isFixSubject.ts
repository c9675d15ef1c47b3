/** Words of a subject that say it corrects something. */
const FIX_WORDS = new Set([
  'fix',
  'fixes',
  'fixed',
  'fixing',
  'hotfix',
  'bugfix',
  'bug',
  'bugs',
  'regression',
  'revert',
  'reverts',
  'reverted',
  'reverting',
  'again',
  'typo',
  'typos',
  'oops',
]);

/** "address review", "addressed review comments", "address feedback". */
const ADDRESS_WORDS = new Set(['address', 'addressed', 'addresses', 'addressing']);
const REVIEW_WORDS = new Set(['review', 'reviews', 'feedback', 'comments']);

/** Prefixes git's autosquash gives commits that correct an earlier one. */
const AUTOSQUASH_PREFIXES = ['fixup! ', 'squash! ', 'amend! '];

/**
 * True for a commit whose subject says it corrects something: fixup!/squash!/amend!, a fix or
 * revert word, "again", "typo", "oops", or "address review" (words, not "prefix" or "fixture").
 */
export function isFixSubject(subject: string): boolean {
  if (AUTOSQUASH_PREFIXES.some((p) => subject.startsWith(p))) return true;
  let word = '';
  let previous = '';
  for (const ch of subject.toLowerCase() + ' ') {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      word += ch;
    } else if (word !== '') {
      if (FIX_WORDS.has(word)) return true;
      if (ADDRESS_WORDS.has(previous) && REVIEW_WORDS.has(word)) return true;
      previous = word;
      word = '';
    }
  }
  return false;
}
