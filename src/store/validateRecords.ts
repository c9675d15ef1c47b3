import * as path from 'node:path';
import { problem, type Problem } from '../core/problem';
import { validateRecord } from '../core/records/validateRecord';
import { listRecordFiles, listRelationships } from './listRecordFiles';
import { readTeamConfig } from './readTeamConfig';
import { readRecordFile, unreadable } from './recordFiles';
import * as fs from 'node:fs';
import { TEAM_CONFIG_FILE } from '../core/settings/teamConfig';
import { t } from '../core/l10n';

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
    problems.push(...validateRecordFile(root, rel, display(rel)));
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
          t('Relationship folder "{0}" has no plan.md.', s),
        ),
      );
    }
  }
  // The team's config.yml shapes every relationship's records: checked with the whole root.
  let files = rels.length;
  if (!slug && fs.existsSync(path.join(root, TEAM_CONFIG_FILE))) {
    files++;
    // Read as the settings are read: a link is refused, not followed.
    problems.push(...readTeamConfig(root, display(TEAM_CONFIG_FILE)).problems);
  }
  return { files, problems };
}

/**
 * The problems of one records file on disk (`rel` relative to the root), named `name`; a file
 * that cannot be read is one problem, not an exception.
 */
export function validateRecordFile(root: string, rel: string, name: string): Problem[] {
  try {
    const read = readRecordFile(root, path.join(root, rel), name);
    return read.ok ? validateRecord(name, rel, read.value.text) : [read.problem];
  } catch (e) {
    return [unreadable(name, e)];
  }
}
