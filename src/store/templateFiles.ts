import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeRecordBytes } from '../core/text/decode';

/** A team's override of a built-in template, `<root>/templates/<name>`, or the built-in text. */
export function readTemplate(
  root: string,
  name: 'plan.md' | 'session.md',
  builtin: string,
): string {
  const file = path.join(root, 'templates', name);
  if (!fs.existsSync(file)) return builtin;
  const decoded = decodeRecordBytes(file, fs.readFileSync(file));
  if (!decoded.ok) throw new Error(`Template ${file}: ${decoded.problem.message}`);
  return decoded.value.text;
}
