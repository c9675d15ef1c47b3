/** One calendar event: all day on `date`, or from `time` (floating local time) for `minutes`. */
export interface CalendarEvent {
  /** Stable across exports, so a re-imported calendar updates events instead of doubling them. */
  uid: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM; absent for an all-day event. */
  time?: string;
  minutes?: number;
  summary: string;
  description?: string;
}

/**
 * An RFC 5545 calendar (VCALENDAR of VEVENTs): CRLF line endings, lines folded at 75 octets
 * (never inside a UTF-8 character), TEXT values escaped. `stamp` is the DTSTAMP, a UTC moment as
 * `YYYYMMDDTHHMMSSZ`, given by the caller because core reads no clock.
 */
export function icsCalendar(events: readonly CalendarEvent[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentoring Journal//Mentoring Journal//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const e of events) {
    const day = e.date.replace(/-/g, '');
    lines.push('BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`);
    if (e.time === undefined) lines.push(`DTSTART;VALUE=DATE:${day}`);
    else
      lines.push(`DTSTART:${day}T${e.time.replace(':', '')}00`, `DURATION:PT${e.minutes ?? 60}M`);
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

// TEXT allows HTAB among the control characters; line breaks are escaped before this runs.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, a line break written
 * as `\n`. Other control characters are not allowed in TEXT: they become spaces, so a name from a
 * repository cannot end a line or start a property of its own.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(CONTROL, ' ');
}

/**
 * Folds a content line so no physical line is longer than 75 octets of UTF-8 (RFC 5545 3.1): the
 * continuation starts with one space, which counts towards its 75. Splits between characters.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
