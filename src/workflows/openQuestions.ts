import type { Problem } from '../core/problem';
import type { BankQuestion } from '../core/questionBank/bankQuestion';
import { parseQuestionBank } from '../core/questionBank/parseQuestionBank';
import { questionBank, type QuestionBank } from '../core/questionBank/questionBank';
import type { QuestionContext } from '../core/questionBank/rankQuestions';
import type { Topic } from '../core/topics/topic';
import { done, type Outcome } from './outcome';
import type { RecordsPort } from './ports';

/** The open-question bank, and what ranks it for a relationship. */
export interface OpenQuestions {
  /** The built-in bank plus the team's `templates/questions/*.md`. */
  bank: QuestionBank;
  /** Problems of the team banks (unreadable files, bad lines); the rest of the bank still serves. */
  problems: Problem[];
  /** For a relationship: its active goals, the topics given, and the questions already queued. */
  context: QuestionContext;
}

/**
 * Loads the question bank and, for a relationship, the context that ranks it (`rankQuestions`,
 * `questionForSession` in core): active goals, learning topics and what is already queued, so
 * a session does not repeat the last question.
 */
export async function openQuestions(
  request: { slug?: string; topics?: readonly Topic[] },
  ports: { records: RecordsPort },
): Promise<Outcome<OpenQuestions>> {
  const read = await ports.records.readTeamFiles('questions');
  const parsed = read.files.map((f) => parseQuestionBank(f.path, f.text));
  const bank = questionBank(parsed);
  const problems = [...read.problems, ...parsed.flatMap((b) => b.problems)];
  let context: QuestionContext = {};
  if (request.slug !== undefined) {
    const rel = await ports.records.readRelationship(request.slug);
    context = {
      goals: (rel.plan?.goals ?? []).filter((g) => (g.status ?? 'active') === 'active'),
      topics: request.topics,
      recent: rel.questions.map((q) => q.text),
    };
  }
  return done({ bank, problems, context });
}

/**
 * The bank's questions alone (built-in and the team's), for the agenda's suggested questions. A
 * team bank's problems are left to `validate` and the Problems panel: an agenda is not the place
 * to report them, and the rest of the bank still serves.
 */
export async function bankQuestions(ports: {
  records: RecordsPort;
}): Promise<readonly BankQuestion[]> {
  const loaded = await openQuestions({}, ports);
  return loaded.ok ? loaded.value.bank.questions : [];
}
