import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { GitError } from './gitError';
import { HARDENING_CONFIG } from './hardenedGit';
import { exitError } from './streamGit';
import { t } from '../core/l10n';

/** What to run for runGitCapture. */
export interface GitCaptureOptions {
  /** The folder git runs in. */
  cwd: string;
  /** Everything after `git -c <hardening config>`: the subcommand and its arguments. */
  args: readonly string[];
  /**
   * The whole environment git gets (process.env when absent). A pre-commit hook passes the one
   * git gave it, so GIT_INDEX_FILE, GIT_DIR and GIT_WORK_TREE name what the commit will contain.
   */
  env?: NodeJS.ProcessEnv;
  /** Written to git's standard input (e.g. object names for `cat-file --batch`), then closed. */
  input?: string;
  /** Stops git and rejects with GitError 'timed-out' after this long (default 60 s). */
  timeoutMs?: number;
  /** Stops git and rejects with GitError 'failed' when stdout grows past this (default 64 MiB). */
  maxBytes?: number;
}

/**
 * Runs git with the hardening config and returns its standard output as bytes. Unlike runGit
 * (simple-git), it takes an explicit environment and standard input, and it never decodes the
 * output, so blobs arrive byte for byte. Rejects with GitError: 'git-missing' when git cannot be
 * started, 'timed-out', or 'failed' with git's first `fatal:`/`error:` line.
 */
export function runGitCapture(options: GitCaptureOptions): Promise<Buffer> {
  const configArgs = HARDENING_CONFIG.flatMap((c) => ['-c', c]);
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    GIT_TERMINAL_PROMPT: '0',
    // Reading the index and its blobs must never reach a promisor remote.
    GIT_NO_LAZY_FETCH: '1',
  };
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  return new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['--no-pager', ...configArgs, ...options.args], {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: Error | undefined;
    const stop = (reason: Error) => {
      failure ??= reason;
      child.kill('SIGKILL');
    };
    const timeoutMs = options.timeoutMs ?? 60_000;
    const timer = setTimeout(
      () =>
        stop(
          new GitError('timed-out', t('git took longer than {0} s.', Math.round(timeoutMs / 1000))),
        ),
      timeoutMs,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(new GitError('failed', t('git printed more than expected.')));
      else chunks.push(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < 64 * 1024) stderr += text;
    });
    // git may exit before reading all of its input (a failure): that is reported by the exit.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    child.on('error', (e: NodeJS.ErrnoException) => {
      // spawn reports a missing cwd as ENOENT too, the same code as a missing git binary.
      failure ??=
        e.code === 'ENOENT' && !fs.existsSync(options.cwd)
          ? new GitError('not-a-repo', t('{0} does not exist.', options.cwd))
          : e.code === 'ENOENT'
            ? new GitError(
                'git-missing',
                t('git was not found: install git and make sure it is on PATH.'),
              )
            : new GitError('failed', t('git could not be started: {0}', e.message));
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else if (code === 0) resolve(Buffer.concat(chunks));
      else reject(exitError(code, sig, stderr));
    });
  });
}
