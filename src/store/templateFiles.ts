import * as path from 'node:path';
import { decodeRecordBytes } from '../core/text/decode';
import { readRegularFile } from './readRegularFile';

/**
 * A team's override of a built-in template, `<root>/templates/<name>`, or the built-in text when
 * there is none. A template that is a link, not a regular file, too large or leads to a private
 * note is refused with an error naming it, never followed: its text goes into shared records.
 */
export function readTemplate(
  root: string,
  name: 'plan.md' | 'session.md',
  builtin: string,
): string {
  const file = path.join(root, 'templates', name);
  const shownName = `templates/${name}`;
  const read = readRegularFile(root, file);
  if (!read.ok) {
    if (read.reason === 'missing') return builtin;
    throw new Error(`Template ${shownName} ${read.message}.`);
  }
  const decoded = decodeRecordBytes(shownName, read.bytes);
  if (!decoded.ok) throw new Error(`Template ${shownName}: ${decoded.problem.message}`);
  return decoded.value.text;
}
