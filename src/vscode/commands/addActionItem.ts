import * as vscode from 'vscode';
import { dateProblem } from '../../core/dates';
import type { NewActionItem } from '../../core/edits/appendActionItem';
import { addActionItem } from '../../workflows/addActionItem';
import { recordsAt } from '../recordsAt';
import { failureError } from '../workflowPorts';
import { userHandle } from '../userHandle';
import { pickRelationship } from '../pickRelationship';
import { loadRelationship } from '../relationshipLoader';
import type { Services } from '../services';
import { targetSession } from '../sessionTarget';
import { Cancelled, UserError } from '../userError';

/** Arguments that skip the prompts. */
export interface AddActionItemArgs extends NewActionItem {
  slug?: string;
}

/** Add Action Item: what, who, by when and for which goal, into the current session log. */
export function addActionItemCommand(s: Services) {
  return async (args?: AddActionItemArgs): Promise<string> => {
    const ref = await pickRelationship(s.locator, args?.slug ?? activeSlug(s), 'Add Action Item');
    const rel = await loadRelationship(ref);
    const target = targetSession(s.locator, ref, rel, s.now());
    if (!target)
      throw new UserError(
        `No session log for ${ref.slug} yet: run "Mentoring: New Session Log" first.`,
      );
    const item =
      args ??
      (await ask(
        s,
        ref.folder,
        rel.plan?.goals.filter((g) => (g.status ?? 'active') === 'active') ?? [],
      ));
    const { file, records } = recordsAt(s, target.uri, 'Add Action Item');
    const outcome = await addActionItem({ session: file, item }, { records });
    if (!outcome.ok) throw failureError(outcome.failure);
    return target.uri.fsPath;
  };
}

function activeSlug(s: Services): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri ? s.locator.locate(uri)?.slug : undefined;
}

async function ask(
  s: Services,
  folder: vscode.WorkspaceFolder,
  goals: { id: string; title: string }[],
): Promise<NewActionItem> {
  const title = 'Add Action Item';
  const text = await vscode.window.showInputBox({
    title: `${title} (1/4)`,
    prompt: 'What was agreed?',
    placeHolder: 'Draft the migration review checklist',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? 'Describe the action in a few words.' : undefined),
  });
  if (text === undefined) throw new Cancelled();
  const owner = await vscode.window.showInputBox({
    title: `${title} (2/4)`,
    prompt: 'Who owns it? (one word, such as alex)',
    value: (await userHandle(s, folder)) ?? '',
    ignoreFocusOut: true,
    validateInput: (v) =>
      v.trim() === '' || /^@?[\p{L}\p{N}._-]+$/u.test(v.trim())
        ? undefined
        : 'One word, such as alex.',
  });
  if (owner === undefined) throw new Cancelled();
  const due = await vscode.window.showInputBox({
    title: `${title} (3/4)`,
    prompt: 'Due date (YYYY-MM-DD, optional)',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? undefined : dateProblem(v.trim())),
  });
  if (due === undefined) throw new Cancelled();
  let goal: string | undefined;
  if (goals.length) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'No goal', id: undefined as string | undefined },
        ...goals.map((g) => ({
          label: g.id,
          description: g.title,
          id: g.id as string | undefined,
        })),
      ],
      { title: `${title} (4/4)`, placeHolder: 'Which goal does it serve?', ignoreFocusOut: true },
    );
    if (!picked) throw new Cancelled();
    goal = picked.id;
  }
  return { text, owner: owner.trim() || undefined, due: due.trim() || undefined, goal };
}
