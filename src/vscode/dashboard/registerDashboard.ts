import * as vscode from 'vscode';
import type { Runtime } from '../runtime';
import { WEBVIEWS } from '../ids';

/**
 * Registers the dashboard's serializer at activation (the `onWebviewPanel` activation event), so
 * a dashboard left open comes back after a reload. Light: the runtime loads only when a panel is
 * actually restored.
 */
export function registerDashboard(
  context: vscode.ExtensionContext,
  runtime: () => Promise<Runtime>,
): void {
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(WEBVIEWS.dashboard, {
      deserializeWebviewPanel: async (panel, state: unknown) =>
        (await runtime()).reviveDashboard(panel, state),
    }),
  );
}
