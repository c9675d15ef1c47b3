import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPrivatePath } from '../core/records/privatePath';
import { GitError } from './gitError';
import type { RecordChange } from './recordChanges';
import { repoState, type RepoOperation } from './repoState';
import { runGit, toGitError } from './runGit';

const REMEDY: Record<RepoOperation, string> = {
  merge: 'finish it (git commit) or abort it (git merge --abort)',
  rebase: 'finish it (git rebase --continue) or abort it (git rebase --abort)',
  'cherry-pick': 'finish it (git cherry-pick --continue) or abort it (git cherry-pick --abort)',
  revert: 'finish it (git revert --continue) or abort it (git revert --abort)',
  bisect: 'end it (git bisect reset)',
};

// Hooks that run during `git commit` and can make it fail.
const COMMIT_HOOKS = ['pre-commit', 'prepare-commit-msg', 'commit-msg'];

/**
 * Stages exactly these paths (git add -A -- paths; refuses any private path) and commits only
 * them (git commit --only -m message -- paths), leaving anything else the user had staged alone.
 * Checks repoState first: operation in progress -> 'operation-in-progress' (message names it),
 * detached -> 'detached-head'; empty list -> 'nothing-to-commit'; a failing hook ->
 * 'hook-failed' with the hook's output. Returns the new commit id.
 */
export async function commitRecords(
  recordsRoot: string,
  changes: RecordChange[],
  message: string,
): Promise<{ commit: string }> {
  const state = await repoState(recordsRoot);
  if (state.operation) {
    throw new GitError(
      'operation-in-progress',
      `A ${state.operation} is in progress in ${state.top}: ${REMEDY[state.operation]} before committing records.`,
    );
  }
  if (state.detached) {
    throw new GitError(
      'detached-head',
      `HEAD is detached in ${state.top}: switch to a branch (git switch <branch>) before committing records.`,
    );
  }
  if (changes.length === 0)
    throw new GitError('nothing-to-commit', 'No records changes to commit.');
  const prefix = (await runGit(recordsRoot, ['rev-parse', '--show-prefix'])).trim();
  const paths = [...new Set(changes.map((c) => checkedPath(c, prefix)))];
  // Literal and relative to the top, whatever the folder git runs in and whatever the file name.
  const specs = paths.map((p) => `:(top,literal)${p}`);
  await runGit(state.top, ['add', '-A', '--', ...specs]);
  try {
    await runGit(state.top, ['commit', '--only', '-m', message, '--', ...specs]);
  } catch (e) {
    throw await commitFailure(toGitError(e), state.top);
  }
  const commit = (await runGit(state.top, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
  return { commit };
}

/** The change's path, once it is known to be a plain path under the root and not private. */
function checkedPath(change: RecordChange, prefix: string): string {
  const p = change.path;
  const parts = p.split('/');
  if (
    p === '' ||
    path.isAbsolute(p) ||
    p.includes('\\') ||
    parts.some((s) => s === '..' || s === '')
  ) {
    throw new GitError('failed', `Not a path inside the repository: "${p}".`);
  }
  if (!p.startsWith(prefix)) {
    throw new GitError('failed', `Not under the records root: "${p}".`);
  }
  if (isPrivatePath(change.rootRelative) || isPrivatePath(p.slice(prefix.length))) {
    throw new GitError(
      'failed',
      `Refusing to commit a private note: "${p}". Private notes never go into git.`,
    );
  }
  return p;
}

async function commitFailure(e: GitError, top: string): Promise<GitError> {
  const output = e.output ?? e.message;
  if (/nothing (added )?to commit|no changes added to commit/i.test(output)) {
    return new GitError('nothing-to-commit', 'No records changes to commit.', output);
  }
  // git prints "fatal:" for its own failures; a hook's refusal is whatever the hook printed.
  const gitsOwn = /^(fatal|error): /m.test(output.split('\n')[0] ?? '');
  if (!gitsOwn && (await commitHooks(top)).length > 0) {
    return new GitError('hook-failed', 'A git commit hook refused the commit.', output);
  }
  return new GitError('failed', `git commit failed: ${e.message}`, output);
}

/** The commit hooks that are installed (executable) for the repository at `top`. */
async function commitHooks(top: string): Promise<string[]> {
  try {
    const dir = path.resolve(top, (await runGit(top, ['rev-parse', '--git-path', 'hooks'])).trim());
    return COMMIT_HOOKS.filter((h) => {
      try {
        fs.accessSync(path.join(dir, h), fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
}
