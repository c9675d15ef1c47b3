import * as vscode from 'vscode';
import { toIsoDate } from '../core/dates';
import { cadenceToday } from '../core/records/cadence';
import { relationshipName } from './relationshipName';
import { COMMANDS, CONTEXT_KEYS } from './ids';
import { roleOf } from '../core/records/roleOf';
import { qualifiedName, type RecordsLocator, relationshipKey } from './recordsLocator';
import { loadRelationship } from './relationshipLoader';

/**
 * Updates the status bar item: the current relationship (the active editor's, or with no active
 * editor a record on screen, else the one
 * Switch Relationship chose, else the user's own as mentee or mentor, else the first), days since
 * its last session and when the next is due. Clicking it switches relationship when there are
 * several, else prepares the agenda. Hidden when there are no records. Its caller runs one
 * update at a time (registerViews), so an older update never ends after a newer one.
 */
export async function updateCadenceStatusBar(
  locator: RecordsLocator,
  item: vscode.StatusBarItem,
  now: Date,
  prefer: { current?: string; identity?: { name?: string; email?: string } } = {},
): Promise<void> {
  const all = await locator.relationships();
  // The welcome views offer only what works: before Set Up, that is Set Up.
  void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hasRecords, all.length > 0);
  // With the focus in a preview, a panel or the terminal there is no active editor: a record
  // still on screen (the one the preview shows) says whose relationship is in front.
  const active =
    vscode.window.activeTextEditor?.document.uri ??
    vscode.window.visibleTextEditors.map((e) => e.document.uri).find((u) => locator.locate(u));
  const where = active ? locator.locate(active) : undefined;
  let ref =
    all.find(
      (r) => r.slug === where?.slug && r.folder.uri.toString() === where?.folder.uri.toString(),
    ) ?? all.find((r) => relationshipKey(r) === prefer.current);
  if (!ref && prefer.identity && (prefer.identity.name || prefer.identity.email)) {
    for (const r of all) {
      if (roleOf((await loadRelationship(r)).plan, prefer.identity)) {
        ref = r;
        break;
      }
    }
  }
  ref ??= all[0];
  if (!ref) {
    item.hide();
    return;
  }
  const rel = await loadRelationship(ref);
  const today = toIsoDate(now);
  const c = cadenceToday(rel.sessions, rel.plan?.cadence, today);
  const since =
    c.last === today
      ? vscode.l10n.t('met today')
      : c.preparedToday
        ? vscode.l10n.t('prepared for today')
        : c.last === undefined
          ? vscode.l10n.t('no session yet')
          : vscode.l10n.t('{0}d since last', c.daysSinceLast ?? 0);
  const next = c.nextDue
    ? c.overdue
      ? vscode.l10n.t(' · next was due {0}', c.nextDue)
      : vscode.l10n.t(' · next {0}', c.nextDue)
    : '';
  const name = qualifiedName(ref, all);
  item.text = `$(${c.overdue ? 'warning' : 'comment-discussion'}) ${relationshipName(ref, rel, all)}: ${since}${next}`;
  const several = all.length > 1;
  const mentee = rel.plan?.mentee ?? ref.slug;
  const cadence = rel.plan?.cadence;
  // Whole sentences, one per case: a translator sees each as it is shown.
  item.tooltip = several
    ? cadence
      ? vscode.l10n.t('Mentoring with {0} ({1}). Click to switch relationship.', mentee, cadence)
      : vscode.l10n.t('Mentoring with {0}. Click to switch relationship.', mentee)
    : cadence
      ? vscode.l10n.t('Mentoring with {0} ({1}). Click to prepare the agenda.', mentee, cadence)
      : vscode.l10n.t('Mentoring with {0}. Click to prepare the agenda.', mentee);
  item.backgroundColor = c.overdue
    ? new vscode.ThemeColor('statusBarItem.warningBackground')
    : undefined;
  item.command = several
    ? { command: COMMANDS.switchRelationship, title: vscode.l10n.t('Switch Relationship') }
    : {
        command: COMMANDS.prepareAgenda,
        title: vscode.l10n.t('Prepare Agenda'),
        arguments: [{ slug: name }],
      };
  item.show();
}
