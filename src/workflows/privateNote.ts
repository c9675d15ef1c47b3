import { dateProblem } from '../core/dates';
import { nextSessionFileName } from '../core/records/newRecords';
import { done, failed, type Outcome } from './outcome';
import type { Clock, RecordsPort } from './ports';
import { ensurePrivateRule } from './privateRule';

/** Start a private note for a date (today when absent). */
export interface PrivateNoteRequest {
  slug: string;
  date?: string;
}

// Another process may take the name between listing and creating; after this many, give up.
const NAME_ATTEMPTS = 6;

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
  if (why) return failed('refused', `Note date: ${why}.`);
  const rule = await ensurePrivateRule(ports.records);
  if (!rule.ok) return rule;
  const folder = `${request.slug}/private`;
  const text = `# Private note ${date}\n\nOnly on this machine: mentoring/.gitignore keeps private/ out of git.\n\n`;
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const file = `${folder}/${nextSessionFileName(date, await ports.records.listNames(folder))}`;
    const created = await ports.records.createFile(file, text);
    if (created.ok) return done({ file, restoredRule: rule.value.restored });
    if (!created.taken) return failed('refused', created.message, file);
  }
  return failed('conflict', `Could not find a free name for the note of ${date}; try again.`);
}
