// The .ics Export Calendar writes, read back by a tiny RFC 5545 parser written here (unfolding,
// TEXT unescaping), so folding and escaping are checked on what a calendar program would read.
import * as assert from 'node:assert/strict';
import { escapeText, foldLine, icsCalendar } from '../../src/core/calendar/icsCalendar';

interface Property {
  name: string;
  params: string;
  value: string;
}

/** Physical lines, each checked: CRLF only, at most 75 octets; then unfolded content lines. */
function contentLines(ics: string): string[] {
  assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(!/[\r\n]/.test(line), `a bare CR or LF in ${JSON.stringify(line)}`);
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `over 75 octets: ${JSON.stringify(line)}`);
  }
  const out: string[] = [];
  for (const line of physical)
    if (line.startsWith(' ')) out[out.length - 1] += line.slice(1);
    else out.push(line);
  return out;
}

/** One content line: name, parameters, value (the first ":" outside quotes ends the name part). */
function property(line: string): Property {
  const colon = line.indexOf(':');
  const head = line.slice(0, colon);
  const semi = head.indexOf(';');
  return {
    name: semi < 0 ? head : head.slice(0, semi),
    params: semi < 0 ? '' : head.slice(semi + 1),
    value: line.slice(colon + 1),
  };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The VEVENTs as maps of property name to property. */
function events(ics: string): Map<string, Property>[] {
  const lines = contentLines(ics).map(property);
  assert.deepEqual(lines[0], { name: 'BEGIN', params: '', value: 'VCALENDAR' });
  assert.deepEqual(lines[lines.length - 1], { name: 'END', params: '', value: 'VCALENDAR' });
  const out: Map<string, Property>[] = [];
  let current: Map<string, Property> | undefined;
  for (const p of lines) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') current = new Map();
    else if (p.name === 'END' && p.value === 'VEVENT') {
      out.push(current as Map<string, Property>);
      current = undefined;
    } else if (current) {
      assert.ok(!current.has(p.name), `${p.name} twice in one event`);
      current.set(p.name, p);
    }
  }
  return out;
}

const HOSTILE = [
  "Zoë O'Brien; Jr, \\ PhD\nBEGIN:VEVENT\r\nSUMMARY:injected",
  'Sam 李小龍 🧑‍🏫 '.repeat(12),
];

describe('calendar: .ics output (RFC 5545)', () => {
  it('writes all-day and timed events with stable UIDs, DTSTAMP and CRLF line ends', () => {
    const ics = icsCalendar(
      [
        { uid: '2026-12-07-alex@mentoring-journal', date: '2026-12-07', summary: 'Mentoring: A' },
        {
          uid: '2026-12-14-alex@mentoring-journal',
          date: '2026-12-14',
          time: '09:05',
          minutes: 45,
          summary: 'Mentoring: A',
        },
      ],
      '20261204T000000Z',
    );
    const [allDay, timed] = events(ics);
    assert.deepEqual(allDay.get('DTSTART'), {
      name: 'DTSTART',
      params: 'VALUE=DATE',
      value: '20261207',
    });
    assert.equal(allDay.get('DTSTAMP')?.value, '20261204T000000Z');
    assert.equal(allDay.get('UID')?.value, '2026-12-07-alex@mentoring-journal');
    assert.equal(allDay.has('DURATION'), false);
    assert.equal(timed.get('DTSTART')?.value, '20261214T090500');
    assert.equal(timed.get('DURATION')?.value, 'PT45M');
    const head = contentLines(ics).slice(0, 3);
    assert.deepEqual(head, [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Mentoring Journal//Mentoring Journal//EN',
    ]);
  });

  it('escapes and folds hostile names so they read back exactly and add no properties', () => {
    const ics = icsCalendar(
      HOSTILE.map((name, i) => ({
        uid: `u${i}`,
        date: '2026-12-07',
        summary: `Mentoring: ${name}`,
        description: name,
      })),
      '20261204T000000Z',
    );
    const parsed = events(ics);
    assert.equal(parsed.length, HOSTILE.length, 'no event injected');
    HOSTILE.forEach((name, i) => {
      // CRLF inside a name is one line break; both read back as "\n".
      const expected = name.replace(/\r\n/g, '\n');
      assert.equal(unescapeText(parsed[i].get('SUMMARY')?.value ?? ''), `Mentoring: ${expected}`);
      assert.equal(unescapeText(parsed[i].get('DESCRIPTION')?.value ?? ''), expected);
      assert.deepEqual(
        [...parsed[i].keys()],
        ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY', 'DESCRIPTION'],
      );
    });
  });

  it('folds at 75 octets between characters, never inside a multi-byte one', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'🧑'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 2);
    for (const p of parts) assert.ok(Buffer.byteLength(p, 'utf8') <= 75);
    assert.ok(parts.slice(1).every((p) => p.startsWith(' ')));
    assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), line);
    assert.ok(!folded.includes('\uFFFD'));
    assert.equal(foldLine('X'.repeat(75)), 'X'.repeat(75));
    assert.equal(foldLine('X'.repeat(76)), `${'X'.repeat(75)}\r\n X`);
  });

  it('escapes backslash, semicolon, comma and line breaks, and blanks other control characters', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\x1b[31mg\th'), 'a\\\\b\\;c\\,d\\ne\\nf [31mg\th');
  });
});
