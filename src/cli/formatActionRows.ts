import { MARKDOWN, type Markup } from '../core/text/markup';
import type { ActionRow } from './actionRows';
import { t } from '../core/l10n';

/**
 * Action items as markdown: a heading a relationship, then one an owner (named owners in
 * alphabetical order, items without an owner last), overdue items first, then by due date, then
 * in the order they were written. `where` gives the `file:line` to print for a row. PLAIN
 * markup: the same without heading marks or emphasis.
 */
export function formatActionRows(
  rows: readonly ActionRow[],
  where: (r: ActionRow) => string,
  m: Markup = MARKDOWN,
): string {
  const out: string[] = [];
  for (const rel of unique(rows.map((r) => r.relationship)).sort()) {
    out.push(m.heading(1, rel));
    const mine = rows.filter((r) => r.relationship === rel);
    const owners = unique(mine.map((r) => r.owner)).sort(byOwner);
    for (const owner of owners) {
      out.push('', m.heading(2, owner === null ? t('(no owner)') : `@${owner}`));
      const items = mine
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.owner === owner)
        .sort((a, b) => Number(b.r.overdue) - Number(a.r.overdue) || byDue(a.r, b.r) || a.i - b.i);
      for (const { r } of items) {
        const box = r.done ? '[x]' : '[ ]';
        const flag = r.overdue ? `${m.strong('overdue')} ` : '';
        out.push(`- ${box} ${flag}${r.text} (${where(r)})`);
      }
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function byOwner(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}

// Undated items after dated ones: a date is a promise, so it comes first.
function byDue(a: ActionRow, b: ActionRow): number {
  if (a.due === b.due) return 0;
  if (a.due === null) return 1;
  if (b.due === null) return -1;
  return a.due < b.due ? -1 : 1;
}
