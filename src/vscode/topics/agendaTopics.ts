import * as vscode from 'vscode';
import { AGENDA_TOPIC_LIMIT } from '../../core/topics/formatTopics';
import type { Topic } from '../../core/topics/topic';
import { COMMANDS } from '../ids';
import { type RelationshipRef, relationshipKey } from '../recordsLocator';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';
import { mineTopics } from './mineTopics';

/**
 * The learning topics for an agenda of `date`: the mentee's commits since the last session
 * before it, surfaced afresh (and kept for the view) where git may run. Where it may not, or git
 * fails, or the user cancels, the agenda is made without them: it never fails for lack of topics.
 */
export async function agendaTopics(
  s: Services,
  ref: RelationshipRef,
  date: string,
): Promise<Topic[]> {
  const key = relationshipKey(ref);
  if (!vscode.workspace.isTrusted || ref.folder.uri.scheme !== 'file')
    return s.topics.get(key)?.topics.slice(0, AGENDA_TOPIC_LIMIT) ?? [];
  try {
    const result = await mineTopics(s, ref, { before: date, until: date }, 'Prepare Agenda');
    s.topics.set(result);
    void vscode.commands.executeCommand(COMMANDS.refreshViews);
    return result.topics.slice(0, AGENDA_TOPIC_LIMIT);
  } catch (e) {
    if (!(e instanceof UserError) && !(e instanceof Cancelled)) throw e;
    s.log.info(`Agenda for ${ref.slug} without learning topics: ${(e as Error).message}`);
    return [];
  }
}
