import { parseSession } from '../records/session';
import { refuse, refuseUnparsable, type EditResult } from './editResult';
import { t } from '../l10n';

/**
 * Drops the action item on a 1-based line by striking its text through (`~~text~~`): it stays
 * in the record, is no longer carried, and can be restored by removing the tildes.
 */
export function dropActionItem(file: string, text: string, line: number): EditResult {
  const { doc, session } = parseSession(file, text);
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const item = session?.actionItems.find((i) => i.line === line);
  if (!item) return refuse(t('{0}:{1} is not an action item under "## Action items".', file, line));
  if (item.dropped) return { ok: true, edits: [] };
  const l = doc.lines[line - 1];
  const end = l.start + l.text.trimEnd().length;
  return {
    ok: true,
    edits: [
      { start: item.textStart, end: item.textStart, text: '~~' },
      { start: end, end, text: '~~' },
    ],
  };
}
