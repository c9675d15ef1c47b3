import { parseSession } from '../records/session';
import { refuse, refuseUnparsable, type EditResult } from './editResult';
import { t } from '../l10n';

/**
 * Ticks or unticks the action item on a 1-based line of a session file: one character changes.
 * Already in that state: no edits.
 */
export function setActionItemDone(
  file: string,
  text: string,
  line: number,
  done: boolean,
): EditResult {
  const { doc, session } = parseSession(file, text);
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const item = session?.actionItems.find((i) => i.line === line);
  if (!item) return refuse(t('{0}:{1} is not an action item under "## Action items".', file, line));
  if (item.done === done) return { ok: true, edits: [] };
  return {
    ok: true,
    edits: [{ start: item.markOffset, end: item.markOffset + 1, text: done ? 'x' : ' ' }],
  };
}
