import { parsePlan, type Plan } from './plan';
import { parseQuestions, type QueuedQuestion } from './questions';
import { parseSession, sessionFileDate, type Session } from './session';
import type { Problem } from '../problem';

/** One session file of a relationship, in order. */
export interface SessionRecord {
  /** Path relative to the records root, with "/": `alex-rivera/sessions/2026-11-23.md`. */
  file: string;
  fileName: string;
  date: string;
  ordinal: number;
  /** Undefined when the file could not be parsed or its front matter is invalid. */
  session?: Session;
}

/** Everything recorded for one relationship, parsed once. */
export interface RelationshipRecords {
  slug: string;
  plan?: Plan;
  /** Sessions by date, then by the -2, -3 ordinal. */
  sessions: SessionRecord[];
  questions: QueuedQuestion[];
  /** `<slug>/questions.md`. */
  questionsFile: string;
  problems: Problem[];
}

/** A records file's path relative to the records root and its text. */
export interface RecordText {
  path: string;
  text: string;
}

/**
 * Reads a relationship from its files (paths relative to the records root). Files of other
 * relationships and other kinds are ignored; session files not named by date are left out.
 */
export function readRelationship(slug: string, files: readonly RecordText[]): RelationshipRecords {
  const rel: RelationshipRecords = {
    slug,
    sessions: [],
    questions: [],
    questionsFile: `${slug}/questions.md`,
    problems: [],
  };
  for (const f of files) {
    const parts = f.path.split('/');
    if (parts[0] !== slug) continue;
    if (parts.length === 2 && parts[1] === 'plan.md') {
      const r = parsePlan(f.path, f.text);
      rel.plan = r.plan;
      rel.problems.push(...r.problems);
    } else if (parts.length === 2 && parts[1] === 'questions.md') {
      const r = parseQuestions(f.path, f.text);
      rel.questions = r.questions;
      rel.problems.push(...r.problems);
    } else if (parts.length === 3 && parts[1] === 'sessions') {
      const named = sessionFileDate(parts[2]);
      if (!named) continue;
      const r = parseSession(f.path, f.text, parts[2]);
      rel.problems.push(...r.problems);
      rel.sessions.push({
        file: f.path,
        fileName: parts[2],
        date: named.date,
        ordinal: named.ordinal,
        session: r.session,
      });
    }
  }
  rel.sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.ordinal - b.ordinal));
  return rel;
}
