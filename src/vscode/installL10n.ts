import * as vscode from 'vscode';
import { installTranslator } from '../core/l10n';

/**
 * Makes core's `t` (used by core problems, workflow outcomes and their notes) speak the editor's
 * language through `vscode.l10n`, which reads this extension's l10n/bundle.l10n.<locale>.json.
 * Each bundle (dist/extension.js, dist/runtime.js) has its own copy of core, so each installs.
 */
export function installL10n(): void {
  installTranslator((message, args) => vscode.l10n.t(message, ...args));
}
