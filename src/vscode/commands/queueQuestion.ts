import * as vscode from 'vscode';
import { appendQuestion } from '../../core/edits/appendQuestion';
import { toIsoDate } from '../../core/dates';
import { QUESTIONS_TEMPLATE } from '../../core/templates/builtinTemplates';
import { applyCoreEdit, createFileIfMissing } from '../documentEdits';
import { pickRelationship } from '../pickRelationship';
import type { Services } from '../services';
import { userHandle } from '../userHandle';
import { Cancelled } from '../userError';

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
    const file = vscode.Uri.joinPath(rel.dir, 'questions.md');
    const root = s.locator.rootOf(rel.folder);
    await createFileIfMissing(root, file, QUESTIONS_TEMPLATE);
    const name = vscode.workspace.asRelativePath(file);
    await applyCoreEdit(root, file, (current) =>
      appendQuestion(name, current, { text, added: toIsoDate(s.now()), by }),
    );
    vscode.window.setStatusBarMessage(`Queued for the next session with ${rel.slug}.`, 4000);
    return file.fsPath;
  };
}
