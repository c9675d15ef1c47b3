import { count, md } from './reportMarkdown';
import type { CadenceKept, TeamReport } from './teamReport';

/**
 * The team report as markdown: programme totals, a table of relationships (kind, mentors,
 * cadence, how well it was kept, open items and their ages, last session) and a table of
 * sessions per month. It shows only what the model holds: front matter and file metadata.
 */
export function formatTeamReport(r: TeamReport): string {
  const t = r.totals;
  const span = `${r.months[0]} to ${r.months[r.months.length - 1]}`;
  const out = [
    `# Team report (${r.today})`,
    '',
    'Built from front matter and file metadata only: no text of any note, goal, action item or question.',
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
  out.push(
    '| Relationship | Kind | Mentors | Cadence | Started | Cadence kept | Open items | Oldest open | Median age | Last session |',
    '|---|---|---:|---|---|---|---:|---:|---:|---|',
  );
  for (const x of r.relationships) {
    const a = x.openActions;
    const last =
      x.lastSession === null
        ? 'none'
        : `${x.lastSession} (${count(x.daysSinceLast ?? 0, 'day')} ago${x.overdue ? ', overdue' : ''})`;
    const name = x.plan ? md(x.slug) : `${md(x.slug)} (no readable plan)`;
    const errors = x.filesWithErrors ? `; ${count(x.filesWithErrors, 'file')} with errors` : '';
    out.push(
      row([
        `${name}${errors}`,
        md(x.kind ?? '-'),
        String(x.mentors),
        md(x.cadence ?? 'biweekly (assumed)'),
        x.started ?? '-',
        kept(x.cadenceKept),
        a.overdue ? `${a.count} (${a.overdue} overdue)` : String(a.count),
        a.oldestDays === null ? '-' : count(a.oldestDays, 'day'),
        a.medianDays === null ? '-' : count(a.medianDays, 'day'),
        last,
      ]),
    );
  }
  out.push(
    '',
    '## Sessions per month',
    '',
    row(['Relationship', ...r.months]),
    `|---|${r.months.map(() => '---:|').join('')}`,
  );
  for (const x of r.relationships) out.push(row([md(x.slug), ...x.sessionsPerMonth.map(String)]));
  out.push(row(['**Total**', ...t.sessionsPerMonth.map(String)]));
  return out.join('\n') + '\n';
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function kept(k: CadenceKept): string {
  if (k.share === null) return 'no whole window yet';
  return `${Math.round(k.share * 100)}% (${k.kept} of ${k.windows})`;
}
