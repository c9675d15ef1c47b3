import * as fs from 'node:fs';
import * as path from 'node:path';
import { RECORDS_GITIGNORE } from '../core/templates/builtinTemplates';
import { atomicWrite } from './atomicWrite';

/** The rule that keeps private notes out of git. */
export const PRIVATE_RULE = '*/private/';

/**
 * Makes sure `<root>/.gitignore` keeps private notes out of git: creates it, or appends the rule
 * (leaving every other line as it is) when someone removed it. Returns whether it wrote.
 */
export function ensureRecordsGitignore(root: string): boolean {
  const file = path.join(root, '.gitignore');
  if (!fs.existsSync(file)) {
    atomicWrite(file, new TextEncoder().encode(RECORDS_GITIGNORE));
    return true;
  }
  const text = fs.readFileSync(file, 'utf8');
  if (text.split(/\r?\n/).some((l) => l.trim() === PRIVATE_RULE)) return false;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const sep = text === '' || text.endsWith('\n') ? '' : eol;
  atomicWrite(file, new TextEncoder().encode(`${text}${sep}${PRIVATE_RULE}${eol}`));
  return true;
}
