import * as vscode from 'vscode';
import { commitChosen, recordsToCommit, suggestCommitMessage } from '../../workflows/commitRecords';
import type { Failure } from '../../workflows/outcome';
import type { RecordChange } from '../../workflows/ports';
import { tellRestored } from '../privateRuleGuard';
import { pickRecordsFolder } from '../recordsFolder';
import type { Services } from '../services';
import { showNotes } from '../showNotes';
import { Cancelled, UserError } from '../userError';
import { failureError, workflowPorts } from '../workflowPorts';

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
    const title = vscode.l10n.t('Commit Mentoring Records');
    const folder = await pickRecordsFolder(s.locator, args?.folder, title);
    s.git.requireGit(folder, title);
    const root = s.locator.rootOf(folder);
    await saveOrSkipUnsaved(s, root, args !== undefined);
    const ports = workflowPorts(s, { slug: '', folder, dir: root }, title);
    const listed = await recordsToCommit({ paths: args?.paths }, ports);
    if (!listed.ok) throw shown(s, listed.failure);
    if (listed.value.restoredRule) tellRestored(ports.records.shown('.gitignore'));
    const changes = listed.value.changes;
    if (changes.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Nothing to commit: the records in {0} are as last committed.',
          vscode.workspace.asRelativePath(root),
        ),
      );
      return undefined;
    }
    const chosen = args ? changes : await confirmChanges(changes, title);
    const suggested = await suggestCommitMessage(chosen, ports);
    if (!suggested.ok) throw shown(s, suggested.failure);
    showNotes(suggested.notes);
    const message =
      args?.message ??
      (await vscode.window.showInputBox({
        title,
        prompt:
          chosen.length === 1
            ? vscode.l10n.t('Commit message for 1 file')
            : vscode.l10n.t('Commit message for {0} files', chosen.length),
        value: suggested.value,
        ignoreFocusOut: true,
        validateInput: (v) =>
          v.trim() === '' ? vscode.l10n.t('A commit needs a message.') : undefined,
      }));
    if (message === undefined) throw new Cancelled();
    const committed = await commitChosen({ changes: chosen, message }, ports);
    if (!committed.ok) throw shown(s, committed.failure);
    const { commit } = committed.value;
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Committed {0}: {1}', commit.slice(0, 7), message.trim()),
    );
    return commit;
  };
}

async function confirmChanges(changes: RecordChange[], title: string): Promise<RecordChange[]> {
  const picked = await vscode.window.showQuickPick(
    changes.map((c) => ({ label: c.rootRelative, description: c.status, picked: true, change: c })),
    {
      title,
      placeHolder: vscode.l10n.t(
        'These records will be committed (private notes never are). Enter to continue.',
      ),
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
    throw new UserError(
      vscode.l10n.t('{0} records file(s) have unsaved changes; save them first.', dirty.length),
    );
  const saveAndCommit = vscode.l10n.t('Save and Commit');
  const choice = await vscode.window.showWarningMessage(
    dirty.length === 1
      ? vscode.l10n.t('1 records file has unsaved changes.')
      : vscode.l10n.t('{0} records files have unsaved changes.', dirty.length),
    { modal: true, detail: vscode.l10n.t('The commit takes the files as they are on disk.') },
    saveAndCommit,
    vscode.l10n.t('Commit Without Them'),
  );
  if (!choice) throw new Cancelled();
  if (choice === saveAndCommit) for (const d of dirty) await d.save();
}

/** A failure for the user; git's own output (a hook's complaint) goes to the log, shown. */
function shown(s: Services, failure: Failure): Error {
  if (failure.detail) {
    s.log.warn(`The commit hook refused the commit:\n${failure.detail}`);
    s.log.show(true);
  }
  return failureError(failure);
}
