import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseTeamConfig, TEAM_CONFIG_FILE, type TeamConfig } from '../core/settings/teamConfig';
import { readRecordFile } from './recordFiles';

/**
 * Reads the team's `<root>/config.yml` from disk: none is no settings; a link is not followed (a
 * link planted in the repository could point anywhere); an unreadable file is a problem.
 * `displayName` is how problems name the file.
 */
export function readTeamConfig(root: string, displayName = TEAM_CONFIG_FILE): TeamConfig {
  const file = path.join(root, TEAM_CONFIG_FILE);
  // One reader for every repository file: a link, FIFO, device or oversize file is refused on
  // the opened descriptor, with a located problem; a missing file is no settings.
  const read = readRecordFile(root, file, displayName);
  if (!read.ok) {
    if (!fs.existsSync(file) && !isLink(file)) return { values: {}, problems: [] };
    return { values: {}, problems: [read.problem] };
  }
  return parseTeamConfig(displayName, read.value.text);
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
