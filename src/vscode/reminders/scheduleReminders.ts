import * as vscode from 'vscode';
import { COMMANDS } from '../ids';

/** How long after activation the first daily check waits: startup is busy enough. */
export const FIRST_CHECK_DELAY_MS = 20_000;

/**
 * The daily check: a while after activation, just after each local midnight while the window
 * stays open, and when the window regains focus on a new day (a timer may sleep with the
 * laptop). Each runs Show Reminders as the daily check, which decides whether to show anything
 * (the setting, once a day, snooze). Part of the small activation bundle: the runtime is loaded
 * only when a check runs.
 */
export function scheduleReminders(
  context: vscode.ExtensionContext,
  now: () => Date = () => new Date(),
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let checkedDay = '';
  const day = () => now().toDateString();
  const check = () => {
    checkedDay = day();
    const enabled = vscode.workspace
      .getConfiguration('mentoring')
      .get<boolean>('reminders.enabled', true);
    if (enabled)
      void vscode.commands
        .executeCommand(COMMANDS.showReminders, { automatic: true })
        .then(undefined, () => undefined);
    planNext();
  };
  const planNext = () => {
    const t = now();
    const next = new Date(t.getFullYear(), t.getMonth(), t.getDate() + 1, 0, 1);
    timer = setTimeout(check, next.getTime() - t.getTime());
  };
  timer = setTimeout(check, FIRST_CHECK_DELAY_MS);
  context.subscriptions.push(
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeWindowState((e) => {
      if (e.focused && checkedDay !== '' && checkedDay !== day()) {
        clearTimeout(timer);
        check();
      }
    }),
  );
}
