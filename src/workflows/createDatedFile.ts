import { nextSessionFileName } from '../core/records/newRecords';
import { failed, done, type Outcome } from './outcome';
import type { RecordsPort } from './ports';
import { t } from '../core/l10n';

// Another process may take the name between listing and creating. Every round one of the
// processes racing for a name wins it, so k of them all succeed within k rounds: the bound is
// the number of simultaneous creators we stand for (6 was too few for 12 in CI), not a timeout.
const NAME_ATTEMPTS = 64;

/**
 * Creates `<folder>/<date>.md`, or -2, -3 when the day has one already; when another process
 * takes the listed name first, takes the next one. Never replaces a file.
 */
export async function createDatedFile(
  records: RecordsPort,
  folder: string,
  date: string,
  text: string,
): Promise<Outcome<{ file: string }>> {
  for (let attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
    const file = `${folder}/${nextSessionFileName(date, await records.listNames(folder))}`;
    const created = await records.createFile(file, text);
    if (created.ok) return done({ file });
    if (!created.taken) return failed('refused', created.message, file);
  }
  return failed(
    'conflict',
    t('Could not find a free name in {0} for {1}; try again.', folder, date),
  );
}
