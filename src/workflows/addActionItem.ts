import { appendActionItem, type NewActionItem } from '../core/edits/appendActionItem';
import { done, failed, type Outcome } from './outcome';
import type { RecordsPort } from './ports';

/** Add an action item to a session log (relative to the records root). */
export interface AddActionItemRequest {
  session: string;
  item: NewActionItem;
}

/**
 * Appends `- [ ] @owner text (due D) #G` under the session's Action items (the section is created
 * in its place when missing); nothing else in the file moves.
 */
export async function addActionItem(
  request: AddActionItemRequest,
  ports: { records: RecordsPort },
): Promise<Outcome<{ file: string }>> {
  const edited = await ports.records.editFile(request.session, (text) =>
    appendActionItem(ports.records.shown(request.session), text, request.item),
  );
  if (!edited.ok) return failed('refused', edited.message, request.session);
  return done({ file: request.session });
}
