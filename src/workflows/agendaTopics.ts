import { AGENDA_TOPIC_LIMIT } from '../core/topics/formatTopics';
import type { Topic } from '../core/topics/topic';
import type { SurfacedTopics } from './surfaceTopics';
import { surfaceTopics, type SurfaceTopicsPorts } from './surfaceTopics';
import { t } from '../core/l10n';

/**
 * Where an agenda's learning topics come from: topics already surfaced (the editor keeps the
 * latest per relationship), surfaced now from git, or none (`--no-git`, or git may not run).
 */
export type AgendaTopicsSource =
  | { from: 'given'; topics: readonly Topic[] }
  /** Surfaced now; `kept` (surfaced earlier) stand in where git may not run. */
  | { from: 'git'; kept?: readonly Topic[] }
  | { from: 'none' };

/** The agenda's topics and, when they were surfaced now, the whole result (the editor keeps it). */
export interface AgendaTopics {
  topics: Topic[];
  surfaced?: SurfacedTopics;
  /** Why the agenda has no topics, when surfacing them failed. */
  note?: string;
}

/**
 * The learning topics for an agenda of `date`: the mentee's commits since the last session before
 * it. An agenda never fails for lack of topics: when git fails, may not run, or the user cancels,
 * it is made without them and the note says why (nothing to say when the user cancelled).
 */
export async function agendaTopics(
  slug: string,
  date: string,
  source: AgendaTopicsSource,
  ports: SurfaceTopicsPorts,
): Promise<AgendaTopics> {
  if (source.from === 'given') return { topics: source.topics.slice(0, AGENDA_TOPIC_LIMIT) };
  if (source.from === 'none') return { topics: [] };
  if (ports.git.unavailable()) return { topics: (source.kept ?? []).slice(0, AGENDA_TOPIC_LIMIT) };
  // Records kept outside any repository have no history: no topics, as they have no HEAD.
  const repo = await ports.git.repository();
  if (!repo.ok && repo.noRepository) return { topics: [] };
  const result = await surfaceTopics({ slug, range: { before: date, until: date } }, ports);
  // The user cancelled reading history: they know, and the agenda goes on without topics.
  if (!result.ok && result.failure.kind === 'cancelled') return { topics: [] };
  if (!result.ok)
    return {
      topics: [],
      note: t('The agenda has no learning topics: {0}', result.failure.message),
    };
  return { topics: result.value.topics.slice(0, AGENDA_TOPIC_LIMIT), surfaced: result.value };
}
