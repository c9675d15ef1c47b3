import { GitError } from './gitError';
import { streamGit } from './streamGit';
import { t } from '../core/l10n';

/** A commit's diff beyond this is cut: a read-only view of a huge commit must stay light. */
export const SHOW_COMMIT_CAP = 2 * 1024 * 1024;

/** True for an abbreviated or full hex object name: the only commit ids passed to git show. */
export function isCommitId(value: string): boolean {
  return /^[0-9a-f]{7,64}$/.test(value);
}

// What git says when a name resolves to no object, or `^{commit}` finds a blob, tree or tag of one.
const NOT_A_COMMIT = /bad revision|unknown revision|expected commit type|not a commit/i;

/**
 * A commit's header, message, stats and patch as `git show` prints them, for a read-only diff
 * document. The id is checked to be hex and given after `--end-of-options`, so it can never be
 * read as an option, and peeled with `^{commit}`, so a blob or tree id is refused rather than
 * shown. Textconv and external diff drivers (which a repository's config could point at any
 * program) are off. Output past SHOW_COMMIT_CAP is cut with a note. Rejects with GitError:
 * 'failed' "… is not a commit …" for an id that is not one here, 'not-a-repo' for a missing
 * folder (streamGit), or whatever else git reports.
 */
export async function showCommit(repo: string, sha: string): Promise<string> {
  if (!isCommitId(sha)) throw new GitError('failed', t('not a commit id: {0}', sha.slice(0, 70)));
  const parts: string[] = [];
  let size = 0;
  let cut = false;
  const abort = new AbortController();
  try {
    await streamGit({
      cwd: repo,
      args: [
        'show',
        '--no-textconv',
        '--no-ext-diff',
        '--no-color',
        '--format=fuller',
        '--stat',
        '--patch',
        '--end-of-options',
        `${sha}^{commit}`,
        '--',
      ],
      signal: abort.signal,
      timeoutMs: 60_000,
      onStdout: (text) => {
        if (size + text.length > SHOW_COMMIT_CAP) {
          parts.push(text.slice(0, SHOW_COMMIT_CAP - size));
          cut = true;
          abort.abort();
          return;
        }
        parts.push(text);
        size += text.length;
      },
    });
  } catch (e) {
    // Our own stop at the cap is no failure: what was read is the answer.
    if (!cut) throw explained(e, sha);
  }
  if (cut) parts.push(t('\n… cut at {0} MB.\n', SHOW_COMMIT_CAP / 1024 / 1024));
  return parts.join('');
}

/** git's complaint about the peeled id as "not a commit"; any other error as it is. */
function explained(e: unknown, sha: string): unknown {
  if (e instanceof GitError && e.kind === 'failed' && NOT_A_COMMIT.test(e.output ?? '')) {
    return new GitError('failed', t('{0} is not a commit in this repository.', sha), e.output);
  }
  return e;
}
