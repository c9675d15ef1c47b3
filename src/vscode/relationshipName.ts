import type { RelationshipRecords } from '../core/records/relationship';
import type { RelationshipRef } from './recordsLocator';

/**
 * The name people read for a relationship: the mentee's name from the plan (or the group's),
 * else the folder's slug; with the workspace folder's name when another folder holds the same
 * slug. Slugs stay in paths; people see names.
 */
export function relationshipName(
  ref: RelationshipRef,
  rel: Pick<RelationshipRecords, 'plan'> | undefined,
  all: readonly RelationshipRef[],
): string {
  const name = rel?.plan?.mentee?.trim() || ref.slug;
  const twin = all.some(
    (r) => r.slug === ref.slug && r.folder.uri.toString() !== ref.folder.uri.toString(),
  );
  return twin ? `${name} (${ref.folder.name})` : name;
}
