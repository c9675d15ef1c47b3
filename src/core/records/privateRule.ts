import { detectEol } from '../text/lines';
import type { TextEdit } from '../text/textEdit';

/** The .gitignore rule that keeps every relationship's private notes out of git. */
export const PRIVATE_RULE = '*/private/';

/** The edit that adds the private rule to a records .gitignore, or none when it is there. */
export function privateRuleEdits(gitignore: string): TextEdit[] {
  if (gitignore.split(/\r?\n/).some((l) => l.trim() === PRIVATE_RULE)) return [];
  const eol = detectEol(gitignore);
  const sep = gitignore === '' || /\n$/.test(gitignore) ? '' : eol;
  return [{ start: gitignore.length, end: gitignore.length, text: `${sep}${PRIVATE_RULE}${eol}` }];
}
