import { stampSessionTimesInText, type SessionStamp } from '../core/edits/stampSessionTimes';
import { t } from '../core/l10n';
import { done, failed, type Outcome } from './outcome';
import type { RecordsPort } from './ports';

/** Stamp a timed session into its log (path relative to the records root). */
export interface StampSessionRequest {
  session: string;
  stamp: SessionStamp;
}

/**
 * End Session: writes `started`, `ended`, `duration` and `status: held` into a session log's
 * front matter (RECORDS.md) as one minimal edit; comments, key order and the body stay as they
 * are. A log that cannot be parsed is refused and left untouched.
 */
export async function stampSession(
  request: StampSessionRequest,
  ports: { records: RecordsPort },
): Promise<Outcome<SessionStamp>> {
  if (!/^[^/]+\/sessions\/[^/]+\.md$/.test(request.session))
    return failed('refused', t('{0} is not a session log.', ports.records.shown(request.session)));
  const edited = await ports.records.editFile(request.session, (text) =>
    stampSessionTimesInText(ports.records.shown(request.session), text, request.stamp),
  );
  if (!edited.ok) return failed('refused', edited.message, request.session);
  return done(request.stamp);
}
