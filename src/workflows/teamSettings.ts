import type { TeamSettings } from '../core/settings/teamSettings';
import type { SettingsPort } from './ports';

/** The team settings and their problems as notes: a bad config.yml never stops a workflow. */
export async function readTeamSettings(
  settings: SettingsPort,
): Promise<{ settings: TeamSettings; notes: string[] }> {
  const read = await settings.team();
  return { settings: read.settings, notes: read.problems };
}
