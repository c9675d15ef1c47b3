import { setFrontMatterKeyInText } from '../core/edits/setFrontMatterKey';
import { SESSION_STATUSES, type SessionStatus } from '../core/records/held';
import { done, failed, type Outcome } from './outcome';
import type { RecordsPort } from './ports';
import { t } from '../core/l10n';

/** Mark a session log held, cancelled or prepared (its path relative to the records root). */
export interface SetSessionStatusRequest {
  session: string;
  status: SessionStatus;
}

/**
 * Sets `status:` in a session log's front matter (RECORDS.md, "Held"): only that value changes,
 * or one line is added; comments and key order stay. Every count (cadence, carries, reports)
 * follows it from then on.
 */
export async function setSessionStatus(
  request: SetSessionStatusRequest,
  ports: { records: RecordsPort },
): Promise<Outcome<{ status: SessionStatus }>> {
  if (!/^[^/]+\/sessions\/[^/]+\.md$/.test(request.session))
    return failed('refused', t('{0} is not a session log.', ports.records.shown(request.session)));
  if (!SESSION_STATUSES.includes(request.status))
    return failed('refused', t('A session is {0}; not "{1}".', SESSION_STATUSES.join(', '), request.status));
  const edited = await ports.records.editFile(request.session, (text) =>
    setFrontMatterKeyInText(ports.records.shown(request.session), text, 'status', request.status),
  );
  if (!edited.ok) return failed('refused', edited.message, request.session);
  return done({ status: request.status });
}
