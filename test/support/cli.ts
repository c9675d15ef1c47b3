// Runs the built command line (dist/cli.js) in child processes, on temporary folders.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_TOP } from './fixtures';

/** The bundled command line under test. */
export const CLI = path.join(REPO_TOP, 'dist', 'cli.js');

/** What a run of the command line gave. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Builds dist/cli.js with the project's build script when it is missing or older than src/. */
export function ensureCliBuilt(): void {
  const built = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : 0;
  if (built >= newestMtime(path.join(REPO_TOP, 'src'))) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO_TOP, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}

/** Runs `mentoring-journal ARGS` in `cwd`, with git isolated from the user's own config. */
export function runCli(args: readonly string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: isolatedGitEnv(cwd),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like runCli, but in a child process that runs alongside others; resolves when it exits. */
export function runCliAsync(args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: isolatedGitEnv(cwd) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * The CLI's history cache during tests: one folder per test process, outside every repository a
 * test makes (so no test sees it as an untracked file), removed when the process exits.
 */
export const TEST_CACHE_DIR = path.join(os.tmpdir(), `mj-test-cache-${process.pid}`);
process.on('exit', () => fs.rmSync(TEST_CACHE_DIR, { recursive: true, force: true }));

/** An environment in which git reads no system or user config and dates are fixed. */
export function isolatedGitEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MENTORING_JOURNAL_CACHE_DIR: TEST_CACHE_DIR,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config-none'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_AUTHOR_DATE: '2026-11-23T10:00:00+00:00',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    GIT_COMMITTER_DATE: '2026-11-23T10:00:00+00:00',
  };
}

/** Runs git in a folder with the isolated environment; throws with git's output on failure. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: isolatedGitEnv(cwd) });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Makes a repository with a fixed identity and, unless `empty`, one commit. */
export function makeRepo(dir: string, options: { empty?: boolean } = {}): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Sam Chen');
  git(dir, 'config', 'user.email', 'sam@example.com');
  if (options.empty) return;
  fs.writeFileSync(path.join(dir, 'README.md'), '# Project\n');
  git(dir, 'add', 'README.md');
  git(dir, 'commit', '-q', '-m', 'First commit');
}

/** A fresh temporary folder (real path, so symlinked /tmp does not confuse path checks). */
export function tempDir(prefix = 'mj-test-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Removes a temporary folder made by tempDir. */
export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The non-empty lines of an output stream. */
export function linesOf(output: string): string[] {
  return output.split('\n').filter((l) => l !== '');
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Like runCliAsync, with a deadline: a run still going after `ms` is killed and the promise
 * rejects, so a command that hangs (on a FIFO, say) fails the test instead of stalling it.
 */
export function runCliWithin(args: readonly string[], cwd: string, ms: number): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: isolatedGitEnv(cwd) });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mentoring-journal ${args.join(' ')} did not finish within ${ms} ms`));
    }, ms);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}
