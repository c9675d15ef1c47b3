import * as vscode from 'vscode';
import { dropActionItem } from '../../core/edits/dropActionItem';
import { resolveActionItem, type ActionRef } from '../actionAt';
import { applyCoreEdit } from '../documentEdits';
import type { Services } from '../services';

/** Drop Action Item: strikes the item through at its home, so it is no longer carried. */
export function dropActionItemCommand(s: Services) {
  return async (args?: ActionRef): Promise<string> => {
    const target = await resolveActionItem(s.locator, args);
    const name = vscode.workspace.asRelativePath(target.uri);
    await applyCoreEdit(target.root, target.uri, (text) => dropActionItem(name, text, target.line));
    return `${target.uri.fsPath}:${target.line}`;
  };
}
