import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BLOCK_BEGIN,
  BLOCK_END,
  GUARD_MARKER,
  guardBlock,
  hasControlCharacter,
  rootsOfBlock,
  type GuardRoot,
} from './guardHookScript';
import { GitError } from './gitError';
import { realish } from './realish';
import { runGitCapture } from './runGitCapture';
import { t } from '../core/l10n';

export { GUARD_MARKER, type GuardRoot } from './guardHookScript';

/** Where an existing pre-commit hook is moved so ours can run it first. */
export const CHAINED_HOOK_NAME = 'pre-commit.before-mentoring-journal';

/** How to install the guard. */
export interface GuardOptions {
  /** The records root to guard (absolute); it is added to the roots the hook already guards. */
  recordsRoot: string;
  /** The records-root setting (`mentoring`), for a records root that is a repository itself. */
  rootName: string;
  /** A single shell line that replaces the CLI validation step; the privacy check still runs. */
  command?: string;
  /** Write into a hooks folder outside the repository (a global core.hooksPath): ask first. */
  allowOutsideRepository?: boolean;
}

/** What installing the guard did. */
export interface GuardInstall {
  /** The pre-commit hook file (absolute). */
  hookPath: string;
  /** Where the existing hook was moved (absolute), when there was one. */
  chained?: string;
  /** True when the hook was ours already (it is then only brought up to date). */
  alreadyInstalled: boolean;
  /** Every records root the hook now guards, relative to the work tree's top. */
  roots: GuardRoot[];
}

/** Where the pre-commit hook of the repository holding a folder goes. */
export interface HooksFolder {
  /** The work tree's top (absolute). */
  top: string;
  /** `git rev-parse --git-path hooks`, absolute: honours core.hooksPath. */
  hooksDir: string;
  /** True when the hooks folder is neither in the work tree nor in the git directory. */
  outsideRepository: boolean;
}

/** Refusal to write a hook outside the repository without being told to. */
export class HooksOutsideRepositoryError extends Error {
  constructor(readonly hooksDir: string) {
    super(
      t(
        'The hooks folder {0} (core.hooksPath) is outside this repository; a hook there runs for other repositories too.',
        hooksDir,
      ),
    );
    this.name = 'HooksOutsideRepositoryError';
  }
}

/** Finds the hooks folder for the repository holding `dir`, and whether it is outside it. */
export async function hooksFolder(dir: string): Promise<HooksFolder> {
  const ask = async (cwd: string, args: string[]) =>
    (await runGitCapture({ cwd, args: ['rev-parse', ...args] })).toString('utf8').split('\n');
  const [top] = await ask(dir, ['--show-toplevel']);
  if (!top) throw new GitError('not-a-repo', t('{0} is not inside a git repository.', dir));
  // Asked at the top, where git runs hooks: a relative core.hooksPath is relative to it, and so
  // are git's relative answers.
  const [commonDir, hooks] = await ask(top, ['--git-common-dir', '--git-path', 'hooks']);
  const hooksDir = path.resolve(top, hooks);
  const real = realish(hooksDir);
  const inside = (folder: string) => {
    const rel = path.relative(realish(folder), real);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  return {
    top: path.resolve(top),
    hooksDir,
    outsideRepository: !inside(top) && !inside(path.resolve(top, commonDir)),
  };
}

/**
 * Writes (or updates) the pre-commit guard of the repository holding `dir`, for one more records
 * root (see guardBlock for what the hook does). Our part is a marked block; lines outside it, the
 * user's, are kept byte for byte, and the roots already guarded are kept. An existing hook that
 * is not ours is never overwritten: it is moved to `pre-commit.before-mentoring-journal` (mode
 * and bytes kept) and runs first with the same arguments and stdin. A hooks folder outside the
 * repository (a global core.hooksPath) is refused with HooksOutsideRepositoryError unless
 * `allowOutsideRepository`.
 */
export async function installPreCommitGuard(
  dir: string,
  options: GuardOptions,
): Promise<GuardInstall> {
  const { command } = options;
  if (command !== undefined && (/[\r\n]/.test(command) || command.trim() === '')) {
    throw new Error(t('The guard command must be a single, non-empty line.'));
  }
  const folder = await hooksFolder(dir);
  if (folder.outsideRepository && !options.allowOutsideRepository) {
    throw new HooksOutsideRepositoryError(folder.hooksDir);
  }
  const root = guardRootOf(folder.top, options.recordsRoot, options.rootName);
  const { hooksDir } = folder;
  fs.mkdirSync(hooksDir, { recursive: true });
  const hookPath = path.join(hooksDir, 'pre-commit');
  const existing = readIfPresent(hookPath);
  const ours = existing !== undefined && existing.split(/\r?\n/).includes(GUARD_MARKER);
  let chained: string | undefined;
  let roots: GuardRoot[] = [];
  if (ours) {
    // Ours already: keep what it chains to and the roots it guards.
    const name = /^(?:mj_)?chained="\$(?:hook_dir|\{0%\/\*\})\/([^"]+)"$/m.exec(existing)?.[1];
    chained =
      name && fs.existsSync(path.join(hooksDir, name)) ? path.join(hooksDir, name) : undefined;
    roots = rootsOfBlock(blockOf(existing) ?? '');
  } else if (existing !== undefined || isLink(hookPath)) {
    chained = freeName(hooksDir);
    // rename keeps the bytes, the mode and even a symbolic link as they were.
    fs.renameSync(hookPath, chained);
  }
  if (!roots.some((r) => r.prefix === root.prefix)) roots.push(root);
  const block = guardBlock({
    roots,
    chainedName: chained ? path.basename(chained) : undefined,
    command,
  });
  const script = withBlock(ours ? existing : undefined, block);
  if (existing === script) return { hookPath, chained, alreadyInstalled: true, roots };
  try {
    writeExecutable(hookPath, script);
  } catch (e) {
    if (!ours && chained) fs.renameSync(chained, hookPath);
    throw e;
  }
  return { hookPath, chained, alreadyInstalled: ours, roots };
}

/** The root as the hook names it; refuses one outside the work tree or with control characters. */
function guardRootOf(top: string, recordsRoot: string, rootName: string): GuardRoot {
  const prefix = path.relative(realish(top), realish(recordsRoot)).split(path.sep).join('/');
  if (prefix.startsWith('..') || path.isAbsolute(prefix)) {
    throw new Error(t('The records root {0} is outside the repository at {1}.', recordsRoot, top));
  }
  if (hasControlCharacter(prefix + rootName)) {
    throw new Error(t('The records root name must not contain control characters.'));
  }
  return { prefix, name: rootName };
}

/** Our block in a hook's text, from its first line to its last, or undefined. */
function blockOf(text: string): string | undefined {
  const start = text.indexOf(`${BLOCK_BEGIN}\n`);
  const end = text.indexOf(BLOCK_END, start);
  return start >= 0 && end >= 0 ? text.slice(start, end + BLOCK_END.length) : undefined;
}

/**
 * The hook with `block` in place of ours: a new hook is the shebang and the block; a hook with
 * our block keeps everything around it; a hook of ours from before the block existed was wholly
 * generated, so it is replaced.
 */
function withBlock(existing: string | undefined, block: string): string {
  const old = existing === undefined ? undefined : blockOf(existing);
  if (existing === undefined || old === undefined) return `#!/bin/sh\n${block}\n`;
  const at = existing.indexOf(old);
  return existing.slice(0, at) + block + existing.slice(at + old.length);
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
