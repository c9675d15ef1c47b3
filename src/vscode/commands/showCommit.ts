import * as vscode from 'vscode';
import { isCommitId } from '../../git/showCommit';
import { COMMIT_SCHEME } from '../ids';
import type { Services } from '../services';
import { UserError } from '../userError';

/** Arguments: the repository's top folder and the commit (a view node passes its own). */
export interface ShowCommitArgs {
  repo?: string;
  sha?: string;
}

/** The read-only document URI that shows a commit of a repository. */
export function commitUri(repo: string, sha: string): vscode.Uri {
  return vscode.Uri.from({
    scheme: COMMIT_SCHEME,
    path: `/${sha.slice(0, 7)}.diff`,
    query: new URLSearchParams({ repo, sha }).toString(),
  });
}

/** Show Commit: the commit's message, stats and diff in a read-only editor. */
export function showCommitCommand(s: Services) {
  return async (args?: ShowCommitArgs): Promise<string> => {
    if (!args?.repo || !args.sha || !isCommitId(args.sha))
      throw new UserError('Show Commit needs a commit of a learning topic.');
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(args.repo));
    if (folder) s.git.requireGit(folder, 'Show Commit');
    else if (!s.topics.knowsRepo(args.repo))
      throw new UserError('Show Commit shows commits of the repositories in this workspace only.');
    const uri = commitUri(args.repo, args.sha);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, 'diff');
    await vscode.window.showTextDocument(document, { preview: true });
    return uri.toString();
  };
}
