import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Problem } from '../core/problem';
import { parseTeamConfig, TEAM_CONFIG_FILE, type TeamConfig } from '../core/settings/teamConfig';
import { readRecordFile } from './recordFiles';

/**
 * Reads the team's `<root>/config.yml` from disk: none is no settings; a link is not followed (a
 * link planted in the repository could point anywhere); an unreadable file is a problem.
 * `displayName` is how problems name the file.
 */
export function readTeamConfig(root: string, displayName = TEAM_CONFIG_FILE): TeamConfig {
  const file = path.join(root, TEAM_CONFIG_FILE);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return { values: {}, problems: [] };
  }
  if (!stat.isFile()) return { values: {}, problems: [refused(displayName)] };
  const read = readRecordFile(file, displayName);
  if (!read.ok) return { values: {}, problems: [read.problem] };
  return parseTeamConfig(displayName, read.value.text);
}

function refused(file: string): Problem {
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    code: 'config-not-a-file',
    message: 'Team config is not a plain file (a link or a folder); it was not read.',
  };
}
