import * as path from 'node:path';
import { problem, type Problem } from '../core/problem';
import { validateRecord } from '../core/records/validateRecord';
import { listRecordFiles, listRelationships } from './listRecordFiles';
import { readRecordFile, unreadable } from './recordFiles';
import * as fs from 'node:fs';

/** The outcome of validating records on disk. */
export interface ValidationReport {
  files: number;
  problems: Problem[];
}

/**
 * Validates every records file under the root (or one relationship's). Problems name files
 * relative to `base` with "/" separators.
 */
export function validateRecords(root: string, base: string, slug?: string): ValidationReport {
  const rels = listRecordFiles(root, slug);
  const problems: Problem[] = [];
  const display = (rel: string) =>
    path.relative(base, path.join(root, rel)).split(path.sep).join('/');
  for (const rel of rels) {
    const name = display(rel);
    try {
      const read = readRecordFile(path.join(root, rel), name);
      if (!read.ok) problems.push(read.problem);
      else problems.push(...validateRecord(name, rel, read.value.text));
    } catch (e) {
      problems.push(unreadable(name, e));
    }
  }
  for (const s of slug ? [slug] : listRelationships(root)) {
    if (!fs.existsSync(path.join(root, s, 'plan.md'))) {
      problems.push(
        problem(
          display(s),
          1,
          1,
          'warning',
          'missing-plan',
          `Relationship folder "${s}" has no plan.md.`,
        ),
      );
    }
  }
  return { files: rels.length, problems };
}
