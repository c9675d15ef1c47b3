import { personOf } from '../records/personOf';
import type { Plan } from '../records/plan';
import type { Role } from '../records/roleOf';

/**
 * Whether the question checker coaches a question. The coaching is for the questions a mentor
 * asks: in questions.md, a question whose `by @handle` is a mentor of the plan; a question with no
 * author, or in an agenda, when the person editing is a mentor of that relationship. A question a
 * mentee queues for the mentor is never flagged: it is theirs to ask as they like.
 */
export function coachesQuestion(
  question: { by?: string },
  plan: Pick<Plan, 'mentee' | 'mentors' | 'handles'> | undefined,
  editor: Role | undefined,
): boolean {
  if (question.by !== undefined && question.by !== '') {
    return personOf(plan, question.by)?.role === 'mentor';
  }
  return editor === 'mentor';
}
