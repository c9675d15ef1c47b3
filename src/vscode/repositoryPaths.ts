import * as path from 'node:path';
import * as vscode from 'vscode';
import { CONFIG_SECTION, SETTINGS } from './ids';

/**
 * The user's `mentoring.repositoryPaths` (identity -> local clone). Only the user's own value is
 * read (`globalValue`): a workspace or repository must never point the extension at a folder.
 * Entries that are not an absolute path are left out.
 */
export function machineRepositoryPaths(): Record<string, string> {
  const value = vscode.workspace
    .getConfiguration(CONFIG_SECTION)
    .inspect<unknown>(SETTINGS.repositoryPaths)?.globalValue;
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [identity, dir] of Object.entries(value as Record<string, unknown>))
    if (typeof dir === 'string' && path.isAbsolute(dir)) out[identity] = dir;
  return out;
}
