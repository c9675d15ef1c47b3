import * as fs from 'node:fs';
import * as path from 'node:path';
import { privateRuleEdits } from '../core/records/privateRule';
import { RECORDS_GITIGNORE } from '../core/templates/builtinTemplates';
import { applyEdits } from '../core/text/textEdit';
import { atomicWrite, refuseLink } from './atomicWrite';
import { readRegularFile } from './readRegularFile';

/**
 * Makes sure `<root>/.gitignore` keeps private notes out of git: creates it, or appends the rule
 * (leaving every other line as it is) when someone removed it. Returns whether it wrote.
 */
export function ensureRecordsGitignore(root: string): boolean {
  const file = path.join(root, '.gitignore');
  // Checked before reading: a link could point at any file the user can read.
  refuseLink(file);
  if (!fs.existsSync(file)) {
    atomicWrite(file, new TextEncoder().encode(RECORDS_GITIGNORE));
    return true;
  }
  const read = readRegularFile(root, file);
  if (!read.ok) throw new Error(`Refused: ${path.basename(root)}/.gitignore ${read.message}.`);
  const text = new TextDecoder().decode(read.bytes);
  const edits = privateRuleEdits(text);
  if (edits.length === 0) return false;
  atomicWrite(file, new TextEncoder().encode(applyEdits(text, edits)));
  return true;
}
