import { dateProblem } from '../core/dates';
import { refreshAgenda } from '../core/edits/refreshAgenda';
import { buildAgenda, type Agenda } from '../core/records/agenda';
import { formatAgenda } from '../core/records/formatAgenda';
import { readRecordDocument } from '../core/records/recordDocument';
import type { RelationshipRecords } from '../core/records/relationship';
import { agendaTopics, type AgendaTopicsSource } from './agendaTopics';
import { newSession, type NewSessionPorts } from './newSession';
import { bankQuestions } from './openQuestions';
import { done, failed, type Outcome } from './outcome';
import type { SurfacedTopics } from './surfaceTopics';
import { readTeamSettings } from './teamSettings';
import { t } from '../core/l10n';

/** Prepare the agenda of a session. */
export interface PrepareAgendaRequest {
  slug: string;
  /** YYYY-MM-DD; today when absent. */
  date?: string;
  topics: AgendaTopicsSource;
}

/** An agenda and its markdown. */
export interface PreparedAgenda {
  date: string;
  rel: RelationshipRecords;
  agenda: Agenda;
  markdown: string;
  surfaced?: SurfacedTopics;
}

/** The ports prepareAgenda uses (those of a new session, which it may create). */
export type PrepareAgendaPorts = NewSessionPorts;

/**
 * Builds the agenda for a date: carried actions, queued questions, goals to review, learning
 * topics since the last session, questions suggested from the bank (built-in and the team's) for
 * those topics and goals, and the cadence, with the team's carries limit.
 */
export async function prepareAgenda(
  request: PrepareAgendaRequest,
  ports: PrepareAgendaPorts,
): Promise<Outcome<PreparedAgenda>> {
  const date = request.date ?? ports.clock.today();
  const why = dateProblem(date);
  if (why) return failed('refused', t('Agenda date: {0}.', why));
  const rel = await ports.records.readRelationship(request.slug);
  const { settings, notes } = await readTeamSettings(ports.settings);
  const topics = await agendaTopics(request.slug, date, request.topics, ports);
  if (topics.note) notes.push(topics.note);
  const agenda = buildAgenda(rel, date, {
    maxCarries: settings['agenda.maxCarries'],
    topics: topics.topics,
    today: ports.clock.today(),
    bank: await bankQuestions(ports),
  });
  const markdown = formatAgenda(agenda, rel.plan?.cadence);
  return done({ date, rel, agenda, markdown, surfaced: topics.surfaced }, notes);
}

/** Where insertAgenda put the agenda. */
export interface InsertedAgenda {
  /** The session log, relative to the records root. */
  file: string;
  /** True when there was no log for the date and one was created, agenda included. */
  created: boolean;
  surfaced?: SurfacedTopics;
}

/**
 * Puts the agenda into the Agenda section of the date's last session log; when there is none,
 * creates the log (New Session), which is filled with the agenda already.
 */
export async function insertAgenda(
  request: PrepareAgendaRequest,
  ports: PrepareAgendaPorts,
): Promise<Outcome<InsertedAgenda>> {
  const date = request.date ?? ports.clock.today();
  const rel = await ports.records.readRelationship(request.slug);
  const existing = [...rel.sessions].reverse().find((r) => r.date === date);
  if (!existing) {
    const created = await newSession({ ...request, date }, ports);
    if (!created.ok) return created;
    return done(
      { file: created.value.file, created: true, surfaced: created.value.surfaced },
      created.notes,
    );
  }
  const prepared = await prepareAgenda({ ...request, date }, ports);
  if (!prepared.ok) return prepared;
  // Preparing again replaces what was generated last time; a person's lines stay where they are.
  const edited = await ports.records.editFile(existing.file, (text) =>
    refreshAgenda(
      readRecordDocument(ports.records.shown(existing.file), text, { frontMatter: 'required' }),
      prepared.value.markdown,
    ),
  );
  if (!edited.ok) return failed('unparsable', edited.message, existing.file);
  return done(
    { file: existing.file, created: false, surfaced: prepared.value.surfaced },
    prepared.notes,
  );
}
