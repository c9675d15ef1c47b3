import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RelationshipRecords } from '../core/records/relationship';
import { listRelationships } from './listRecordFiles';
import { loadRelationship } from './loadRelationship';

/**
 * Reads every relationship under the records root: each folder with a plan.md (a file, not a
 * link), by name. A folder without one is not a relationship (a stray folder, an unfinished init).
 */
export function loadRelationships(root: string): RelationshipRecords[] {
  return listRelationships(root)
    .filter((slug) => isPlainFile(path.join(root, slug, 'plan.md')))
    .map((slug) => loadRelationship(root, slug));
}

function isPlainFile(file: string): boolean {
  try {
    return fs.lstatSync(file).isFile();
  } catch {
    return false;
  }
}
