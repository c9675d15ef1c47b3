import { appendQuestion } from '../core/edits/appendQuestion';
import { QUESTIONS_TEMPLATE } from '../core/templates/builtinTemplates';
import { done, failed, type Outcome } from './outcome';
import type { Clock, RecordsPort } from './ports';

/** Queue a question for the next session. */
export interface QueueQuestionRequest {
  slug: string;
  text: string;
  /** The handle of who asks, without "@"; none leaves "by" out. */
  by?: string;
}

/** The ports queueQuestion uses. */
export interface QueueQuestionPorts {
  records: RecordsPort;
  clock: Clock;
}

/**
 * Appends `- [ ] TEXT (added <today> by @BY)` to `<slug>/questions.md`, creating the file from
 * its template when there is none. Returns the file, relative to the records root.
 */
export async function queueQuestion(
  request: QueueQuestionRequest,
  ports: QueueQuestionPorts,
): Promise<Outcome<{ file: string }>> {
  const file = `${request.slug}/questions.md`;
  if (!(await ports.records.exists(file))) {
    const created = await ports.records.createFile(file, QUESTIONS_TEMPLATE);
    // Taken means another process created it meanwhile: append to theirs.
    if (!created.ok && !created.taken) return failed('refused', created.message, file);
  }
  const edited = await ports.records.editFile(file, (current) =>
    appendQuestion(ports.records.shown(file), current, {
      text: request.text,
      added: ports.clock.today(),
      by: request.by,
    }),
  );
  if (!edited.ok) return failed('unparsable', edited.message, file);
  return done({ file });
}
