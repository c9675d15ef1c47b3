import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitError } from './gitError';
import { runGit } from './runGit';
import { t } from '../core/l10n';

/** An operation git is in the middle of; committing records then would mix into it. */
export type RepoOperation = 'merge' | 'rebase' | 'cherry-pick' | 'revert' | 'bisect';

/** What a commit needs to know about the repository holding a folder. */
export interface RepoState {
  /** The work tree's top folder (absolute): the repository holding `dir`. */
  top: string;
  /** The repository's git directory (absolute; a worktree's own one for a linked worktree). */
  gitDir: string;
  /** The current branch's short name; also set on a branch without commits yet. */
  branch?: string;
  /** True when HEAD points at a commit rather than a branch. */
  detached: boolean;
  /** An operation in progress, when there is one. */
  operation?: RepoOperation;
}

// The files git leaves in the git directory while each operation is under way.
const MARKERS: readonly [string, RepoOperation][] = [
  ['rebase-merge', 'rebase'],
  ['rebase-apply', 'rebase'],
  ['MERGE_HEAD', 'merge'],
  ['CHERRY_PICK_HEAD', 'cherry-pick'],
  ['REVERT_HEAD', 'revert'],
  ['BISECT_LOG', 'bisect'],
];

/**
 * The state of the repository holding `dir`. Throws GitError 'git-missing' when git cannot be
 * run and 'not-a-repo' when `dir` is not inside a work tree (or does not exist).
 */
export async function repoState(dir: string): Promise<RepoState> {
  let lines: string[];
  try {
    lines = (await runGit(dir, ['rev-parse', '--show-toplevel', '--absolute-git-dir']))
      .split('\n')
      .filter((l) => l !== '');
  } catch (e) {
    if (e instanceof GitError && e.kind === 'git-missing') throw e;
    throw new GitError(
      'not-a-repo',
      t('{0} is not inside a git repository.', dir),
      (e as GitError).output,
    );
  }
  if (lines.length < 2)
    throw new GitError('not-a-repo', t('{0} is not inside a git repository.', dir));
  const [top, gitDir] = lines.map((l) => path.resolve(l));
  let branch: string | undefined;
  try {
    // Fails (exit 1) exactly when HEAD is detached; works on a branch with no commits yet.
    branch =
      (await runGit(dir, ['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim() || undefined;
  } catch (e) {
    if (e instanceof GitError && e.kind === 'git-missing') throw e;
  }
  const operation = MARKERS.find(([file]) => fs.existsSync(path.join(gitDir, file)))?.[1];
  return { top, gitDir, branch, detached: branch === undefined, operation };
}
