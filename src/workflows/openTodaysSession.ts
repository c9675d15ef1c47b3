import type { AgendaTopicsSource } from './agendaTopics';
import { newSession } from './newSession';
import { done, type Outcome } from './outcome';
import type { WorkflowPorts } from './ports';
import type { SurfacedTopics } from './surfaceTopics';

/** Open today's session of one relationship. */
export interface OpenTodaysSessionRequest {
  slug: string;
  /** Where a new log's learning topics come from, when one has to be created. */
  topics: AgendaTopicsSource;
}

/** Today's session log, and whether it had to be created. */
export interface OpenTodaysSessionResult {
  /** Relative to the records root. */
  file: string;
  created: boolean;
  /** Topics surfaced while creating it, for the editor to keep. */
  surfaced?: SurfacedTopics;
}

/**
 * Today's session log: the latest one dated today that is not cancelled (a second session that
 * day is `<date>-2.md`, and a cancelled one is not where today's notes go), else a new log with
 * the agenda, made by New Session Log's workflow. Run twice, it gives the same file.
 */
export async function openTodaysSession(
  request: OpenTodaysSessionRequest,
  ports: WorkflowPorts,
): Promise<Outcome<OpenTodaysSessionResult>> {
  const today = ports.clock.today();
  const rel = await ports.records.readRelationship(request.slug);
  const existing = [...rel.sessions]
    .reverse()
    .find((r) => r.date === today && r.session?.status !== 'cancelled');
  if (existing) return done({ file: existing.file, created: false });
  const created = await newSession(
    { slug: request.slug, date: today, topics: request.topics },
    ports,
  );
  if (!created.ok) return created;
  return done(
    { file: created.value.file, created: true, surfaced: created.value.surfaced },
    created.notes,
  );
}
