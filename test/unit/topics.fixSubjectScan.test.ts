// isFixSubject reads a subject's words by index instead of building them a character at a time;
// this checks it against the character-by-character rule it replaced, on random subjects.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { isFixSubject } from '../../src/core/topics/isFixSubject';

const FIX =
  'fix fixes fixed fixing hotfix bugfix bug bugs regression revert reverts reverted reverting again typo typos oops';
const FIX_WORDS = new Set(FIX.split(' '));
const ADDRESS = new Set(['address', 'addressed', 'addresses', 'addressing']);
const REVIEW = new Set(['review', 'reviews', 'feedback', 'comments']);

function byCharacters(subject: string): boolean {
  if (['fixup! ', 'squash! ', 'amend! '].some((p) => subject.startsWith(p))) return true;
  let word = '';
  let previous = '';
  for (const ch of subject.toLowerCase() + ' ') {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) word += ch;
    else if (word !== '') {
      if (FIX_WORDS.has(word)) return true;
      if (ADDRESS.has(previous) && REVIEW.has(word)) return true;
      previous = word;
      word = '';
    }
  }
  return false;
}

describe('topics: fix-like subjects, read by index', () => {
  it('says what the character-by-character rule says for any subject', () => {
    const words = fc.constantFrom(
      'Fix',
      'fixes',
      'BUG',
      'address',
      'Addressed',
      'review',
      'feedback',
      'prefix',
      'fixture',
      'İ',
      'ß',
      '😀',
      '2fix',
      'fixup!',
      'amend! ',
      'pool',
    );
    const seps = fc.constantFrom(' ', '-', ':', '/', '_', '\u00e9', '', '  ');
    const subjects = fc
      .array(fc.tuple(words, seps), { maxLength: 8 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(subjects, (s) => {
        assert.equal(isFixSubject(s), byCharacters(s), s);
      }),
      { seed: 20261204, numRuns: 500 },
    );
  });
});
