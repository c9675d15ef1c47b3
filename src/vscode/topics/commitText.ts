import * as path from 'node:path';
import * as vscode from 'vscode';
import { fileAtRevision } from '../../git/commitFiles';
import { isCommitId, showCommit } from '../../git/showCommit';
import type { Services } from '../services';
import { UserError } from '../userError';

/**
 * The text of a `mentoring-commit:` document. Such a URI can come from anywhere (a link in a
 * file, a restored editor), so git runs only for a commit id in a workspace folder's own
 * repository or one topics were read from, in a trusted workspace.
 */
export async function commitText(s: Services, uri: vscode.Uri): Promise<string> {
  const query = new URLSearchParams(uri.query);
  const repo = query.get('repo') ?? '';
  const sha = query.get('sha') ?? '';
  if (!isCommitId(sha)) throw new UserError(vscode.l10n.t('Not a commit id.'));
  // Only a repository topics were read from this session, or a workspace folder itself: a
  // crafted link cannot point git at a parent folder or anywhere else.
  const known = repo !== '' && path.resolve(repo) === repo && s.topics.knowsRepo(repo);
  const folder = s.locator
    .folders()
    .find(
      (f) =>
        f.uri.scheme === 'file' &&
        (f.uri.fsPath === repo || (known && f.uri.fsPath.startsWith(repo + path.sep))),
    );
  if (!folder) throw new UserError(vscode.l10n.t('That repository is not part of this workspace.'));
  s.git.requireGit(folder, vscode.l10n.t('Show Commit'));
  // One side of one file of the commit, for the diff editor; the whole commit otherwise.
  const file = query.get('path');
  if (file !== null) return (await fileAtRevision(repo, sha, query.get('side') === 'old', file)) ?? '';
  return showCommit(repo, sha);
}
