import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { dueDateShortcuts, resolveDueDate } from '../../core/dueDate';
import { addGoal, type AddGoalRequest } from '../../workflows/addGoal';
import { pickRelationship } from '../pickRelationship';
import { revealEdit } from '../revealEdit';
import type { Services } from '../services';
import { Cancelled } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';

/** Arguments that skip the prompts. */
export type AddGoalArgs = Partial<AddGoalRequest>;

/**
 * Add Goal: a title, how success will be measured and a target date (shortcuts such as "in 3
 * months" show the date they mean), written to the plan with the next free id, status active.
 */
export function addGoalCommand(s: Services) {
  return async (args?: AddGoalArgs): Promise<string> => {
    const title = vscode.l10n.t('Add Goal');
    const ref = await pickRelationship(s.locator, args?.slug, title);
    const today = toIsoDate(s.now());
    const request: AddGoalRequest =
      args?.title !== undefined
        ? { ...args, slug: ref.slug, title: args.title }
        : { slug: ref.slug, id: args?.id, ...(await ask(title, today)) };
    const plan = vscode.Uri.joinPath(ref.dir, 'plan.md');
    const added = await revealEdit(
      plan,
      async () => {
        const outcome = await addGoal(request, workflowPorts(s, ref, title));
        if (!outcome.ok) throw failureError(outcome.failure);
        return outcome.value;
      },
      (g) => ({
        message: g.target
          ? vscode.l10n.t(
              'Added goal {0} to {1}, target {2}.',
              g.id,
              vscode.workspace.asRelativePath(plan),
              g.target,
            )
          : vscode.l10n.t('Added goal {0} to {1}.', g.id, vscode.workspace.asRelativePath(plan)),
        find: `### ${g.id}:`,
      }),
    );
    return added.id;
  };
}

async function ask(title: string, today: string): Promise<Omit<AddGoalRequest, 'slug'>> {
  const goal = await vscode.window.showInputBox({
    title: `${title} (1/3)`,
    prompt: vscode.l10n.t('What is the goal?'),
    placeHolder: vscode.l10n.t('Review database migrations with confidence'),
    ignoreFocusOut: true,
    validateInput: (v) =>
      v.trim() === '' ? vscode.l10n.t('Name the goal in a few words.') : undefined,
  });
  if (goal === undefined) throw new Cancelled();
  const measure = await vscode.window.showInputBox({
    title: `${title} (2/3)`,
    prompt: vscode.l10n.t('How will you both know it is reached? (optional)'),
    placeHolder: vscode.l10n.t('Leads the review of three migrations without help'),
    ignoreFocusOut: true,
  });
  if (measure === undefined) throw new Cancelled();
  const shortcuts = dueDateShortcuts({ today }).filter((x) => x.label !== 'tomorrow');
  const target = await vscode.window.showInputBox({
    title: `${title} (3/3)`,
    prompt: vscode.l10n.t(
      'Target date (optional): YYYY-MM-DD or a shortcut such as {0}, "in 3 months"',
      shortcuts.map((x) => `"${x.label}" (${x.date})`).join(', '),
    ),
    ignoreFocusOut: true,
    validateInput: (v) => {
      if (v.trim() === '') return undefined;
      const r = resolveDueDate(v, { today });
      return r.ok
        ? {
            message: vscode.l10n.t('Target {0}', r.date ?? ''),
            severity: vscode.InputBoxValidationSeverity.Info,
          }
        : r.message.replace(/^Due date/, 'Target');
    },
  });
  if (target === undefined) throw new Cancelled();
  return {
    title: goal.trim(),
    measure: measure.trim() || undefined,
    target: target.trim() || undefined,
  };
}
