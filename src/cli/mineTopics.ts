import {
  surfaceTopics,
  type SurfacedTopics,
  type SurfaceTopicsRequest,
} from '../workflows/surfaceTopics';
import type { CliContext } from './cliContext';
import { cliPorts, type CliGitOptions } from './cliPorts';
import { UsageError } from './parseArgs';

/**
 * Learning topics on the command line: the surfaceTopics workflow with git reading `repo`
 * (default: the repository holding --dir); its failures are usage errors (exit 2).
 */
export async function mineTopics(
  ctx: CliContext,
  request: SurfaceTopicsRequest,
  repo?: string | CliGitOptions,
): Promise<SurfacedTopics> {
  const git = typeof repo === 'object' ? repo : { repo };
  const outcome = await surfaceTopics(request, cliPorts(ctx, {}, git));
  if (!outcome.ok) throw new UsageError(outcome.failure.message);
  return outcome.value;
}

/** A relationship's topics since its last session, for other verbs (`questions --for`, `report`). */
export function relationshipTopics(
  ctx: CliContext,
  slug: string,
  range: { since?: string; until?: string; includeMerges?: boolean } & CliGitOptions = {},
): Promise<SurfacedTopics> {
  return mineTopics(
    ctx,
    {
      slug,
      range: { since: range.since, until: range.until },
      includeMerges: range.includeMerges,
    },
    range,
  );
}
