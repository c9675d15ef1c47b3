import type { RecordDocument } from '../records/recordDocument';
import { SESSION_SECTIONS } from '../records/session';
import { findSection, lastContentLine } from '../text/markdown';
import { refuseUnparsable, type EditResult } from './editResult';
import { checkedInsertions, insertLinesBefore } from './insertLines';
import { putInSection } from './putInSection';

const TOPICS_HEADING = /^ {0,3}###[ \t]+learning topics[ \t]*#*[ \t]*$/i;

/**
 * Adds a learning topic's agenda line to a session's Agenda: under its "### Learning topics" part
 * when there is one (after that part's last line), else at the end of the section (created when
 * missing). A line already in the Agenda is not added again: the result then has no edits.
 */
export function addAgendaTopic(doc: RecordDocument, line: string): EditResult {
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const agenda = findSection(doc.sections, 'Agenda');
  if (!agenda) return putInSection(doc, 'Agenda', line, SESSION_SECTIONS);
  const body = doc.lines.slice(agenda.bodyFrom, agenda.bodyTo);
  if (body.some((l) => l.text.trimEnd() === line)) return { ok: true, edits: [] };
  const heading = body.findIndex((l) => TOPICS_HEADING.test(l.text));
  if (heading < 0) return putInSection(doc, 'Agenda', line, SESSION_SECTIONS);
  const from = agenda.bodyFrom + heading + 1;
  let to = from;
  while (to < agenda.bodyTo && !/^ {0,3}#{1,6}[ \t]/.test(doc.lines[to].text)) to++;
  const end = Math.max(from, lastContentLine(doc.lines, from, to));
  return checkedInsertions(doc, [insertLinesBefore(doc, end, [line])]);
}
