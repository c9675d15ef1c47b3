import { addGoal as addGoalEdit, type NewGoal } from '../core/edits/addGoal';
import { resolveDueDate } from '../core/dueDate';
import { done, failed, type Outcome } from './outcome';
import type { Clock, RecordsPort } from './ports';

/** Add a goal to a relationship's plan; `target` may be a shortcut ("in 3 months"). */
export interface AddGoalRequest extends Omit<NewGoal, 'target'> {
  slug: string;
  target?: string;
}

/** The goal added: its id (the next free one) and where. */
export interface AddedGoal {
  id: string;
  plan: string;
  target?: string;
}

/**
 * Adds a goal with the next free id (G1, G2, ...) at the end of the plan's Goals section: a
 * heading and its metadata list are inserted, nothing else in the plan moves. A target may be a
 * date or a shortcut resolved against today.
 */
export async function addGoal(
  request: AddGoalRequest,
  ports: { records: RecordsPort; clock: Clock },
): Promise<Outcome<AddedGoal>> {
  const plan = `${request.slug}/plan.md`;
  let target: string | undefined;
  if (request.target !== undefined && request.target.trim() !== '') {
    const resolved = resolveDueDate(request.target, { today: ports.clock.today() });
    if (!resolved.ok) return failed('refused', resolved.message.replace(/^Due date/, 'Target'));
    target = resolved.date;
  }
  let id: string | undefined;
  const edited = await ports.records.editFile(plan, (text) => {
    const r = addGoalEdit(ports.records.shown(plan), text, { ...request, target });
    id = r.id;
    return r;
  });
  if (!edited.ok) return failed('refused', edited.message, plan);
  return done(target === undefined ? { id: id ?? '', plan } : { id: id ?? '', plan, target });
}
