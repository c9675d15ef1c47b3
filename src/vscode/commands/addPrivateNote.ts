import * as vscode from 'vscode';
import { dateProblem, toIsoDate } from '../../core/dates';
import { nextSessionFileName } from '../../core/records/newRecords';
import { createFileWithText } from '../documentEdits';
import { pickRelationship } from '../pickRelationship';
import { ensurePrivateRule } from '../privateRuleGuard';
import type { Services } from '../services';
import { UserError } from '../userError';

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
    const ref = await pickRelationship(s.locator, args?.slug, 'Add Private Note');
    const date = args?.date ?? toIsoDate(s.now());
    const why = dateProblem(date);
    if (why) throw new UserError(`Note date: ${why}.`);
    const root = s.locator.rootOf(ref.folder);
    await ensurePrivateRule(root, true);
    const dir = vscode.Uri.joinPath(ref.dir, 'private');
    await vscode.workspace.fs.createDirectory(dir);
    const names = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n);
    const file = vscode.Uri.joinPath(dir, nextSessionFileName(date, names));
    await createFileWithText(
      root,
      file,
      `# Private note ${date}\n\nOnly on this machine: mentoring/.gitignore keeps private/ out of git.\n\n`,
    );
    const editor = await vscode.window.showTextDocument(file, { preview: false });
    const end = new vscode.Position(editor.document.lineCount - 1, 0);
    editor.selection = new vscode.Selection(end, end);
    return file.fsPath;
  };
}
