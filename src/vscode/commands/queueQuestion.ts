import * as vscode from 'vscode';
import { queueQuestion } from '../../workflows/queueQuestion';
import { pickRelationship } from '../pickRelationship';
import { recordUri } from '../relationshipLoader';
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
    const rel = await pickRelationship(s.locator, args?.slug, 'Queue Question for Next Session');
    const text =
      args?.text ??
      (await vscode.window.showInputBox({
        title: `Queue Question for Next Session (${rel.slug})`,
        prompt: 'Question for next session',
        placeHolder: 'How do you decide when a migration needs a feature flag?',
        ignoreFocusOut: true,
        validateInput: (v) =>
          v.trim() === '' ? 'Type the question to bring to the next session.' : undefined,
      }));
    if (text === undefined) throw new Cancelled();
    const by = args?.by ?? (await userHandle(s, rel.folder));
    const outcome = await queueQuestion(
      { slug: rel.slug, text, by },
      workflowPorts(s, rel, 'Queue Question for Next Session'),
    );
    if (!outcome.ok) throw failureError(outcome.failure);
    vscode.window.setStatusBarMessage(`Queued for the next session with ${rel.slug}.`, 4000);
    return recordUri(s.locator, rel, outcome.value.file).fsPath;
  };
}
