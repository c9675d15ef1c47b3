import * as vscode from 'vscode';
import { dueDateShortcuts, resolveDueDate, type DueDateContext } from '../core/dueDate';
import { Cancelled } from './userError';

type Item = vscode.QuickPickItem & { date?: string; none?: boolean };

/**
 * Asks for a due date: shortcuts that show the date they resolve to ("next session 2026-12-07",
 * "in 2 weeks ..."), no due date, or whatever the person types (a date, "friday", "in 10 days"),
 * shown with its date before it is taken. Resolves to YYYY-MM-DD, or undefined for none.
 */
export async function askDueDate(title: string, ctx: DueDateContext): Promise<string | undefined> {
  const fixed: Item[] = [
    { label: vscode.l10n.t('No due date'), none: true },
    ...dueDateShortcuts(ctx).map((s) => ({ label: s.label, description: s.date, date: s.date })),
  ];
  const pick = vscode.window.createQuickPick<Item>();
  pick.title = title;
  pick.placeholder = vscode.l10n.t('Due when? Pick one, or type a date, "friday" or "in 10 days"');
  pick.ignoreFocusOut = true;
  pick.items = fixed;
  pick.onDidChangeValue((value) => {
    // A shortcut typed out is the shortcut itself: no second row for it.
    const typedLabel = value.trim().toLowerCase();
    if (typedLabel === '' || fixed.some((f) => f.label.toLowerCase() === typedLabel)) {
      pick.items = fixed;
      return;
    }
    const r = resolveDueDate(value, ctx);
    const typed: Item = r.ok
      ? { label: value.trim(), description: r.date, date: r.date, alwaysShow: true }
      : { label: value.trim(), description: r.message, alwaysShow: true };
    pick.items = [typed, ...fixed];
  });
  const chosen = await new Promise<Item | undefined>((resolve) => {
    pick.onDidAccept(() => {
      const item = pick.selectedItems[0];
      // A typed text that is not a date stays in the box: the description says why.
      if (item && !item.none && !item.date) return;
      resolve(item);
    });
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (!chosen) throw new Cancelled();
  return chosen.none ? undefined : chosen.date;
}
