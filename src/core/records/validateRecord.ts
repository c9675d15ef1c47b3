import type { Problem } from '../problem';
import { parseTeamConfig, TEAM_CONFIG_FILE } from '../settings/teamConfig';
import { parsePlan } from './plan';
import { parseQuestions } from './questions';
import { classifyRecordPath } from './recordPath';
import { parseSession } from './session';

/**
 * All problems of one records file. `file` is how problems name it; `relativeToRoot` decides what
 * kind of record it is (`config.yml` at the root is the team's settings). Files that are not
 * records (templates, private notes) have none.
 */
export function validateRecord(file: string, relativeToRoot: string, text: string): Problem[] {
  // The team's settings are checked like a record: located problems, a clear message per value.
  if (relativeToRoot === TEAM_CONFIG_FILE) return parseTeamConfig(file, text).problems;
  const where = classifyRecordPath(relativeToRoot);
  switch (where.kind) {
    case 'plan':
      return parsePlan(file, text).problems;
    case 'session':
      return parseSession(file, text, where.fileName).problems;
    case 'questions':
      return parseQuestions(file, text).problems;
    case 'other':
      return [];
  }
}
