import type * as vscode from 'vscode';
import { slugify } from '../core/slug';
import type { Services } from './services';
import { readSettings } from './settings';

/** The user's one-word handle: the setting, else the first word of git user.name. */
export async function userHandle(
  s: Services,
  folder: vscode.WorkspaceFolder,
): Promise<string | undefined> {
  const configured = readSettings(folder.uri).handle.trim().replace(/^@/, '');
  if (configured) return configured;
  const name = (await s.git.identity(folder)).name;
  const first = name ? slugify(name.split(/\s+/)[0]) : '';
  return first || undefined;
}
