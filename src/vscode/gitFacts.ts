import * as vscode from 'vscode';
import { readGitIdentity, readHead } from '../git/readRepoFacts';

/**
 * Git facts for the extension, behind the Workspace Trust check: in an untrusted or virtual
 * workspace no git process runs and every fact is unknown. Trust is checked at each call.
 */
export class GitFacts {
  private canRunGit(folder: vscode.WorkspaceFolder): boolean {
    return vscode.workspace.isTrusted && folder.uri.scheme === 'file';
  }

  /** HEAD of the repository holding the folder, when git may run and there is one. */
  async head(folder: vscode.WorkspaceFolder): Promise<string | undefined> {
    return this.canRunGit(folder) ? readHead(folder.uri.fsPath) : undefined;
  }

  /** The user's git name and email, when git may run. */
  async identity(folder: vscode.WorkspaceFolder): Promise<{ name?: string; email?: string }> {
    return this.canRunGit(folder) ? readGitIdentity(folder.uri.fsPath) : {};
  }
}
