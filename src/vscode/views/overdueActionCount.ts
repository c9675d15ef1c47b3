import { toIsoDate } from '../../core/dates';
import { listActions } from '../../core/records/actionList';
import type { RecordsLocator } from '../recordsLocator';
import { loadRelationship } from '../relationshipLoader';

/** Open action items past their due date, over every relationship: the views' badge. */
export async function overdueActionCount(locator: RecordsLocator, now: Date): Promise<number> {
  const today = toIsoDate(now);
  let count = 0;
  for (const ref of await locator.relationships()) {
    const rel = await loadRelationship(ref);
    count += listActions(rel, today).filter((a) => a.overdue).length;
  }
  return count;
}
