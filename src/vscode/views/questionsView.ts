import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import { type RecordsLocator } from '../recordsLocator';
import { relationshipName } from '../relationshipName';
import { loadRelationship, recordUri } from '../relationshipLoader';
import { textTooltip } from '../markdownText';
import type { ViewNode } from './viewNode';

/** Queued questions not yet discussed, by relationship. */
export async function questionNodes(locator: RecordsLocator): Promise<ViewNode[]> {
  const nodes: ViewNode[] = [];
  const all = await locator.relationships();
  for (const ref of all) {
    const rel = await loadRelationship(ref);
    const open = rel.questions.filter((q) => !q.done);
    const uri = recordUri(locator, ref, rel.questionsFile);
    const top = new vscode.TreeItem(
      relationshipName(ref, rel, all),
      vscode.TreeItemCollapsibleState.Expanded,
    );
    top.description = open.length ? `${open.length} queued` : vscode.l10n.t('none queued');
    top.id = `questions:${ref.folder.name}:${ref.slug}`;
    // The group stands for questions.md: the theme's file icon and git's decorations.
    top.resourceUri = uri;
    top.iconPath = vscode.ThemeIcon.File;
    top.tooltip = textTooltip([vscode.workspace.asRelativePath(uri), top.description]);
    nodes.push({
      item: top,
      children: open.map((q) => {
        const item = new vscode.TreeItem(q.text, vscode.TreeItemCollapsibleState.None);
        item.id = `questions:${uri.toString()}#${q.line}`;
        item.description = q.added ? `${q.added}${q.by ? ` @${q.by}` : ''}` : undefined;
        item.iconPath = new vscode.ThemeIcon('question');
        item.tooltip = textTooltip(
          [q.text, q.added ? `Queued ${q.added}${q.by ? ` by @${q.by}` : ''}` : ''].filter(Boolean),
        );
        item.command = {
          command: COMMANDS.openRecord,
          title: vscode.l10n.t('Open'),
          arguments: [{ file: uri.toString(), line: q.line }],
        };
        return { item, file: uri.toString(), line: q.line };
      }),
    });
  }
  return nodes;
}
