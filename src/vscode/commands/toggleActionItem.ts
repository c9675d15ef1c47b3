import * as vscode from 'vscode';
import { setActionItemDone } from '../../core/edits/setActionItemDone';
import { parseSession } from '../../core/records/session';
import { resolveActionItem, type ActionRef } from '../actionAt';
import { applyCoreEdit } from '../documentEdits';
import type { Services } from '../services';
import { UserError } from '../userError';

/** Arguments: which item, and optionally the state to set (else it flips). */
export interface ToggleActionItemArgs extends ActionRef {
  done?: boolean;
}

/** Toggle Action Item: ticks or unticks an item at its home line; one character changes. */
export function toggleActionItemCommand(s: Services) {
  return async (args?: ToggleActionItemArgs): Promise<string> => {
    const target = await resolveActionItem(s.locator, args);
    const name = vscode.workspace.asRelativePath(target.uri);
    await applyCoreEdit(target.root, target.uri, (text) => {
      const item = parseSession(name, text).session?.actionItems.find(
        (i) => i.line === target.line,
      );
      if (!item)
        throw new UserError(
          `${name}:${target.line} is not an action item under "## Action items".`,
        );
      return setActionItemDone(name, text, target.line, args?.done ?? !item.done);
    });
    return `${target.uri.fsPath}:${target.line}`;
  };
}
