import { carriedText } from '../../core/records/formatAgenda';
import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { listActions } from '../../core/records/actionList';
import { COMMANDS } from '../ids';
import { type RecordsLocator } from '../recordsLocator';
import { relationshipName } from '../relationshipName';
import { loadRelationship, recordUri } from '../relationshipLoader';
import { textTooltip } from '../markdownText';
import type { ViewNode } from './viewNode';

/** Open action items of every relationship, by relationship and owner, overdue first. */
export async function actionItemNodes(locator: RecordsLocator, now: Date): Promise<ViewNode[]> {
  const today = toIsoDate(now);
  const nodes: ViewNode[] = [];
  const all = await locator.relationships();
  for (const ref of all) {
    const rel = await loadRelationship(ref);
    const items = listActions(rel, today)
      .filter((a) => !a.done && !a.dropped)
      .sort((a, b) => Number(b.overdue) - Number(a.overdue) || b.carried - a.carried);
    const owners = [...new Set(items.map((i) => i.owner ?? ''))].sort();
    const children = owners.map((owner): ViewNode => {
      const mine = items.filter((i) => (i.owner ?? '') === owner);
      const node = new vscode.TreeItem(
        owner ? `@${owner}` : vscode.l10n.t('No owner'),
        vscode.TreeItemCollapsibleState.Expanded,
      );
      node.description = `${mine.length} open`;
      node.id = `actions:${ref.folder.name}:${ref.slug}:@${owner}`;
      return {
        item: node,
        children: mine.map((i) => {
          const uri = recordUri(locator, ref, i.file);
          const item = new vscode.TreeItem(i.text, vscode.TreeItemCollapsibleState.None);
          item.id = `actions:${uri.toString()}#${i.line}`;
          item.description = [
            i.overdue
              ? vscode.l10n.t('overdue since {0}', i.due ?? '')
              : i.due
                ? vscode.l10n.t('due {0}', i.due)
                : '',
            i.carried ? carriedText(i.carried) : '',
          ]
            .filter(Boolean)
            .join(' · ');
          item.tooltip = textTooltip([
            i.text,
            [
              i.owner ? `Owner: @${i.owner}` : 'No owner',
              i.overdue ? `overdue since ${i.due}` : i.due ? `due ${i.due}` : 'no due date',
              i.carried ? carriedText(i.carried) : '',
            ]
              .filter(Boolean)
              .join(' · '),
            `${vscode.workspace.asRelativePath(uri)}:${i.line}`,
          ]);
          item.iconPath = new vscode.ThemeIcon(i.overdue ? 'warning' : 'circle-large-outline');
          item.contextValue = 'actionItem';
          item.command = {
            command: COMMANDS.openRecord,
            title: vscode.l10n.t('Open'),
            arguments: [{ file: uri.toString(), line: i.line }],
          };
          return { item, file: uri.toString(), line: i.line };
        }),
      };
    });
    const top = new vscode.TreeItem(
      relationshipName(ref, rel, all),
      vscode.TreeItemCollapsibleState.Expanded,
    );
    top.description = items.length
      ? items.some((i) => i.overdue)
        ? vscode.l10n.t('{0} open, some overdue', items.length)
        : vscode.l10n.t('{0} open', items.length)
      : vscode.l10n.t('nothing open');
    top.id = `actions:${ref.folder.name}:${ref.slug}`;
    nodes.push({ item: top, children });
  }
  return nodes;
}
