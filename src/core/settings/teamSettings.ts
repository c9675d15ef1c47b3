import { configSchema, type MentoringConfig } from './settingsSchema';

/**
 * The settings that shape the records a team shares, so a team sets them once in
 * `<root>/config.yml` for the editor and the CLI alike. Personal settings (the handle) and the
 * records root itself (config.yml lives inside it) are never among them.
 */
export const TEAM_KEYS = ['agenda.maxCarries', 'commitMessage', 'questionChecker.enabled'] as const;

/** One team setting's name, as in VS Code without the `mentoring.` prefix. */
export type TeamKey = (typeof TEAM_KEYS)[number];

/** The team settings' values. */
export type TeamSettings = Pick<MentoringConfig, TeamKey>;

/** The defaults of the team settings (the schema's). */
export function defaultTeamSettings(): TeamSettings {
  const all = configSchema.parse({});
  return pick(all);
}

/**
 * Resolves the team settings: a value set explicitly by the person (a VS Code setting set at any
 * level, a CLI flag) wins, then the team's config.yml, then the default. Defaults never win over
 * the file: VS Code reports a default for every setting, and it must not hide the team's choice.
 */
export function resolveTeamSettings(
  explicit: Partial<TeamSettings>,
  file: Partial<TeamSettings>,
): TeamSettings {
  const out = defaultTeamSettings() as Record<TeamKey, unknown>;
  for (const key of TEAM_KEYS) {
    if (file[key] !== undefined) out[key] = file[key];
    if (explicit[key] !== undefined) out[key] = explicit[key];
  }
  return out as TeamSettings;
}

function pick(all: MentoringConfig): TeamSettings {
  return {
    'agenda.maxCarries': all['agenda.maxCarries'],
    commitMessage: all.commitMessage,
    'questionChecker.enabled': all['questionChecker.enabled'],
  };
}
