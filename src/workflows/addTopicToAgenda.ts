import { addAgendaTopic } from '../core/edits/addAgendaTopic';
import { readRecordDocument } from '../core/records/recordDocument';
import type { SessionRecord } from '../core/records/relationship';
import { formatAgendaTopics } from '../core/topics/formatTopics';
import type { Topic } from '../core/topics/topic';
import type { AgendaTopicsSource } from './agendaTopics';
import { newSession, type NewSessionPorts } from './newSession';
import { done, failed, type Outcome } from './outcome';

/** Add a learning topic to the agenda of the session being prepared. */
export interface AddTopicRequest {
  slug: string;
  topic: Topic;
  /** The log open in the editor (relative to the records root), preferred when it is upcoming. */
  open?: string;
  /** The day that counts as today for "upcoming" (default: the clock's). */
  date?: string;
  /** Topics for the agenda of a log this has to create (as New Session Log would use). */
  newLogTopics: AgendaTopicsSource;
}

/**
 * Adds a topic (title, question, evidence) to the Agenda of the log being prepared: the one open
 * when it is dated today or later, else the next such log; with none, today's log is created
 * first (New Session). A topic already there is not added twice (`added` false).
 */
export async function addTopicToAgenda(
  request: AddTopicRequest,
  ports: NewSessionPorts,
): Promise<Outcome<{ file: string; added: boolean }>> {
  const today = request.date ?? ports.clock.today();
  const upcoming = (r: SessionRecord) => r.date >= today;
  const rel = await ports.records.readRelationship(request.slug);
  let file =
    rel.sessions.find((r) => upcoming(r) && r.file === request.open)?.file ??
    rel.sessions.find(upcoming)?.file;
  if (!file) {
    const created = await newSession({ slug: request.slug, date: today, topics: request.newLogTopics }, ports);
    if (!created.ok) return created;
    file = created.value.file;
  }
  const line = formatAgendaTopics([request.topic], 1);
  const target = file;
  const edited = await ports.records.editFile(target, (text) =>
    addAgendaTopic(readRecordDocument(ports.records.shown(target), text, { frontMatter: 'required' }), line),
  );
  if (!edited.ok) return failed('unparsable', edited.message, target);
  return done({ file: target, added: edited.changed });
}
