import * as vscode from 'vscode';
import { readGitIdentity, readHead } from '../git/readRepoFacts';
import { UserError } from './userError';

const IDENTITY_TTL_MS = 60_000;

/**
 * Git facts for the extension, behind the Workspace Trust check: in an untrusted or virtual
 * workspace no git process runs and every fact is unknown. Trust is checked at each call.
 */
export class GitFacts {
  private canRunGit(folder: vscode.WorkspaceFolder): boolean {
    return vscode.workspace.isTrusted && folder.uri.scheme === 'file';
  }

  /**
   * Refuses, with the reason, a command that must run git (commit, install a hook) where git may
   * not run: an untrusted workspace (a repository's config can make git run programs) or a
   * virtual one (no files for git to work on).
   */
  requireGit(folder: vscode.WorkspaceFolder, what: string): void {
    if (folder.uri.scheme !== 'file') {
      throw new UserError(
        vscode.l10n.t('{0} needs git, which does not run in a virtual workspace.', what),
      );
    }
    if (!vscode.workspace.isTrusted) {
      throw new UserError(
        vscode.l10n.t(
          "{0} needs git, and Mentoring Journal runs no git in an untrusted workspace (a repository's own config could make git run programs). Trust this workspace to use it.",
          what,
        ),
      );
    }
  }

  /** HEAD of the repository holding the folder, when git may run and there is one. */
  async head(folder: vscode.WorkspaceFolder): Promise<string | undefined> {
    return this.canRunGit(folder) ? readHead(folder.uri.fsPath) : undefined;
  }

  private readonly identities = new Map<
    string,
    { at: number; value: Promise<{ name?: string; email?: string }> }
  >();

  /**
   * The user's git name and email, when git may run. The status bar and the Relationships view
   * ask on every editor switch and refresh, so an answer is kept for a minute (git config
   * rarely changes, and two git processes per editor switch would be waste).
   */
  async identity(folder: vscode.WorkspaceFolder): Promise<{ name?: string; email?: string }> {
    if (!this.canRunGit(folder)) return {};
    const key = folder.uri.toString();
    const cached = this.identities.get(key);
    if (cached && Date.now() - cached.at < IDENTITY_TTL_MS) return cached.value;
    const value = readGitIdentity(folder.uri.fsPath);
    this.identities.set(key, { at: Date.now(), value });
    return value;
  }
}
