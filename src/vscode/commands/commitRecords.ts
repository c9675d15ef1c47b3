import * as vscode from 'vscode';
import { commitMessage } from '../../core/records/commitMessage';
import { commitRecords } from '../../git/commitRecords';
import { GitError } from '../../git/gitError';
import { recordChanges, type RecordChange } from '../../git/recordChanges';
import { ensurePrivateRule } from '../privateRuleGuard';
import { pickRecordsFolder } from '../recordsFolder';
import type { Services } from '../services';
import { readTeamSettings } from '../teamSettings';
import { Cancelled, UserError } from '../userError';

/** Arguments that skip the prompts. */
export interface CommitRecordsArgs {
  folder?: string;
  /** Paths relative to the records root to commit; all changed records when absent. */
  paths?: string[];
  message?: string;
}

/**
 * Commit Mentoring Records: stages and commits only changed files under the records root, never
 * a private note, after the user has seen the list and the message. Anything else the user had
 * staged stays staged and out of this commit. Returns the commit id.
 */
export function commitRecordsCommand(s: Services) {
  return async (args?: CommitRecordsArgs): Promise<string | undefined> => {
    const title = 'Commit Mentoring Records';
    const folder = await pickRecordsFolder(s.locator, args?.folder, title);
    s.git.requireGit(folder, title);
    const root = s.locator.rootOf(folder);
    await saveOrSkipUnsaved(s, root, args !== undefined);
    await ensurePrivateRule(s, folder, true);
    let changes = await gitCall(() => recordChanges(root.fsPath));
    if (args?.paths) changes = changes.filter((c) => args.paths!.includes(c.rootRelative));
    if (changes.length === 0) {
      void vscode.window.showInformationMessage(
        `Nothing to commit: the records in ${vscode.workspace.asRelativePath(root)} are as last committed.`,
      );
      return undefined;
    }
    const chosen = args ? changes : await confirmChanges(changes, title);
    const suggested = commitMessage(
      chosen.map((c) => ({ path: c.rootRelative, status: c.status })),
      readTeamSettings(root, folder.uri).settings.commitMessage,
    );
    const message =
      args?.message ??
      (await vscode.window.showInputBox({
        title,
        prompt: `Commit message for ${chosen.length} file${chosen.length === 1 ? '' : 's'}`,
        value: suggested,
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() === '' ? 'A commit needs a message.' : undefined),
      }));
    if (message === undefined) throw new Cancelled();
    const { commit } = await gitCall(() => commitRecords(root.fsPath, chosen, message.trim()), s);
    s.log.info(`Committed ${commit}: ${message.trim()} (${chosen.map((c) => c.path).join(', ')})`);
    void vscode.window.showInformationMessage(`Committed ${commit.slice(0, 7)}: ${message.trim()}`);
    return commit;
  };
}

async function confirmChanges(changes: RecordChange[], title: string): Promise<RecordChange[]> {
  const picked = await vscode.window.showQuickPick(
    changes.map((c) => ({ label: c.rootRelative, description: c.status, picked: true, change: c })),
    {
      title,
      placeHolder: 'These records will be committed (private notes never are). Enter to continue.',
      canPickMany: true,
      ignoreFocusOut: true,
    },
  );
  if (!picked || picked.length === 0) throw new Cancelled();
  return picked.map((p) => p.change);
}

async function saveOrSkipUnsaved(s: Services, root: vscode.Uri, quiet: boolean): Promise<void> {
  const dirty = vscode.workspace.textDocuments.filter(
    (d) => d.isDirty && s.locator.locate(d.uri)?.root.toString() === root.toString(),
  );
  if (dirty.length === 0) return;
  if (quiet)
    throw new UserError(`${dirty.length} records file(s) have unsaved changes; save them first.`);
  const choice = await vscode.window.showWarningMessage(
    `${dirty.length} records file${dirty.length === 1 ? ' has' : 's have'} unsaved changes.`,
    { modal: true, detail: 'The commit takes the files as they are on disk.' },
    'Save and Commit',
    'Commit Without Them',
  );
  if (!choice) throw new Cancelled();
  if (choice === 'Save and Commit') for (const d of dirty) await d.save();
}

/** Runs a git call and turns its failures into messages a person can act on. */
async function gitCall<T>(call: () => Promise<T>, s?: Services): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    switch (e.kind) {
      case 'git-missing':
        throw new UserError(
          'git was not found: install git, or put it on the PATH VS Code sees, to commit records.',
        );
      case 'not-a-repo':
        throw new UserError(
          'The records are not in a git repository: run "git init" where they live, then commit again.',
        );
      case 'hook-failed':
        s?.log.warn(`The commit hook refused the commit:\n${e.output ?? e.message}`);
        s?.log.show(true);
        throw new UserError(
          `A git hook refused the commit; its output is in the Mentoring Journal output. ${firstLine(e.output ?? e.message)}`,
        );
      default:
        throw new UserError(e.message);
    }
  }
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
