import * as vscode from 'vscode';
import { queueQuestion } from '../../workflows/queueQuestion';
import { pickRelationship } from '../pickRelationship';
import { loadRelationship, recordUri } from '../relationshipLoader';
import { relationshipName } from '../relationshipName';
import { revealEdit } from '../revealEdit';
import type { RelationshipRef } from '../recordsLocator';
import type { Services } from '../services';
import { userHandle } from '../userHandle';
import { Cancelled } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';

/** Arguments that skip the prompts. */
export interface QueueQuestionArgs {
  slug?: string;
  text: string;
  by?: string;
}

/** Queue Question for Next Session: appends to questions.md through the editor (unsaved edits kept). */
export function queueQuestionCommand(s: Services) {
  return async (args?: QueueQuestionArgs): Promise<string> => {
    const rel = await pickRelationship(
      s.locator,
      args?.slug,
      vscode.l10n.t('Queue Question for Next Session'),
    );
    const text =
      args?.text ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Queue Question for Next Session ({0})', await nameOf(rel)),
        prompt: vscode.l10n.t('Question for next session'),
        placeHolder: vscode.l10n.t('How do you decide when a migration needs a feature flag?'),
        ignoreFocusOut: true,
        validateInput: (v) =>
          v.trim() === ''
            ? vscode.l10n.t('Type the question to bring to the next session.')
            : undefined,
      }));
    if (text === undefined) throw new Cancelled();
    const by = args?.by ?? (await userHandle(s, rel.folder));
    const file = vscode.Uri.joinPath(rel.dir, 'questions.md');
    const name = await nameOf(rel);
    const queued = await revealEdit(
      file,
      async () => {
        const outcome = await queueQuestion(
          { slug: rel.slug, text, by },
          workflowPorts(s, rel, vscode.l10n.t('Queue Question for Next Session')),
        );
        if (!outcome.ok) throw failureError(outcome.failure);
        return outcome.value;
      },
      () => ({
        message: vscode.l10n.t('Queued for the next session ({0}): "{1}".', name, text.trim()),
        find: text.trim(),
      }),
    );
    return recordUri(s.locator, rel, queued.file).fsPath;
  };
}

async function nameOf(ref: RelationshipRef): Promise<string> {
  return relationshipName(ref, await loadRelationship(ref).catch(() => undefined), []);
}
