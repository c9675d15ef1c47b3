import { privateRuleEdits } from '../core/records/privateRule';
import { RECORDS_GITIGNORE } from '../core/templates/builtinTemplates';
import { done, failed, type Outcome } from './outcome';
import type { RecordsPort } from './ports';

/** The records root's .gitignore. */
export const RECORDS_GITIGNORE_FILE = '.gitignore';

/**
 * Makes sure `<root>/.gitignore` keeps `*\/private/` out of git: creates it, or puts the rule back
 * (one appended line, every other line kept) when someone removed it. `restored` says the rule
 * had been removed, which the person should hear about.
 */
export async function ensurePrivateRule(
  records: RecordsPort,
): Promise<Outcome<{ created: boolean; restored: boolean }>> {
  const file = RECORDS_GITIGNORE_FILE;
  if (!(await records.exists(file))) {
    const created = await records.createFile(file, RECORDS_GITIGNORE);
    // Taken: another process created it meanwhile; make sure theirs has the rule too.
    if (created.ok) return done({ created: true, restored: false });
    if (!created.taken) return failed('refused', created.message, file);
  }
  const edited = await records.editFile(file, (text) => ({
    ok: true,
    edits: privateRuleEdits(text),
  }));
  if (!edited.ok) return failed('refused', edited.message, file);
  return done({ created: false, restored: edited.changed });
}
