import { GitError } from './gitError';
import { isCommitId, SHOW_COMMIT_CAP } from './showCommit';
import { streamGit } from './streamGit';
import { t } from '../core/l10n';

/** One file a commit changed, against its first parent (none for a root commit). */
export interface CommitFile {
  /** A added, M modified, D deleted, T type changed (renames are split into D and A). */
  status: string;
  /** Repository-relative, "/" separators, as git prints it. */
  path: string;
}

/** A commit's subject and the files it changed. */
export interface CommitFiles {
  sha: string;
  subject: string;
  files: CommitFile[];
}

/** A commit with more files than this lists the first ones only: a picker is no use past it. */
export const MAX_COMMIT_FILES = 5000;

/**
 * The files a commit changed, for the diff editor: one `git diff-tree` against the first parent
 * (a merge shows what it brought in), renames split, textconv and external diff off, the id
 * checked to be hex and given after `--end-of-options`. Rejects with GitError.
 */
export async function commitFiles(repo: string, sha: string): Promise<CommitFiles> {
  if (!isCommitId(sha)) throw new GitError('failed', t('not a commit id: {0}', sha.slice(0, 70)));
  const parts: string[] = [];
  let size = 0;
  await streamGit({
    cwd: repo,
    args: [
      'diff-tree',
      '-r',
      '-z',
      '--root',
      '--no-renames',
      '--no-textconv',
      '--no-ext-diff',
      '--name-status',
      '--diff-merges=first-parent',
      '--format=%H%x00%s%x00',
      '--end-of-options',
      `${sha}^{commit}`,
      '--',
    ],
    timeoutMs: 60_000,
    onStdout: (text) => {
      size += text.length;
      if (size <= SHOW_COMMIT_CAP) parts.push(text);
    },
  });
  return parseCommitFiles(parts.join(''));
}

/** Parses `diff-tree -z --name-status --format=%H%x00%s%x00` output (exported for tests). */
export function parseCommitFiles(out: string): CommitFiles {
  const tokens = out.split('\0');
  const sha = tokens[0] ?? '';
  const subject = tokens[1] ?? '';
  let i = 2;
  // The header ends with an empty field and a line break before the first status.
  while (i < tokens.length && tokens[i] === '') i++;
  if (i < tokens.length && tokens[i].startsWith('\n')) tokens[i] = tokens[i].slice(1);
  const files: CommitFile[] = [];
  for (; i + 1 < tokens.length && files.length < MAX_COMMIT_FILES; i += 2) {
    const status = tokens[i];
    const path = tokens[i + 1];
    if (!/^[A-Z]$/.test(status) || path === '') break;
    files.push({ status, path });
  }
  return { sha, subject, files };
}

/**
 * The bytes of one file at a revision (`<sha>` or `<sha>^` for its first parent), as text, cut
 * at SHOW_COMMIT_CAP; undefined where the file does not exist there (added or deleted files).
 */
export async function fileAtRevision(
  repo: string,
  sha: string,
  parent: boolean,
  path: string,
): Promise<string | undefined> {
  if (!isCommitId(sha)) throw new GitError('failed', t('not a commit id: {0}', sha.slice(0, 70)));
  if (path === '' || /[\0\r\n]/.test(path)) return undefined;
  const parts: string[] = [];
  let size = 0;
  try {
    await streamGit({
      cwd: repo,
      // The object name starts with the hex id, so it can never be read as an option.
      args: ['cat-file', 'blob', '--end-of-options', `${sha}${parent ? '^' : ''}:${path}`],
      timeoutMs: 60_000,
      onStdout: (text) => {
        if (size < SHOW_COMMIT_CAP) parts.push(text.slice(0, SHOW_COMMIT_CAP - size));
        size += text.length;
      },
    });
  } catch (e) {
    if (e instanceof GitError && e.kind === 'failed') return undefined;
    throw e;
  }
  if (size > SHOW_COMMIT_CAP) parts.push(t('\n… cut at {0} MB.\n', SHOW_COMMIT_CAP / 1024 / 1024));
  return parts.join('');
}
