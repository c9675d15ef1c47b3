import { slugify } from '../slug';
import type { Plan } from './plan';
import type { Role } from './roleOf';

/** The person an `@handle` in a record stands for, and their part in the relationship. */
export interface HandlePerson {
  name: string;
  role: Role;
}

/**
 * Who `@handle` is (RECORDS.md): the plan's `handles:` mapping when it names the handle, else
 * the mentee or a mentor whose first name, folded to ASCII and lower case, is the handle. An
 * owner that is no person of the plan (`@dba-oncall`) gives undefined: allowed, at most a hint.
 */
export function personOf(
  plan: Pick<Plan, 'mentee' | 'mentors' | 'handles'> | undefined,
  handle: string,
): HandlePerson | undefined {
  if (!plan) return undefined;
  const h = handle.replace(/^@/, '').toLowerCase();
  if (h === '') return undefined;
  const mapped = Object.entries(plan.handles ?? {}).find(([k]) => k.toLowerCase() === h)?.[1];
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (mapped !== undefined) {
    if (same(mapped, plan.mentee)) return { name: plan.mentee, role: 'mentee' };
    const mentor = plan.mentors.find((m) => same(m, mapped));
    return mentor ? { name: mentor, role: 'mentor' } : undefined;
  }
  const first = (name: string) => slugify(name.trim().split(/\s+/)[0] ?? '');
  if (first(plan.mentee) === h) return { name: plan.mentee, role: 'mentee' };
  const mentor = plan.mentors.find((m) => first(m) === h);
  return mentor ? { name: mentor, role: 'mentor' } : undefined;
}
