import * as z from 'zod/mini';
import { problem, type Problem } from '../problem';
import { readActionItems, type ActionItem } from './actionItem';
import { checkFrontMatter, isoDateSchema, stringListSchema } from './frontMatterSchema';
import { SESSION_STATUSES, type SessionStatus } from './held';
import { readRecordDocument, type RecordDocument } from './recordDocument';
import { t } from '../l10n';

/** Keys a session's front matter knows. */
export const SESSION_KEYS = [
  'date',
  'attendees',
  'duration',
  'status',
  'started',
  'ended',
  'goals',
  'head',
] as const;
/** The usual order of a session's sections; new sections are placed by it. */
export const SESSION_SECTIONS = [
  'Agenda',
  'Notes',
  'Decisions',
  'Action items',
  'Reflection',
  'Next time',
] as const;

const DURATION = /^(?:(\d+(?:\.\d+)?)\s*h(?:ours?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?)?)?)?$/i;

/** Minutes from a duration value: 45, "45m", "1h", "1h30m", "90 min". */
export function durationMinutes(value: number | string): number | undefined {
  if (typeof value === 'number') return value >= 0 ? value : undefined;
  const t = value.trim();
  // No real duration is this long; the cap also keeps the regex's work small on hostile text.
  if (t.length > 24) return undefined;
  if (/^\d+$/.test(t)) return Number(t);
  const m = DURATION.exec(t);
  if (!m || (!m[1] && !m[2])) return undefined;
  return Math.round(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
}

const sha = z.string().check(z.regex(/^[0-9a-f]{4,64}$/i, 'must be a commit id (hexadecimal)'));

// A clock time as End Session stamps it ("14:00"); quoted in YAML so it stays a string.
const clockTime = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day such as "14:00"'));

const sessionFrontMatterSchema = z.object({
  date: isoDateSchema,
  status: z.optional(
    z.enum(SESSION_STATUSES, { error: `must be one of ${SESSION_STATUSES.join(', ')}` }),
  ),
  started: z.optional(clockTime),
  ended: z.optional(clockTime),
  attendees: z.optional(stringListSchema),
  duration: z.optional(
    z
      .union([z.number(), z.string()])
      .check(
        z.refine(
          (v) => durationMinutes(v) !== undefined,
          'must be minutes, such as 45, "45m", "1h" or "1h30m"',
        ),
      ),
  ),
  goals: z.optional(
    stringListSchema.check(
      z.refine((l) => l.every((g) => /^G\d+$/.test(g)), 'must list goal ids such as G1'),
    ),
  ),
  head: z.optional(z.union([sha, z.record(z.string(), sha)])),
});

/** A parsed session file. */
export interface Session {
  file: string;
  date: string;
  attendees: string[];
  durationMinutes?: number;
  /** prepared | held | cancelled; absent in most logs (see isHeld). */
  status?: SessionStatus;
  /** "14:00", stamped by Start Session / End Session. */
  started?: string;
  ended?: string;
  goals: string[];
  /** HEAD of the code repository when the session was logged (by folder when several). */
  head?: string | Record<string, string>;
  actionItems: ActionItem[];
}

/** The result of reading a session: the model when usable, the document for edits, the problems. */
export interface SessionResult {
  session?: Session;
  doc: RecordDocument;
  problems: Problem[];
}

/** The date and ordinal a session file name carries: `2026-11-23.md`, `2026-11-23-2.md`. */
export function sessionFileDate(fileName: string): { date: string; ordinal: number } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:-(\d+))?\.md$/.exec(fileName);
  return m ? { date: m[1], ordinal: m[2] ? Number(m[2]) : 1 } : undefined;
}

/** Parses and validates a session file; `fileName` is its base name, checked against its date. */
export function parseSession(file: string, text: string, fileName?: string): SessionResult {
  const doc = readRecordDocument(file, text, { frontMatter: 'required' });
  if (doc.fatal || !doc.frontMatter) return { doc, problems: doc.problems };
  const problems = [...doc.problems];
  const fm = checkFrontMatter(file, doc.frontMatter, sessionFrontMatterSchema, SESSION_KEYS);
  problems.push(...fm.problems);
  const actionItems = readActionItems(doc, problems);
  if (!fm.value) return { doc, problems };
  const v = fm.value;
  const named = fileName === undefined ? undefined : sessionFileDate(fileName);
  if (fileName !== undefined && !named) {
    problems.push(
      problem(
        file,
        1,
        1,
        'warning',
        'session-file-name',
        t('Session file name "{0}" should be the date, such as {1}.md.', fileName, v.date),
      ),
    );
  } else if (named && named.date !== v.date) {
    const line = doc.frontMatter.entries.find((e) => e.key === 'date')?.line ?? 1;
    problems.push(
      problem(
        file,
        line,
        1,
        'warning',
        'date-mismatch',
        t("Session date {0} does not match the file name's date {1}.", v.date, named.date),
      ),
    );
  }
  return {
    session: {
      file,
      date: v.date,
      attendees: v.attendees ?? [],
      durationMinutes: v.duration === undefined ? undefined : durationMinutes(v.duration),
      status: v.status,
      started: v.started,
      ended: v.ended,
      goals: v.goals ?? [],
      head: v.head,
      actionItems,
    },
    doc,
    problems,
  };
}
