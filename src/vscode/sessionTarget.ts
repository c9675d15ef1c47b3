import * as vscode from 'vscode';
import { toIsoDate } from '../core/dates';
import type { RelationshipRecords, SessionRecord } from '../core/records/relationship';
import type { RecordsLocator, RelationshipRef } from './recordsLocator';
import { recordUri } from './relationshipLoader';

/**
 * The session a new item goes into: the one open in the active editor when it belongs to this
 * relationship, else today's latest, else the most recent one.
 */
export function targetSession(
  locator: RecordsLocator,
  ref: RelationshipRef,
  rel: RelationshipRecords,
  now: Date,
): { record: SessionRecord; uri: vscode.Uri } | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const byUri = (r: SessionRecord) => recordUri(locator, ref, r.file).toString();
  const open = active && rel.sessions.find((r) => byUri(r) === active.toString());
  const today = toIsoDate(now);
  const record =
    open ??
    [...rel.sessions].reverse().find((r) => r.date === today) ??
    rel.sessions[rel.sessions.length - 1];
  return record ? { record, uri: recordUri(locator, ref, record.file) } : undefined;
}
