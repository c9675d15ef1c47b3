import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import type { Services } from '../services';
import { Cancelled, UserError } from '../userError';
import { newSessionCommand } from './newSession';
import { queueQuestionCommand } from './queueQuestion';
import { setUpCommand } from './setUp';

type Handler = (...args: never[]) => Promise<unknown>;

/** Every command and its handler: the one table that registers them all. */
function commandTable(s: Services): Record<string, Handler> {
  return {
    [COMMANDS.setUp]: setUpCommand(s),
    [COMMANDS.newSession]: newSessionCommand(s),
    [COMMANDS.queueQuestion]: queueQuestionCommand(s),
  };
}

/**
 * Registers the commands, each wrapped once: a cancelled prompt ends quietly, a user error is
 * shown as it is, anything else is shown and logged with its stack. The error is re-thrown so a
 * caller of executeCommand (a test, another extension) sees it too.
 */
export function registerCommands(context: vscode.ExtensionContext, s: Services): void {
  for (const [id, handler] of Object.entries(commandTable(s))) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await (handler as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (e) {
          if (e instanceof Cancelled) return undefined;
          if (e instanceof UserError) {
            s.log.warn(`${id}: ${e.message}`);
            void vscode.window.showErrorMessage(e.message);
          } else {
            s.log.error(`${id} failed`, e as Error);
            void vscode.window.showErrorMessage(`Mentoring Journal: ${(e as Error).message}`);
          }
          throw e;
        }
      }),
    );
  }
}
