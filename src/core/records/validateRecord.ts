import type { Problem } from '../problem';
import { parsePlan } from './plan';
import { parseQuestions } from './questions';
import { classifyRecordPath } from './recordPath';
import { parseSession } from './session';

/**
 * All problems of one records file. `file` is how problems name it; `relativeToRoot` decides what
 * kind of record it is. Files that are not records (templates, private notes) have none.
 */
export function validateRecord(file: string, relativeToRoot: string, text: string): Problem[] {
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
