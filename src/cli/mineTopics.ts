import type { HistoryData } from '../core/topics/historyData';
import type { Topic } from '../core/topics/topic';
import { surfaceTopics, type SurfaceTopicsRequest } from '../workflows/surfaceTopics';
import type { CliContext } from './cliContext';
import { cliPorts } from './cliPorts';
import { UsageError } from './parseArgs';

/**
 * Learning topics on the command line: the surfaceTopics workflow with git reading `repo`
 * (default: the repository holding --dir); its failures are usage errors (exit 2).
 */
export async function mineTopics(
  ctx: CliContext,
  request: SurfaceTopicsRequest,
  repo?: string,
): Promise<{ data: HistoryData; topics: Topic[] }> {
  const outcome = await surfaceTopics(request, cliPorts(ctx, {}, { repo }));
  if (!outcome.ok) throw new UsageError(outcome.failure.message);
  return outcome.value;
}

/** A relationship's topics since its last session, for other verbs (`questions --for`, `report`). */
export function relationshipTopics(
  ctx: CliContext,
  slug: string,
  range: { since?: string; until?: string; repo?: string; includeMerges?: boolean } = {},
): Promise<{ data: HistoryData; topics: Topic[] }> {
  return mineTopics(
    ctx,
    {
      slug,
      range: { since: range.since, until: range.until },
      includeMerges: range.includeMerges,
    },
    range.repo,
  );
}
