import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { GitError } from './gitError';
import { HARDENING_CONFIG } from './hardenedGit';
import { t } from '../core/l10n';

/** How long a streamed git command may run before it is stopped, unless told otherwise. */
export const DEFAULT_STREAM_TIMEOUT_MS = 5 * 60_000;

// Enough of stderr to explain a failure; a command that floods stderr must not grow memory.
const STDERR_CAP = 64 * 1024;
// After SIGTERM git exits at once; SIGKILL is only for a child that ignores it.
const KILL_GRACE_MS = 2_000;

/** What to run and where the output goes, for streamGit. */
export interface StreamGitOptions {
  /** The folder git runs in (for history reads: the work tree's top folder). */
  cwd: string;
  /** Everything after `git -c <hardening config>`: the subcommand and its arguments. */
  args: readonly string[];
  /** Receives standard output as UTF-8 text, piece by piece as git writes it. */
  onStdout?: (text: string) => void;
  /**
   * Receives standard output as bytes instead of text (for `cat-file --batch`, whose sizes count
   * bytes). An exception thrown here stops git, as with `onStdout`.
   */
  onStdoutBytes?: (chunk: Buffer) => void;
  /**
   * Written to git's standard input, which is then closed (for `--stdin` and `--batch` reads:
   * object ids only, never options). Without it standard input is closed from the start.
   */
  stdin?: string;
  /** Aborting it stops git (SIGTERM) and rejects with GitError 'cancelled'. */
  signal?: AbortSignal;
  /** Stops git and rejects with GitError 'timed-out' after this long (default 5 minutes). */
  timeoutMs?: number;
  /** The environment to start from instead of process.env (tests use it to hide git). */
  env?: NodeJS.ProcessEnv;
  /** Extra `-c key=value` settings for this call, after the hardening config. */
  config?: readonly string[];
}

/**
 * Runs git with the hardening config and hands its standard output to `onStdout` as it arrives,
 * so a long history never sits in memory whole (simple-git buffers a command's entire output).
 * Resolves when git exits 0. Rejects with GitError: 'git-missing' when git cannot be started,
 * 'cancelled' on abort, 'timed-out', 'not-a-repo' (also when `cwd` is missing or not a folder),
 * or 'failed' with git's first `fatal:` or `error:` line as the message and all of its stderr as
 * the output; an exception thrown by `onStdout` stops git and rejects with that exception. Every
 * rejection comes after the child has exited, so no git process outlives the promise.
 */
export async function streamGit(options: StreamGitOptions): Promise<void> {
  if (options.signal?.aborted) throw cancelledError();
  // spawn reports a missing cwd as ENOENT, the same code as a missing git binary.
  const problem = await folderProblem(options.cwd);
  if (problem) throw new GitError('not-a-repo', `${options.cwd} ${problem}.`);
  if (options.signal?.aborted) throw cancelledError();
  return run(options);
}

// The git processes streamGit has started and not yet seen close, in this node process.
let running = 0;

/**
 * How many git processes streamGit has running in this node process now: a read that could
 * split its work between processes does so only when nothing else runs (the cores are free).
 */
export function runningGitProcesses(): number {
  return running;
}

function run(options: StreamGitOptions): Promise<void> {
  const { signal } = options;
  const configArgs = [...HARDENING_CONFIG, ...(options.config ?? [])].flatMap((c) => ['-c', c]);
  const env: NodeJS.ProcessEnv = {
    ...(options.env ?? process.env),
    // Never wait for a password on a terminal nobody sees.
    GIT_TERMINAL_PROMPT: '0',
    // Reading history must not fetch missing objects from a promisor remote (git 2.44+).
    GIT_NO_LAZY_FETCH: '1',
  };

  return new Promise<void>((resolve, reject) => {
    const child = spawn('git', ['--no-pager', ...configArgs, ...options.args], {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    running++;
    const decoder = new StringDecoder('utf8');
    let stderr = '';
    // The first reason to stop wins; the promise settles once the child has closed.
    let failure: Error | undefined;
    let killTimer: NodeJS.Timeout | undefined;

    const stop = (reason: Error) => {
      if (failure) return;
      failure = reason;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    const onAbort = () => stop(cancelledError());
    signal?.addEventListener('abort', onAbort, { once: true });
    const timeoutMs = options.timeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS;
    const timer = setTimeout(
      () =>
        stop(
          new GitError('timed-out', t('git took longer than {0} s.', Math.round(timeoutMs / 1000))),
        ),
      timeoutMs,
    );
    timer.unref();

    // git may exit (a failure, an abort) before reading all of stdin: 'close' reports that.
    child.stdin.on('error', () => undefined);
    // Closed at once when there is nothing to write, so nothing can wait on a terminal.
    child.stdin.end(options.stdin ?? '');
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      try {
        if (options.onStdoutBytes) {
          options.onStdoutBytes(chunk);
          return;
        }
        const text = decoder.write(chunk);
        if (text) options.onStdout?.(text);
      } catch (e) {
        stop(e instanceof Error ? e : new Error(String(e)));
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      if (stderr.length < STDERR_CAP) stderr = (stderr + text).slice(0, STDERR_CAP);
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      // 'error' without a process: git could not be started at all ('close' still follows).
      if (e.code === 'ENOENT' && !fs.existsSync(options.cwd)) {
        // Removed after the check in streamGit.
        failure ??= new GitError('not-a-repo', t('{0} does not exist.', options.cwd));
      } else if (e.code === 'ENOENT') {
        failure ??= new GitError(
          'git-missing',
          t('git was not found: install git and make sure it is on PATH.'),
        );
      } else failure ??= new GitError('failed', t('git could not be started: {0}', e.message));
    });
    child.on('close', (code, sig) => {
      running--;
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      signal?.removeEventListener('abort', onAbort);
      if (!failure) {
        try {
          const rest = options.onStdoutBytes ? '' : decoder.end();
          if (rest) options.onStdout?.(rest);
        } catch (e) {
          failure = e instanceof Error ? e : new Error(String(e));
        }
      }
      if (failure) reject(failure);
      else if (code === 0) resolve();
      else reject(exitError(code, sig, stderr));
    });
  });
}

/** Why `dir` cannot be git's working folder ("does not exist"), or undefined when it can. */
async function folderProblem(dir: string): Promise<string | undefined> {
  try {
    return (await fs.promises.stat(dir)).isDirectory() ? undefined : t('is not a folder');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return t('does not exist');
    // Anything else (no permission, say) is left for spawn to report.
    return undefined;
  }
}

function cancelledError(): GitError {
  return new GitError('cancelled', t('Reading the git history was cancelled.'));
}

/** The GitError for a git process that exited non-zero (or was stopped), from its stderr. */
export function exitError(
  code: number | null,
  sig: NodeJS.Signals | null,
  stderr: string,
): GitError {
  const output = stderr.trim();
  if (/not a git repository/i.test(output)) {
    return new GitError('not-a-repo', t('This folder is not inside a git repository.'), output);
  }
  // git may warn before it fails ("warning: lazy fetching disabled" before "fatal: could not
  // fetch"): the warning is not the reason.
  const lines = output.split('\n').filter((l) => l.trim() !== '');
  const first = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0];
  const how =
    code === null
      ? sig
        ? t('was stopped by {0}', sig)
        : t('was stopped by a signal')
      : t('exited with code {0}', code);
  return new GitError('failed', first ?? `git ${how}`, output || undefined);
}
