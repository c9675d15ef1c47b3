import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';

type Handler = (...args: never[]) => Promise<unknown>;
type Factory = (s: Services) => Handler;

/**
 * Every command and the module of its handler: the one table that registers them all. Modules are
 * loaded on a command's first run, so activation only registers.
 */
const COMMAND_TABLE: Record<string, () => Promise<Factory>> = {
  [COMMANDS.setUp]: async () => (await import('./setUp')).setUpCommand,
  [COMMANDS.newSession]: async () => (await import('./newSession')).newSessionCommand,
  [COMMANDS.queueQuestion]: async () => (await import('./queueQuestion')).queueQuestionCommand,
};

/**
 * Registers the commands, each wrapped once: a cancelled prompt ends quietly, a user error is
 * shown as it is, anything else is shown and logged with its stack. The error is re-thrown so a
 * caller of executeCommand (a test, another extension) sees it too.
 */
export function registerCommands(
  context: vscode.ExtensionContext,
  services: () => Promise<Services>,
  log: vscode.LogOutputChannel,
): void {
  for (const [id, load] of Object.entries(COMMAND_TABLE)) {
    let handler: Handler | undefined;
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          handler ??= (await load())(await services());
          return await (handler as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (e) {
          if (e instanceof Cancelled) return undefined;
          if (e instanceof UserError) {
            log.warn(`${id}: ${e.message}`);
            void vscode.window.showErrorMessage(e.message);
          } else {
            log.error(`${id} failed`, e as Error);
            void vscode.window.showErrorMessage(`Mentoring Journal: ${(e as Error).message}`);
          }
          throw e;
        }
      }),
    );
  }
}
