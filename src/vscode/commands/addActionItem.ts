import * as vscode from 'vscode';
import { toIsoDate } from '../../core/dates';
import { resolveDueDate, type DueDateContext } from '../../core/dueDate';
import { cadenceToday, nextDueDate } from '../../core/records/cadence';
import type { RelationshipRecords } from '../../core/records/relationship';
import { askDueDate } from '../askDueDate';
import { revealEdit } from '../revealEdit';
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
    const ref = await pickRelationship(
      s.locator,
      args?.slug ?? activeSlug(s),
      vscode.l10n.t('Add Action Item'),
    );
    const rel = await loadRelationship(ref);
    const target = targetSession(s.locator, ref, rel, s.now());
    if (!target)
      throw new UserError(
        vscode.l10n.t(
          'No session log for {0} yet: run "Mentoring: New Session Log" first.',
          ref.slug,
        ),
      );
    const today = toIsoDate(s.now());
    const dates = { today, nextSession: nextSession(rel, today) };
    let item =
      args ??
      (await ask(
        s,
        ref.folder,
        rel.plan?.goals.filter((g) => (g.status ?? 'active') === 'active') ?? [],
        dates,
      ));
    if (item.due !== undefined) {
      // Arguments may use the shortcuts too ("next session", "in 2 weeks").
      const due = resolveDueDate(item.due, dates);
      if (!due.ok) throw new UserError(due.message);
      item = { ...item, due: due.date };
    }
    const { file, records } = recordsAt(s, target.uri, vscode.l10n.t('Add Action Item'));
    const done = item;
    await revealEdit(
      target.uri,
      async () => {
        const outcome = await addActionItem({ session: file, item: done }, { records });
        if (!outcome.ok) throw failureError(outcome.failure);
      },
      () => ({
        message: done.due
          ? vscode.l10n.t(
              'Added the action item to {0}, due {1}.',
              vscode.workspace.asRelativePath(target.uri),
              done.due,
            )
          : vscode.l10n.t(
              'Added the action item to {0}.',
              vscode.workspace.asRelativePath(target.uri),
            ),
        find: done.text.trim(),
      }),
    );
    return target.uri.fsPath;
  };
}

function activeSlug(s: Services): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri ? s.locator.locate(uri)?.slug : undefined;
}

/** When the session after this one is due: after today's log, else as the cadence says. */
function nextSession(rel: RelationshipRecords, today: string): string | undefined {
  const cadence = rel.plan?.cadence;
  if (rel.sessions.some((r) => r.date === today && r.session?.status !== 'cancelled'))
    return nextDueDate(today, cadence);
  const c = cadenceToday(rel.sessions, cadence, today);
  return c.nextDue && c.nextDue > today ? c.nextDue : nextDueDate(today, cadence);
}

async function ask(
  s: Services,
  folder: vscode.WorkspaceFolder,
  goals: { id: string; title: string }[],
  dates: DueDateContext,
): Promise<NewActionItem> {
  const title = vscode.l10n.t('Add Action Item');
  const text = await vscode.window.showInputBox({
    title: `${title} (1/4)`,
    prompt: vscode.l10n.t('What was agreed?'),
    placeHolder: vscode.l10n.t('Draft the migration review checklist'),
    ignoreFocusOut: true,
    validateInput: (v) =>
      v.trim() === '' ? vscode.l10n.t('Describe the action in a few words.') : undefined,
  });
  if (text === undefined) throw new Cancelled();
  const owner = await vscode.window.showInputBox({
    title: `${title} (2/4)`,
    prompt: vscode.l10n.t('Who owns it? (one word, such as alex)'),
    value: (await userHandle(s, folder)) ?? '',
    ignoreFocusOut: true,
    validateInput: (v) =>
      v.trim() === '' || /^@?[\p{L}\p{N}._-]+$/u.test(v.trim())
        ? undefined
        : vscode.l10n.t('One word, such as alex.'),
  });
  if (owner === undefined) throw new Cancelled();
  const due = await askDueDate(`${title} (3/4)`, dates);
  let goal: string | undefined;
  if (goals.length) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('No goal'), id: undefined as string | undefined },
        ...goals.map((g) => ({
          label: g.id,
          description: g.title,
          id: g.id as string | undefined,
        })),
      ],
      {
        title: `${title} (4/4)`,
        placeHolder: vscode.l10n.t('Which goal does it serve?'),
        ignoreFocusOut: true,
      },
    );
    if (!picked) throw new Cancelled();
    goal = picked.id;
  }
  return { text, owner: owner.trim() || undefined, due, goal };
}
