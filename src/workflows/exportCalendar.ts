import { icsCalendar, type CalendarEvent } from '../core/calendar/icsCalendar';
import { t } from '../core/l10n';
import { upcomingSessions } from '../core/calendar/upcomingSessions';
import { done, failed, type Outcome } from './outcome';
import type { Clock, RecordsPort } from './ports';

/** Export Calendar: which relationship, how many sessions, and the moment of the export. */
export interface ExportCalendarRequest {
  slug: string;
  /** How many upcoming sessions (default 6). */
  count?: number;
  /** HH:MM: timed events at this local time; all-day events without it. */
  time?: string;
  /** Minutes of a timed event (default: the last held session's duration, else 60). */
  minutes?: number;
  /** DTSTAMP: the export's moment in UTC, `YYYYMMDDTHHMMSSZ` (see icsStamp). */
  stamp: string;
}

/** The calendar's text and what it holds. */
export interface CalendarExport {
  text: string;
  dates: string[];
  /** A file name to suggest: `<slug>-sessions.ics`. */
  fileName: string;
}

/** The most events one export writes: a calendar, not a schedule for life. */
export const MAX_CALENDAR_EVENTS = 100;

/**
 * The cadence's next sessions of a relationship as an .ics calendar (RFC 5545). Each event's UID
 * is the relationship and the date, so importing a later export updates the same events. Names
 * in the summary come from the plan: untrusted text, escaped by icsCalendar.
 */
export async function exportCalendar(
  request: ExportCalendarRequest,
  ports: { records: RecordsPort; clock: Clock },
): Promise<Outcome<CalendarExport>> {
  const count = request.count ?? 6;
  if (!Number.isInteger(count) || count < 1 || count > MAX_CALENDAR_EVENTS)
    return failed(
      'refused',
      t('the count must be a whole number from 1 to {0}', MAX_CALENDAR_EVENTS),
    );
  if (request.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(request.time))
    return failed('refused', t('the time must be HH:MM (24 hours), not "{0}"', request.time));
  const rel = await ports.records.readRelationship(request.slug);
  if (!rel.plan)
    return failed(
      'not-found',
      t('no readable plan for "{0}"', request.slug),
      `${request.slug}/plan.md`,
    );
  const dates = upcomingSessions(rel, ports.clock.today(), count);
  if (!dates)
    return failed(
      'refused',
      t(
        'the plan\'s cadence "{0}" is not weekly, biweekly, monthly or "every N days"',
        rel.plan.cadence ?? '',
      ),
      rel.plan.file,
    );
  const lastMinutes = [...rel.sessions].reverse().find((s) => s.session?.durationMinutes)
    ?.session?.durationMinutes;
  const summary = t('Mentoring: {0}', [rel.plan.mentee, ...rel.plan.mentors].join(' & '));
  const events: CalendarEvent[] = dates.map((date) => ({
    uid: `${date}-${rel.slug}@mentoring-journal`,
    date,
    ...(request.time !== undefined
      ? { time: request.time, minutes: request.minutes ?? lastMinutes ?? 60 }
      : {}),
    summary,
    description: t(
      'Mentoring session ({0}). Records: {1}/',
      rel.plan?.cadence ?? 'biweekly',
      rel.slug,
    ),
  }));
  return done({
    text: icsCalendar(events, request.stamp),
    dates,
    fileName: `${rel.slug}-sessions.ics`,
  });
}

/** A moment as an iCalendar UTC date-time (`20261204T164500Z`), for DTSTAMP. */
export function icsStamp(moment: Date): string {
  return moment
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
