import type { AnonymousTeamReport } from './anonymousTeamReport';
import { count, md } from './reportMarkdown';
import type { CadenceKept, TeamReport } from './teamReport';

/**
 * The team report as markdown: programme totals, a table of relationships (kind, mentors,
 * cadence, how well it was kept, open items and their ages, last session) and a table of
 * sessions per month. It shows only what the model holds: front matter and file metadata. An
 * anonymous report shows labels, and no mentor count, start date or date of a last session.
 */
export function formatTeamReport(r: TeamReport | AnonymousTeamReport): string {
  const t = r.totals;
  const span = `${r.months[0]} to ${r.months[r.months.length - 1]}`;
  const anonymous = 'anonymous' in r;
  const out = [
    anonymous ? `# Team report, anonymous (${r.today})` : `# Team report (${r.today})`,
    '',
    'Built from front matter and file metadata only: no text of any note, goal, action item or question.',
    ...(anonymous
      ? [
          '',
          'Relationships are labelled by a hash of their folder name: the same label in every report, no names.',
        ]
      : ['', 'Relationships are named by their folder, which is made from the mentee’s name.']),
    '',
    '## Programme',
    '',
    `- Relationships: ${t.relationships}`,
    `- Sessions ${span}: ${t.sessions}`,
    `- Cadence kept: ${kept(t.cadenceKept)}`,
    `- Open action items: ${t.openActions} (${t.overdueActions} overdue)`,
    `- Relationships with a session overdue: ${t.overdueRelationships}`,
    '',
    '## Relationships',
    '',
  ];
  if (r.relationships.length === 0) {
    out.push('No relationships yet.');
    return out.join('\n') + '\n';
  }
  if ('anonymous' in r) {
    out.push(
      '| Relationship | Kind | Cadence | Cadence kept | Open items | Oldest open | Median age | Last session |',
      '|---|---|---|---|---:|---:|---:|---|',
    );
    for (const x of r.relationships) {
      const last =
        x.daysSinceLast === null
          ? 'none'
          : `${count(x.daysSinceLast, 'day')} ago${x.overdue ? ', overdue' : ''}`;
      out.push(
        row([
          `${x.label}${x.plan ? '' : ' (no readable plan)'}${errorsOf(x.filesWithErrors)}`,
          md(x.kind ?? '-'),
          md(x.cadence ?? 'biweekly (assumed)'),
          ...itemCells(x),
          last,
        ]),
      );
    }
    monthTable(
      out,
      r.months,
      r.relationships.map((x) => [x.label, x.sessionsPerMonth]),
      t.sessionsPerMonth,
    );
    return out.join('\n') + '\n';
  }
  out.push(
    '| Relationship | Kind | Mentors | Cadence | Started | Cadence kept | Open items | Oldest open | Median age | Last session |',
    '|---|---|---:|---|---|---|---:|---:|---:|---|',
  );
  for (const x of r.relationships) {
    const last =
      x.lastSession === null
        ? 'none'
        : `${x.lastSession} (${count(x.daysSinceLast ?? 0, 'day')} ago${x.overdue ? ', overdue' : ''})`;
    const name = x.plan ? md(x.slug) : `${md(x.slug)} (no readable plan)`;
    out.push(
      row([
        `${name}${errorsOf(x.filesWithErrors)}`,
        md(x.kind ?? '-'),
        String(x.mentors),
        md(x.cadence ?? 'biweekly (assumed)'),
        x.started ?? '-',
        ...itemCells(x),
        last,
      ]),
    );
  }
  monthTable(
    out,
    r.months,
    r.relationships.map((x) => [md(x.slug), x.sessionsPerMonth]),
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
  out: string[],
  months: readonly string[],
  rows: readonly (readonly [string, readonly number[]])[],
  totals: readonly number[],
): void {
  out.push(
    '',
    '## Sessions per month',
    '',
    row(['Relationship', ...months]),
    `|---|${months.map(() => '---:|').join('')}`,
  );
  for (const [name, counts] of rows) out.push(row([name, ...counts.map(String)]));
  out.push(row(['**Total**', ...totals.map(String)]));
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function kept(k: CadenceKept): string {
  if (k.share === null) return 'no whole window yet';
  return `${Math.round(k.share * 100)}% (${k.kept} of ${k.windows})`;
}
