import type { AnonymousTeamReport } from './anonymousTeamReport';
import { MARKDOWN, type Markup } from '../text/markup';
import { count } from './reportMarkdown';
import type { CadenceKept, TeamReport } from './teamReport';

/**
 * The team report as markdown: programme totals, a table of relationships (kind, mentors,
 * cadence, how well it was kept, open items and their ages, last session) and a table of
 * sessions per month. It shows only what the model holds: front matter and file metadata. An
 * anonymous report shows labels, and no mentor count, start date or date of a last session.
 * With PLAIN markup: the same report as plain text, tables as aligned columns.
 */
export function formatTeamReport(
  r: TeamReport | AnonymousTeamReport,
  m: Markup = MARKDOWN,
): string {
  const t = r.totals;
  const span = `${r.months[0]} to ${r.months[r.months.length - 1]}`;
  const anonymous = 'anonymous' in r;
  const out = [
    m.heading(1, anonymous ? `Team report, anonymous (${r.today})` : `Team report (${r.today})`),
    '',
    'Built from front matter and file metadata only: no text of any note, goal, action item or question.',
    ...(anonymous
      ? [
          '',
          'Relationships are labelled by a hash of their folder name: the same label in every report, no names.',
        ]
      : ['', 'Relationships are named by their folder, which is made from the mentee’s name.']),
    '',
    m.heading(2, 'Programme'),
    '',
    `- Relationships: ${t.relationships}`,
    `- Sessions ${span}: ${t.sessions}`,
    `- Cadence kept: ${kept(t.cadenceKept)}`,
    `- Open action items: ${t.openActions} (${t.overdueActions} overdue)`,
    `- Relationships with a session overdue: ${t.overdueRelationships}`,
    '',
    m.heading(2, 'Relationships'),
    '',
  ];
  if (r.relationships.length === 0) {
    out.push('No relationships yet.');
    return out.join('\n') + '\n';
  }
  if ('anonymous' in r) {
    const rows: string[][] = [];
    for (const x of r.relationships) {
      const last =
        x.daysSinceLast === null
          ? 'none'
          : `${count(x.daysSinceLast, 'day')} ago${x.overdue ? ', overdue' : ''}`;
      rows.push([
        `${x.label}${x.plan ? '' : ' (no readable plan)'}${errorsOf(x.filesWithErrors)}`,
        m.text(x.kind ?? '-'),
        m.text(x.cadence ?? 'biweekly (assumed)'),
        ...itemCells(x),
        last,
      ]);
    }
    out.push(
      ...m.table(
        [
          'Relationship',
          'Kind',
          'Cadence',
          'Cadence kept',
          'Open items',
          'Oldest open',
          'Median age',
          'Last session',
        ],
        [false, false, false, false, true, true, true, false],
        rows,
      ),
    );
    monthTable(
      m,
      out,
      r.months,
      r.relationships.map((x) => [x.label, x.sessionsPerMonth]),
      t.sessionsPerMonth,
    );
    return out.join('\n') + '\n';
  }
  const rows: string[][] = [];
  for (const x of r.relationships) {
    const last =
      x.lastSession === null
        ? 'none'
        : `${x.lastSession} (${count(x.daysSinceLast ?? 0, 'day')} ago${x.overdue ? ', overdue' : ''})`;
    const name = x.plan ? m.text(x.slug) : `${m.text(x.slug)} (no readable plan)`;
    rows.push([
      `${name}${errorsOf(x.filesWithErrors)}`,
      m.text(x.kind ?? '-'),
      String(x.mentors),
      m.text(x.cadence ?? 'biweekly (assumed)'),
      x.started ?? '-',
      ...itemCells(x),
      last,
    ]);
  }
  out.push(
    ...m.table(
      [
        'Relationship',
        'Kind',
        'Mentors',
        'Cadence',
        'Started',
        'Cadence kept',
        'Open items',
        'Oldest open',
        'Median age',
        'Last session',
      ],
      [false, false, true, false, false, false, true, true, true, false],
      rows,
    ),
  );
  monthTable(
    m,
    out,
    r.months,
    r.relationships.map((x) => [m.text(x.slug), x.sessionsPerMonth]),
    t.sessionsPerMonth,
  );
  return out.join('\n') + '\n';
}

function errorsOf(files: number): string {
  return files ? `; ${count(files, 'file')} with errors` : '';
}

/** The cadence kept and open-item cells, the same in both forms. */
function itemCells(x: {
  cadenceKept: CadenceKept;
  openActions: {
    count: number;
    overdue: number;
    oldestDays: number | null;
    medianDays: number | null;
  };
}): string[] {
  const a = x.openActions;
  return [
    kept(x.cadenceKept),
    a.overdue ? `${a.count} (${a.overdue} overdue)` : String(a.count),
    a.oldestDays === null ? '-' : count(a.oldestDays, 'day'),
    a.medianDays === null ? '-' : count(a.medianDays, 'day'),
  ];
}

function monthTable(
  m: Markup,
  out: string[],
  months: readonly string[],
  rows: readonly (readonly [string, readonly number[]])[],
  totals: readonly number[],
): void {
  out.push(
    '',
    m.heading(2, 'Sessions per month'),
    '',
    ...m.table(
      ['Relationship', ...months],
      [false, ...months.map(() => true)],
      [
        ...rows.map(([name, counts]) => [name, ...counts.map(String)]),
        [m.strong('Total'), ...totals.map(String)],
      ],
    ),
  );
}

function kept(k: CadenceKept): string {
  if (k.share === null) return 'no whole window yet';
  return `${Math.round(k.share * 100)}% (${k.kept} of ${k.windows})`;
}
