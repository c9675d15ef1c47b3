import * as vscode from 'vscode';
import { COMMANDS } from './ids';
import type { Runtime } from './runtime';

/** Registers every command id; each forwards to the runtime, loaded on the first run. */
export function registerCommands(
  context: vscode.ExtensionContext,
  runtime: () => Promise<Runtime>,
): void {
  for (const id of Object.values(COMMANDS)) {
    // Refreshing the views is wired where the views live (registerViews).
    if (id === COMMANDS.refreshViews) continue;
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) =>
        (await runtime()).runCommand(id, args),
      ),
    );
  }
}
