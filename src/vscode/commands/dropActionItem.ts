import * as vscode from 'vscode';
import { dropActionItem } from '../../workflows/actionItems';
import { resolveActionItem, type ActionRef } from '../actionAt';
import { recordsAt } from '../recordsAt';
import type { Services } from '../services';
import { failureError } from '../workflowPorts';

/** Drop Action Item: strikes the item through at its home, so it is no longer carried. */
export function dropActionItemCommand(s: Services) {
  return async (args?: ActionRef): Promise<string> => {
    const target = await resolveActionItem(s.locator, args);
    const { file, records } = recordsAt(s, target.uri, vscode.l10n.t('Drop Action Item'));
    const outcome = await dropActionItem({ file, line: target.line }, { records });
    if (!outcome.ok) throw failureError(outcome.failure);
    return `${target.uri.fsPath}:${target.line}`;
  };
}
