import * as vscode from 'vscode';
import { addPrivateNote } from '../../workflows/privateNote';
import { pickRelationship } from '../pickRelationship';
import { tellRestored } from '../privateRuleGuard';
import { recordUri } from '../relationshipLoader';
import type { Services } from '../services';
import { failureError, workflowPorts } from '../workflowPorts';

/** Arguments that skip the prompts. */
export interface AddPrivateNoteArgs {
  slug?: string;
  date?: string;
}

/**
 * Add Private Note: a dated file in `<slug>/private/`, which the records' .gitignore keeps out of
 * git (the rule is put back first if someone removed it). No git runs, so it works untrusted too.
 */
export function addPrivateNoteCommand(s: Services) {
  return async (args?: AddPrivateNoteArgs): Promise<string> => {
    const ref = await pickRelationship(s.locator, args?.slug, vscode.l10n.t('Add Private Note'));
    const ports = workflowPorts(s, ref, vscode.l10n.t('Add Private Note'));
    const outcome = await addPrivateNote({ slug: ref.slug, date: args?.date }, ports);
    if (!outcome.ok) throw failureError(outcome.failure);
    if (outcome.value.restoredRule) tellRestored(ports.records.shown('.gitignore'));
    const file = recordUri(s.locator, ref, outcome.value.file);
    const editor = await vscode.window.showTextDocument(file, { preview: false });
    const end = new vscode.Position(editor.document.lineCount - 1, 0);
    editor.selection = new vscode.Selection(end, end);
    return file.fsPath;
  };
}
