import { dateProblem } from '../core/dates';
import { buildAgenda } from '../core/records/agenda';
import { formatAgenda } from '../core/records/formatAgenda';
import { initialStatus } from '../core/records/held';
import { renderSession, withAgenda } from '../core/records/newRecords';
import { SESSION_TEMPLATE } from '../core/templates/builtinTemplates';
import { agendaTopics, type AgendaTopicsSource } from './agendaTopics';
import { createDatedFile } from './createDatedFile';
import { bankQuestions } from './openQuestions';
import { done, failed, type Outcome } from './outcome';
import type { WorkflowPorts } from './ports';
import type { SurfacedTopics } from './surfaceTopics';
import { readTeamSettings } from './teamSettings';
import { t } from '../core/l10n';

/** Create a session log for a date. */
export interface NewSessionRequest {
  slug: string;
  /** YYYY-MM-DD; today when absent. */
  date?: string;
  topics: AgendaTopicsSource;
}

/** The session log created. */
export interface NewSessionResult {
  /** Relative to the records root. */
  file: string;
  text: string;
  /** Topics surfaced on the way, for the editor to keep. */
  surfaced?: SurfacedTopics;
}

/** The ports newSession uses: all of them (it may surface topics). */
export type NewSessionPorts = WorkflowPorts;

/**
 * Creates `<slug>/sessions/<date>.md` (or -2, -3 for another session that day) from the team's
 * template, with the plan's people as attendees, the repository's HEAD, and the agenda in its
 * Agenda section: carried actions (marked to decide after `agenda.maxCarries` carries), queued
 * questions, goals, learning topics, questions suggested for them from the bank, and the cadence.
 */
export async function newSession(
  request: NewSessionRequest,
  ports: NewSessionPorts,
): Promise<Outcome<NewSessionResult>> {
  const date = request.date ?? ports.clock.today();
  const why = dateProblem(date);
  if (why) return failed('refused', t('Session date: {0}.', why));
  const rel = await ports.records.readRelationship(request.slug);
  const template = await ports.records.readTemplate('session.md');
  if (!template.ok) return failed('unparsable', template.message);
  const today = ports.clock.today();
  const rendered = renderSession(template.text ?? SESSION_TEMPLATE, {
    date,
    plan: rel.plan,
    head: ports.git.unavailable() ? undefined : await ports.git.head(),
    // A log for today or later is prepared, not yet held (RECORDS.md, "Held").
    status: initialStatus(date, today),
  });
  if (!rendered.ok) return failed('unparsable', rendered.message);
  const { settings, notes } = await readTeamSettings(ports.settings);
  const topics = await agendaTopics(request.slug, date, request.topics, ports);
  if (topics.note) {
    ports.log.info(`${request.slug}: ${topics.note}`);
    notes.push(topics.note);
  }
  const text = withAgenda(
    rendered.text,
    formatAgenda(
      buildAgenda(rel, date, {
        maxCarries: settings['agenda.maxCarries'],
        topics: topics.topics,
        today,
        bank: await bankQuestions(ports),
      }),
      rel.plan?.cadence,
    ),
  );
  // The agenda is never empty, so an unchanged text means it could not go in (a template with
  // an unclosed code block): the session is still worth having, without it.
  if (text === rendered.text)
    notes.push(t('The agenda was left out: the session template has an unclosed block.'));
  const created = await createDatedFile(ports.records, `${request.slug}/sessions`, date, text);
  if (!created.ok) return created;
  ports.log.info(`New session log ${created.value.file}`);
  return done({ file: created.value.file, text, surfaced: topics.surfaced }, notes);
}
