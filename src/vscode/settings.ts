import * as vscode from 'vscode';
import { rootNameProblem } from '../store/recordsRoot';
import { configSchema, type MentoringConfig } from '../core/settings/settingsSchema';
import { CONFIG_SECTION } from './ids';

/**
 * Reads the settings; an invalid value falls back to its default (and is logged by the caller).
 * For the settings that shape records (the team settings) use readTeamSettings, which also reads
 * the team's config.yml; this is for the records root and the handle.
 */
export function readSettings(scope?: vscode.Uri): MentoringConfig & { problems: string[] } {
  const raw = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const input = {
    root: raw.get('root'),
    handle: raw.get('handle'),
    'agenda.maxCarries': raw.get('agenda.maxCarries'),
    commitMessage: raw.get('commitMessage'),
    'questionChecker.enabled': raw.get('questionChecker.enabled'),
    'reminders.enabled': raw.get('reminders.enabled'),
    'codeLens.enabled': raw.get('codeLens.enabled'),
  };
  const parsed = configSchema.safeParse(input);
  const value = parsed.success ? parsed.data : configSchema.parse({});
  const problems: string[] = parsed.success
    ? []
    : [vscode.l10n.t('Invalid mentoring settings: {0}', parsed.error.message)];
  const why = rootNameProblem(value.root);
  if (why) {
    problems.push(vscode.l10n.t('mentoring.root: {0} Using "mentoring".', why));
    value.root = 'mentoring';
  }
  return { ...value, problems };
}
