import * as vscode from 'vscode';
import { toIsoDate } from '../core/dates';
import { cadenceStatus } from '../core/records/cadence';
import { COMMANDS } from './ids';
import { qualifiedName, type RecordsLocator } from './recordsLocator';
import { loadRelationship } from './relationshipLoader';

/**
 * Updates the status bar item: the current relationship (the active editor's, else the first),
 * days since its last session and when the next is due. Hidden when there are no records.
 */
export async function updateCadenceStatusBar(
  locator: RecordsLocator,
  item: vscode.StatusBarItem,
  now: Date,
): Promise<void> {
  const all = await locator.relationships();
  const active = vscode.window.activeTextEditor?.document.uri;
  const where = active ? locator.locate(active) : undefined;
  const ref =
    all.find(
      (r) => r.slug === where?.slug && r.folder.uri.toString() === where?.folder.uri.toString(),
    ) ?? all[0];
  if (!ref) {
    item.hide();
    return;
  }
  const rel = await loadRelationship(ref);
  const today = toIsoDate(now);
  const c = cadenceStatus(
    rel.sessions.map((s) => s.date),
    rel.plan?.cadence,
    today,
    true,
  );
  const since =
    c.last === undefined
      ? 'no session yet'
      : c.daysSinceLast === 0
        ? 'met today'
        : `${c.daysSinceLast}d since last`;
  const next = c.nextDue
    ? c.overdue
      ? ` · next was due ${c.nextDue}`
      : ` · next ${c.nextDue}`
    : '';
  const name = qualifiedName(ref, all);
  item.text = `$(${c.overdue ? 'warning' : 'comment-discussion'}) ${name}: ${since}${next}`;
  item.tooltip = `Mentoring with ${rel.plan?.mentee ?? ref.slug}${rel.plan?.cadence ? ` (${rel.plan.cadence})` : ''}. Click to prepare the agenda.`;
  item.backgroundColor = c.overdue
    ? new vscode.ThemeColor('statusBarItem.warningBackground')
    : undefined;
  item.command = {
    command: COMMANDS.prepareAgenda,
    title: 'Prepare Agenda',
    arguments: [{ slug: name }],
  };
  item.show();
}
