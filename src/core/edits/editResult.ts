import type { Problem } from '../problem';
import type { RecordDocument } from '../records/recordDocument';
import type { TextEdit } from '../text/textEdit';
import { t } from '../l10n';

/** What an edit function returns: minimal text edits, or why the file must not be touched. */
export type EditResult =
  { ok: true; edits: TextEdit[] } | { ok: false; message: string; problems: Problem[] };

/** A refusal with a message for the user. */
export function refuse(message: string, problems: Problem[] = []): EditResult {
  return { ok: false, message, problems };
}

/** Refuses to edit a document that could not be parsed, naming the first problem. */
export function refuseUnparsable(doc: RecordDocument): EditResult | undefined {
  if (!doc.fatal) return undefined;
  const first = doc.problems.find((p) => p.severity === 'error');
  const where = first ? `${first.file}:${first.line}: ${first.message}` : doc.file;
  return refuse(t('Not changed, because the file cannot be parsed: {0}', where), doc.problems);
}

/** Text that must stay on one line (a question, an action, a title). */
export function singleLine(value: string): string | undefined {
  const t = value.trim();
  return t === '' || /[\r\n]/.test(t) ? undefined : t;
}
