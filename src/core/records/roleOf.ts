import type { Plan } from './plan';

/** How the user takes part in a relationship. */
export type Role = 'mentee' | 'mentor';

/**
 * The user's role in a relationship, from their git identity (user.name, user.email) against the
 * plan: the mentee when the email or name is one of the plan's identities or the name is the
 * mentee's; a mentor when the name is one of the mentors'. Case and surrounding spaces are
 * ignored; an unknown identity has no role.
 */
export function roleOf(
  plan: Pick<Plan, 'mentee' | 'mentors' | 'identities'> | undefined,
  who: { name?: string; email?: string },
): Role | undefined {
  if (!plan) return undefined;
  const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();
  const name = norm(who.name);
  const email = norm(who.email);
  const ids = plan.identities.map(norm);
  if (
    (email && ids.includes(email)) ||
    (name && (ids.includes(name) || norm(plan.mentee) === name))
  )
    return 'mentee';
  if (name && plan.mentors.some((m) => norm(m) === name)) return 'mentor';
  return undefined;
}
