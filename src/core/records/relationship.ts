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

/** One records file parsed on its own: what a relationship is assembled from. */
export type ParsedRecord =
  | { path: string; kind: 'plan'; plan?: Plan; problems: Problem[] }
  | { path: string; kind: 'questions'; questions: QueuedQuestion[]; problems: Problem[] }
  | { path: string; kind: 'session'; record: SessionRecord; problems: Problem[] }
  | { path: string; kind: 'other'; problems: Problem[] };

/**
 * Parses one records file by its place (`<slug>/plan.md`, `<slug>/questions.md`,
 * `<slug>/sessions/<date>.md`); anything else, or a session file not named by date, is `other`.
 */
export function parseRecordFile(path: string, text: string): ParsedRecord {
  const parts = path.split('/');
  if (parts.length === 2 && parts[1] === 'plan.md') {
    const r = parsePlan(path, text);
    return { path, kind: 'plan', plan: r.plan, problems: r.problems };
  }
  if (parts.length === 2 && parts[1] === 'questions.md') {
    const r = parseQuestions(path, text);
    return { path, kind: 'questions', questions: r.questions, problems: r.problems };
  }
  const named = parts.length === 3 && parts[1] === 'sessions' ? sessionFileDate(parts[2]) : undefined;
  if (!named) return { path, kind: 'other', problems: [] };
  const r = parseSession(path, text, parts[2]);
  return {
    path,
    kind: 'session',
    problems: r.problems,
    record: {
      file: path,
      fileName: parts[2],
      date: named.date,
      ordinal: named.ordinal,
      session: r.session,
    },
  };
}

/**
 * Assembles a relationship from files parsed one by one, without parsing again: the records
 * cache keeps each file's ParsedRecord and re-parses only the file that changed.
 */
export function assembleRelationship(
  slug: string,
  files: Iterable<ParsedRecord>,
): RelationshipRecords {
  const rel: RelationshipRecords = {
    slug,
    sessions: [],
    questions: [],
    questionsFile: `${slug}/questions.md`,
    problems: [],
  };
  for (const f of files) {
    if (f.path.split('/')[0] !== slug || f.kind === 'other') continue;
    rel.problems.push(...f.problems);
    if (f.kind === 'plan') rel.plan = f.plan;
    else if (f.kind === 'questions') rel.questions = f.questions;
    else rel.sessions.push(f.record);
  }
  rel.sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.ordinal - b.ordinal));
  return rel;
}

/**
 * Reads a relationship from its files (paths relative to the records root). Files of other
 * relationships and other kinds are ignored; session files not named by date are left out.
 */
export function readRelationship(slug: string, files: readonly RecordText[]): RelationshipRecords {
  return assembleRelationship(
    slug,
    files.filter((f) => f.path.split('/')[0] === slug).map((f) => parseRecordFile(f.path, f.text)),
  );
}
