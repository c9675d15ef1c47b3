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
    const title = 'Add Goal';
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
        message: `Added goal ${g.id} to ${vscode.workspace.asRelativePath(plan)}${g.target ? `, target ${g.target}` : ''}.`,
        find: `### ${g.id}:`,
      }),
    );
    return added.id;
  };
}

async function ask(title: string, today: string): Promise<Omit<AddGoalRequest, 'slug'>> {
  const goal = await vscode.window.showInputBox({
    title: `${title} (1/3)`,
    prompt: 'What is the goal?',
    placeHolder: 'Review database migrations with confidence',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() === '' ? 'Name the goal in a few words.' : undefined),
  });
  if (goal === undefined) throw new Cancelled();
  const measure = await vscode.window.showInputBox({
    title: `${title} (2/3)`,
    prompt: 'How will you both know it is reached? (optional)',
    placeHolder: 'Leads the review of three migrations without help',
    ignoreFocusOut: true,
  });
  if (measure === undefined) throw new Cancelled();
  const shortcuts = dueDateShortcuts({ today }).filter((x) => x.label !== 'tomorrow');
  const target = await vscode.window.showInputBox({
    title: `${title} (3/3)`,
    prompt: `Target date (optional): YYYY-MM-DD or a shortcut such as ${shortcuts.map((x) => `"${x.label}" (${x.date})`).join(', ')}, "in 3 months"`,
    ignoreFocusOut: true,
    validateInput: (v) => {
      if (v.trim() === '') return undefined;
      const r = resolveDueDate(v, { today });
      return r.ok
        ? { message: `Target ${r.date}`, severity: vscode.InputBoxValidationSeverity.Info }
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
