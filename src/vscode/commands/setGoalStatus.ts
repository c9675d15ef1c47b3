import * as vscode from 'vscode';
import { GOAL_STATUSES } from '../../core/records/plan';
import { setGoalStatus } from '../../workflows/setGoalStatus';
import { recordsAt } from '../recordsAt';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';
import { failureError } from '../workflowPorts';

/** Arguments: the plan (path or URI string) and the goal (a view node passes its own). */
export interface SetGoalStatusArgs {
  file?: string;
  goalId?: string;
  status?: string;
}

/** Set Goal Status: active, achieved, paused or dropped; only the status value changes. */
export function setGoalStatusCommand(s: Services) {
  return async (args?: SetGoalStatusArgs): Promise<string> => {
    if (!args?.file || !args.goalId)
      throw new UserError(
        vscode.l10n.t('Set Goal Status works on a goal in the Relationships view.'),
      );
    const uri = args.file.includes('://')
      ? vscode.Uri.parse(args.file)
      : vscode.Uri.file(args.file);
    const { file, records } = recordsAt(s, uri, vscode.l10n.t('Set Goal Status'));
    const status =
      args.status ??
      (
        await vscode.window.showQuickPick(
          GOAL_STATUSES.map((st) => ({ label: st })),
          {
            title: vscode.l10n.t('Set Goal Status: {0}', args.goalId),
            placeHolder: vscode.l10n.t('New status'),
          },
        )
      )?.label;
    if (!status) throw new Cancelled();
    const outcome = await setGoalStatus({ plan: file, goalId: args.goalId, status }, { records });
    if (!outcome.ok) throw failureError(outcome.failure);
    return status;
  };
}
