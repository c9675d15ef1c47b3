import { dateProblem } from '../core/dates';
import { createDatedFile } from './createDatedFile';
import { done, failed, type Outcome } from './outcome';
import type { Clock, RecordsPort } from './ports';
import { ensurePrivateRule } from './privateRule';
import { t } from '../core/l10n';

/** Start a private note for a date (today when absent). */
export interface PrivateNoteRequest {
  slug: string;
  date?: string;
}

/**
 * Creates `<slug>/private/<date>.md` (or -2, -3), after making sure the records' .gitignore keeps
 * private/ out of git. No git runs, so it works in an untrusted workspace too.
 */
export async function addPrivateNote(
  request: PrivateNoteRequest,
  ports: { records: RecordsPort; clock: Clock },
): Promise<Outcome<{ file: string; restoredRule: boolean }>> {
  const date = request.date ?? ports.clock.today();
  const why = dateProblem(date);
  if (why) return failed('refused', t('Note date: {0}.', why));
  const rule = await ensurePrivateRule(ports.records);
  if (!rule.ok) return rule;
  const text = `# Private note ${date}\n\nOnly on this machine: mentoring/.gitignore keeps private/ out of git.\n\n`;
  const created = await createDatedFile(ports.records, `${request.slug}/private`, date, text);
  if (!created.ok) return created;
  return done({ file: created.value.file, restoredRule: rule.value.restored });
}
