import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoState } from './repoState';
import { runGit } from './runGit';

/** The comment line that marks a pre-commit hook as ours. */
export const GUARD_MARKER = '# mentoring-journal pre-commit guard';

/** Where an existing pre-commit hook is moved so ours can run it first. */
export const CHAINED_HOOK_NAME = 'pre-commit.before-mentoring-journal';

/** What installing the guard did. */
export interface GuardInstall {
  /** The pre-commit hook file (absolute). */
  hookPath: string;
  /** Where the existing hook was moved (absolute), when there was one. */
  chained?: string;
  /** True when the hook was ours already (it is then only brought up to date). */
  alreadyInstalled: boolean;
}

/**
 * Writes a pre-commit hook (in `git rev-parse --git-path hooks`, honouring core.hooksPath) that
 * runs `guardCommand` (a shell command line we build, e.g. `node "/path/dist/cli.js" validate
 * --staged`). An existing hook that is not ours is never overwritten: it is moved to
 * `pre-commit.before-mentoring-journal` byte for byte (mode kept) and our hook runs it first with
 * the same arguments and stdin, failing if it fails, then runs the guard. Re-installing ours is
 * idempotent (alreadyInstalled). Marks the hook with a comment line
 * `# mentoring-journal pre-commit guard`.
 */
export async function installPreCommitGuard(
  dir: string,
  guardCommand: string,
): Promise<GuardInstall> {
  if (/[\r\n]/.test(guardCommand) || guardCommand.trim() === '') {
    throw new Error('The guard command must be a single, non-empty line.');
  }
  const { top } = await repoState(dir);
  // Relative to the folder git ran in, which is where a relative core.hooksPath is resolved too.
  const hooksDir = path.resolve(
    top,
    (await runGit(top, ['rev-parse', '--git-path', 'hooks'])).trim(),
  );
  fs.mkdirSync(hooksDir, { recursive: true });
  const hookPath = path.join(hooksDir, 'pre-commit');
  const existing = readIfPresent(hookPath);
  const ours = existing !== undefined && existing.split(/\r?\n/).includes(GUARD_MARKER);
  let chained: string | undefined;
  if (ours) {
    // Ours already: keep whatever it chains to (named in the script) and refresh the command.
    const name = /^chained="\$hook_dir\/([^"]+)"$/m.exec(existing)?.[1];
    chained =
      name && fs.existsSync(path.join(hooksDir, name)) ? path.join(hooksDir, name) : undefined;
  } else if (existing !== undefined || isLink(hookPath)) {
    chained = freeName(hooksDir);
    // rename keeps the bytes, the mode and even a symbolic link as they were.
    fs.renameSync(hookPath, chained);
  }
  const script = hookScript(guardCommand, chained ? path.basename(chained) : undefined);
  if (existing === script) return { hookPath, chained, alreadyInstalled: true };
  try {
    writeExecutable(hookPath, script);
  } catch (e) {
    if (!ours && chained) fs.renameSync(chained, hookPath);
    throw e;
  }
  return { hookPath, chained, alreadyInstalled: ours };
}

function hookScript(guardCommand: string, chainedName: string | undefined): string {
  const lines = [
    '#!/bin/sh',
    GUARD_MARKER,
    '# Installed by Mentoring Journal: refuses a commit that stages a private note.',
  ];
  if (chainedName) {
    lines.push(
      '# The pre-commit hook that was here before runs first, with the same arguments and input.',
      'hook_dir=$(dirname "$0")',
      `chained="$hook_dir/${chainedName}"`,
      'if [ -x "$chained" ]; then',
      '  "$chained" "$@" || exit $?',
      'fi',
    );
  }
  lines.push(guardCommand, '');
  return lines.join('\n');
}

/** `pre-commit.before-mentoring-journal`, or with a number when that name is taken. */
function freeName(hooksDir: string): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? CHAINED_HOOK_NAME : `${CHAINED_HOOK_NAME}-${n}`;
    const candidate = path.join(hooksDir, name);
    if (!fs.existsSync(candidate) && !isLink(candidate)) return candidate;
  }
}

function readIfPresent(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Writes through a temporary file and a rename, so git never runs a half-written hook. */
function writeExecutable(file: string, text: string): void {
  const temp = `${file}.mentoring-journal-${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, text, { mode: 0o755 });
    fs.chmodSync(temp, 0o755);
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
