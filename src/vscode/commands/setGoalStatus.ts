import * as vscode from 'vscode';
import { setGoalStatus } from '../../core/edits/setGoalStatus';
import { GOAL_STATUSES } from '../../core/records/plan';
import { applyCoreEdit } from '../documentEdits';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';

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
      throw new UserError('Set Goal Status works on a goal in the Relationships view.');
    const uri = args.file.includes('://')
      ? vscode.Uri.parse(args.file)
      : vscode.Uri.file(args.file);
    const where = s.locator.locate(uri);
    if (!where || !/^[^/]+\/plan\.md$/.test(where.relative))
      throw new UserError(`${vscode.workspace.asRelativePath(uri)} is not a mentoring plan.`);
    const status =
      args.status ??
      (
        await vscode.window.showQuickPick(
          GOAL_STATUSES.map((st) => ({ label: st })),
          { title: `Set Goal Status: ${args.goalId}`, placeHolder: 'New status' },
        )
      )?.label;
    if (!status) throw new Cancelled();
    const name = vscode.workspace.asRelativePath(uri);
    await applyCoreEdit(where.root, uri, (text) => setGoalStatus(name, text, args.goalId!, status));
    return status;
  };
}
