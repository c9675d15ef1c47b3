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
  // Words are runs of a-z and 0-9 in the lower-cased subject, cut out whole (no string per character).
  const lower = subject.toLowerCase();
  let start = -1;
  let previous = '';
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      start = -1;
      if (FIX_WORDS.has(word)) return true;
      if (ADDRESS_WORDS.has(previous) && REVIEW_WORDS.has(word)) return true;
      previous = word;
    }
  }
  return false;
}
