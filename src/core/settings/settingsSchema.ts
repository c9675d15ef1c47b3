import * as z from 'zod/mini';

/**
 * The extension's settings, validated: one schema for VS Code's settings and the team's
 * `<root>/config.yml`. Kept free of `vscode` so the manifest test can compare it with
 * package.json's `contributes.configuration`.
 */
export const configSchema = z.object({
  root: z._default(z.string(), 'mentoring'),
  handle: z._default(z.string(), ''),
  commitMessage: z._default(z.string(), 'mentoring({slug}): {summary}'),
  'agenda.maxCarries': z._default(z.number().check(z.int(), z.minimum(1)), 3),
  'questionChecker.enabled': z._default(z.boolean(), true),
  'reminders.enabled': z._default(z.boolean(), true),
  // Personal, not a team setting (not in TEAM_KEYS): how the editor looks is each person's choice.
  'codeLens.enabled': z._default(z.boolean(), true),
  /** Identity -> local clone (machine scope: read from the user's settings only). */
  repositoryPaths: z._default(z.record(z.string(), z.string()), {}),
});

/** Settings after validation and defaults. */
export type MentoringConfig = z.infer<typeof configSchema>;
