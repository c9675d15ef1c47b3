import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPrivatePath } from '../core/records/privatePath';
import { GitError } from './gitError';
import type { RecordChange } from './recordChanges';
import { repoState, type RepoOperation } from './repoState';
import { runGit, toGitError } from './runGit';
import { t } from '../core/l10n';

// Functions: the language is installed after this module loads.
const REMEDY: Record<RepoOperation, () => string> = {
  merge: () => t('finish it (git commit) or abort it (git merge --abort)'),
  rebase: () => t('finish it (git rebase --continue) or abort it (git rebase --abort)'),
  'cherry-pick': () =>
    t('finish it (git cherry-pick --continue) or abort it (git cherry-pick --abort)'),
  revert: () => t('finish it (git revert --continue) or abort it (git revert --abort)'),
  bisect: () => t('end it (git bisect reset)'),
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
      t(
        'A {0} is in progress in {1}: {2} before committing records.',
        state.operation,
        state.top,
        REMEDY[state.operation](),
      ),
    );
  }
  if (state.detached) {
    throw new GitError(
      'detached-head',
      t(
        'HEAD is detached in {0}: switch to a branch (git switch <branch>) before committing records.',
        state.top,
      ),
    );
  }
  if (changes.length === 0)
    throw new GitError('nothing-to-commit', t('No records changes to commit.'));
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
    throw new GitError('failed', t('Not a path inside the repository: "{0}".', p));
  }
  if (!p.startsWith(prefix)) {
    throw new GitError('failed', t('Not under the records root: "{0}".', p));
  }
  if (isPrivatePath(change.rootRelative) || isPrivatePath(p.slice(prefix.length))) {
    throw new GitError(
      'failed',
      t('Refusing to commit a private note: "{0}". Private notes never go into git.', p),
    );
  }
  return p;
}

async function commitFailure(e: GitError, top: string): Promise<GitError> {
  const output = e.output ?? e.message;
  if (/nothing (added )?to commit|no changes added to commit/i.test(output)) {
    return new GitError('nothing-to-commit', t('No records changes to commit.'), output);
  }
  // git prints "fatal:" for its own failures; a hook's refusal is whatever the hook printed.
  const gitsOwn = /^(fatal|error): /m.test(output.split('\n')[0] ?? '');
  if (!gitsOwn && (await commitHooks(top)).length > 0) {
    return new GitError('hook-failed', t('A git commit hook refused the commit.'), output);
  }
  return new GitError('failed', t('git commit failed: {0}', e.message), output);
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
