import { hardenedGit } from './hardenedGit';
import { GitError } from './gitError';
import { t } from '../core/l10n';

/**
 * Runs git with `args` in `dir` through hardenedGit and returns its standard output. A missing
 * git binary becomes GitError 'git-missing'; any other failure (including a non-zero exit with
 * nothing on stderr) becomes GitError 'failed' carrying git's output.
 */
export async function runGit(dir: string, args: string[]): Promise<string> {
  try {
    return await hardenedGit(dir).raw(args);
  } catch (e) {
    throw toGitError(e);
  }
}

/** Maps whatever simple-git or the spawn threw to a GitError. */
export function toGitError(e: unknown): GitError {
  if (e instanceof GitError) return e;
  const text = e instanceof Error ? e.message : String(e);
  if (/\bENOENT\b/.test(text) && /spawn/.test(text)) {
    return new GitError(
      'git-missing',
      t('git was not found: install git and make sure it is on PATH.'),
    );
  }
  const output = text.trim();
  const first = output.split('\n').find((l) => l.trim() !== '') ?? t('git failed');
  return new GitError('failed', first, output);
}
