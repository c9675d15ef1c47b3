import * as vscode from 'vscode';
import { commitFiles, type CommitFile } from '../../git/commitFiles';
import { isCommitId } from '../../git/showCommit';
import { COMMIT_SCHEME } from '../ids';
import type { Services } from '../services';
import { UserError } from '../userError';

/** Arguments: the repository's top folder and the commit (a view node passes its own). */
export interface ShowCommitArgs {
  repo?: string;
  sha?: string;
  /** Open this file's diff at once, without the list. */
  path?: string;
  /** Show the whole commit (message, stats and patch) as text, without the list. */
  whole?: boolean;
}

/** The read-only document URI that shows a commit of a repository (message, stats and patch). */
export function commitUri(repo: string, sha: string): vscode.Uri {
  return vscode.Uri.from({
    scheme: COMMIT_SCHEME,
    path: `/${sha.slice(0, 7)}.diff`,
    query: new URLSearchParams({ repo, sha }).toString(),
  });
}

/** One side of one file of a commit: `old` is its first parent. */
export function commitFileUri(repo: string, sha: string, path: string, side: 'old' | 'new'): vscode.Uri {
  const name = path.split('/').pop() || 'file';
  return vscode.Uri.from({
    scheme: COMMIT_SCHEME,
    // The file's own name ends the path, so the editor picks its language and icon.
    path: `/${sha.slice(0, 7)}${side === 'old' ? '^' : ''}/${name}`,
    query: new URLSearchParams({ repo, sha, path, side }).toString(),
  });
}

const STATUS: Record<string, string> = {
  A: vscode.l10n.t('added'),
  D: vscode.l10n.t('deleted'),
  M: vscode.l10n.t('modified'),
  T: vscode.l10n.t('type changed'),
};

/**
 * Show Commit: the commit's files in a list; moving through it shows each file's change in the
 * diff editor (one at a time, as a preview), Enter keeps it open. "Whole commit" shows the
 * message, stats and patch as text.
 */
export function showCommitCommand(s: Services) {
  return async (args?: ShowCommitArgs): Promise<string> => {
    if (!args?.repo || !args.sha || !isCommitId(args.sha))
      throw new UserError(vscode.l10n.t('Show Commit needs a commit of a learning topic.'));
    const repo = args.repo;
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(repo));
    if (folder) s.git.requireGit(folder, vscode.l10n.t('Show Commit'));
    else if (!s.topics.knowsRepo(repo))
      throw new UserError(vscode.l10n.t('Show Commit shows commits of the repositories in this workspace only.'));
    if (args.whole) return showWholeCommit(repo, args.sha);
    const commit = await commitFiles(repo, args.sha);
    const short = commit.sha.slice(0, 7);
    const title = (f: CommitFile) => `${f.path} (${short} ${STATUS[f.status] ?? f.status})`;
    const openDiff = (f: CommitFile, preview: boolean) =>
      vscode.commands.executeCommand(
        'vscode.diff',
        commitFileUri(repo, commit.sha, f.path, 'old'),
        commitFileUri(repo, commit.sha, f.path, 'new'),
        title(f),
        { preview, preserveFocus: preview },
      );
    const asked = args.path === undefined ? undefined : commit.files.find((f) => f.path === args.path);
    if (asked || commit.files.length === 1) {
      const f = asked ?? commit.files[0];
      await openDiff(f, false);
      return commitFileUri(repo, commit.sha, f.path, 'new').toString();
    }
    type Item = vscode.QuickPickItem & { file?: CommitFile };
    const items: Item[] = [
      { label: vscode.l10n.t('$(git-commit) Whole commit'), description: vscode.l10n.t('message, stats and patch as text') },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      ...commit.files.map((f) => ({
        label: f.path,
        description: STATUS[f.status] ?? f.status,
        iconPath: new vscode.ThemeIcon(f.status === 'A' ? 'diff-added' : f.status === 'D' ? 'diff-removed' : 'diff-modified'),
        file: f,
      })),
    ];
    const pick = vscode.window.createQuickPick<Item>();
    pick.title = `${short} ${commit.subject}`.slice(0, 120);
    pick.placeholder = vscode.l10n.t('{0} files: move through them to see each change; Enter keeps it open', commit.files.length);
    pick.items = items;
    pick.matchOnDescription = true;
    pick.ignoreFocusOut = true;
    const chosen = await new Promise<Item | undefined>((resolve) => {
      pick.onDidChangeActive((active) => {
        const f = active[0]?.file;
        if (f) void openDiff(f, true);
      });
      pick.onDidAccept(() => resolve(pick.selectedItems[0]));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    pick.dispose();
    if (!chosen) return '';
    if (!chosen.file) return showWholeCommit(repo, commit.sha);
    await openDiff(chosen.file, false);
    return commitFileUri(repo, commit.sha, chosen.file.path, 'new').toString();
  };
}

async function showWholeCommit(repo: string, sha: string): Promise<string> {
  const uri = commitUri(repo, sha);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(document, 'diff');
  await vscode.window.showTextDocument(document, { preview: true });
  return uri.toString();
}
