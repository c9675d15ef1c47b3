import { setGoalStatus as setStatusEdit } from '../core/edits/setGoalStatus';
import { done, failed, type Outcome } from './outcome';
import type { RecordsPort } from './ports';
import { t } from '../core/l10n';

/** Set a goal's status in a plan (relative to the records root). */
export interface SetGoalStatusRequest {
  plan: string;
  goalId: string;
  status: string;
}

/** Sets a goal's status (active, achieved, paused, dropped); only the status value changes. */
export async function setGoalStatus(
  request: SetGoalStatusRequest,
  ports: { records: RecordsPort },
): Promise<Outcome<{ status: string }>> {
  if (!/^[^/]+\/plan\.md$/.test(request.plan))
    return failed('refused', t('{0} is not a mentoring plan.', ports.records.shown(request.plan)));
  const edited = await ports.records.editFile(request.plan, (text) =>
    setStatusEdit(ports.records.shown(request.plan), text, request.goalId, request.status),
  );
  if (!edited.ok) return failed('refused', edited.message, request.plan);
  return done({ status: request.status });
}
