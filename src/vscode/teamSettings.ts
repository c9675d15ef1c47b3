import * as path from 'node:path';
import * as vscode from 'vscode';
import { TEAM_CONFIG_FILE } from '../core/settings/teamConfig';
import { configSchema } from '../core/settings/settingsSchema';
import {
  resolveTeamSettings,
  TEAM_KEYS,
  type TeamKey,
  type TeamSettings,
} from '../core/settings/teamSettings';
import { readTeamConfig } from '../store/readTeamConfig';
import { CONFIG_SECTION } from './ids';

/**
 * The team settings for a records root: a VS Code setting set explicitly at any level (user,
 * workspace, folder, language) wins, then the team's `<root>/config.yml`, then the default. A
 * setting left at its default never hides the team's file. Problems (a bad value in either
 * place) come back as messages; the value falls back to the next source.
 *
 * config.yml is read from disk (saved text), so a team file takes effect when saved; virtual
 * workspaces have no disk and use the settings alone.
 */
export function readTeamSettings(
  root: vscode.Uri,
  scope: vscode.Uri = root,
): { settings: TeamSettings; problems: string[] } {
  const raw = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const explicit: Partial<Record<TeamKey, unknown>> = {};
  const problems: string[] = [];
  for (const key of TEAM_KEYS) {
    const i = raw.inspect(key);
    const set = [
      i?.globalValue,
      i?.workspaceValue,
      i?.workspaceFolderValue,
      i?.globalLanguageValue,
      i?.workspaceLanguageValue,
      i?.workspaceFolderLanguageValue,
    ].some((v) => v !== undefined);
    if (!set) continue;
    const value = raw.get(key);
    const parsed = configSchema.shape[key].safeParse(value);
    if (parsed.success) explicit[key] = parsed.data;
    else
      problems.push(
        vscode.l10n.t(
          '{0}.{1}: {2} is not valid; ignored.',
          CONFIG_SECTION,
          key,
          JSON.stringify(value),
        ),
      );
  }
  let file: Partial<TeamSettings> = {};
  if (root.scheme === 'file') {
    const shown = path.join(vscode.workspace.asRelativePath(root), TEAM_CONFIG_FILE);
    const config = readTeamConfig(root.fsPath, shown.split(path.sep).join('/'));
    file = config.values;
    for (const p of config.problems)
      if (p.severity !== 'hint') problems.push(`${p.file}:${p.line}: ${p.message}`);
  }
  return { settings: resolveTeamSettings(explicit as Partial<TeamSettings>, file), problems };
}
