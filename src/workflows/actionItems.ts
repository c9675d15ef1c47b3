import { refuse } from '../core/edits/editResult';
import { dropActionItem as dropEdit } from '../core/edits/dropActionItem';
import { setActionItemDone } from '../core/edits/setActionItemDone';
import { parseSession } from '../core/records/session';
import { done, failed, type Outcome } from './outcome';
import type { RecordsPort } from './ports';
import { t } from '../core/l10n';

/** An action item at its home: a session log (relative to the records root) and a 1-based line. */
export interface ActionItemAt {
  file: string;
  line: number;
}

/**
 * Ticks or unticks the action item at its home line (flips it when `done` is absent): one
 * character changes. A line that is not an action item is refused, the file left as it was.
 */
export async function tickActionItem(
  request: ActionItemAt & { done?: boolean },
  ports: { records: RecordsPort },
): Promise<Outcome<ActionItemAt>> {
  const name = ports.records.shown(request.file);
  const edited = await ports.records.editFile(request.file, (text) => {
    const item = parseSession(name, text).session?.actionItems.find((i) => i.line === request.line);
    if (!item)
      return refuse(
        t('{0}:{1} is not an action item under "## Action items".', name, request.line),
      );
    return setActionItemDone(name, text, request.line, request.done ?? !item.done);
  });
  if (!edited.ok) return failed('refused', edited.message, request.file);
  return done({ file: request.file, line: request.line });
}

/** Strikes the action item through at its home, so no agenda carries it any more. */
export async function dropActionItem(
  request: ActionItemAt,
  ports: { records: RecordsPort },
): Promise<Outcome<ActionItemAt>> {
  const edited = await ports.records.editFile(request.file, (text) =>
    dropEdit(ports.records.shown(request.file), text, request.line),
  );
  if (!edited.ok) return failed('refused', edited.message, request.file);
  return done({ file: request.file, line: request.line });
}
