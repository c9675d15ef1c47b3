import { GOAL_STATUSES, parsePlan } from '../records/plan';
import { refuse, refuseUnparsable, type EditResult } from './editResult';
import { insertLinesBefore } from './insertLines';
import { t } from '../l10n';

/** Sets a goal's `status:` value, adding the line right under the heading when it has none. */
export function setGoalStatus(
  file: string,
  text: string,
  goalId: string,
  status: string,
): EditResult {
  if (!(GOAL_STATUSES as readonly string[]).includes(status))
    return refuse(t('Status must be one of {0}.', GOAL_STATUSES.join(', ')));
  const { doc, plan } = parsePlan(file, text);
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const goal = plan?.goals.find((g) => g.id === goalId.toUpperCase());
  if (!goal) return refuse(t('The plan has no goal {0}.', goalId));
  const meta = goal.meta.find((m) => m.key === 'status');
  if (meta) {
    if (meta.value === status) return { ok: true, edits: [] };
    return {
      ok: true,
      edits: [{ start: meta.valueStart, end: meta.valueStart + meta.value.length, text: status }],
    };
  }
  const first = goal.meta[0];
  const index = first ? first.line - 1 : goal.headingIndex + 1;
  return { ok: true, edits: [insertLinesBefore(doc, index, [`- status: ${status}`])] };
}
