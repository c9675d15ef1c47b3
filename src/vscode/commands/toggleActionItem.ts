import * as vscode from 'vscode';
import { tickActionItem } from '../../workflows/actionItems';
import { resolveActionItem, type ActionRef } from '../actionAt';
import { recordsAt } from '../recordsAt';
import type { Services } from '../services';
import { failureError } from '../workflowPorts';

/** Arguments: which item, and optionally the state to set (else it flips). */
export interface ToggleActionItemArgs extends ActionRef {
  done?: boolean;
}

/** Toggle Action Item: ticks or unticks an item at its home line; one character changes. */
export function toggleActionItemCommand(s: Services) {
  return async (args?: ToggleActionItemArgs): Promise<string> => {
    const target = await resolveActionItem(s.locator, args);
    const { file, records } = recordsAt(s, target.uri, vscode.l10n.t('Toggle Action Item'));
    const outcome = await tickActionItem(
      { file, line: target.line, done: args?.done },
      { records },
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    return `${target.uri.fsPath}:${target.line}`;
  };
}
