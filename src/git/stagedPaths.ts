import { runGit } from './runGit';
import { runGitCapture } from './runGitCapture';
import { t } from '../core/l10n';

/**
 * The paths staged in the index of the repository holding `dir`, relative to its top with "/"
 * separators. A rename counts as its two sides (deleted and added), so each path stands alone.
 */
export async function stagedPaths(dir: string): Promise<string[]> {
  const out = await runGit(dir, [
    'diff',
    '--cached',
    '--name-only',
    '-z',
    '--no-relative',
    '--no-renames',
    '--no-textconv',
    '--no-ext-diff',
    '--',
  ]);
  return out.split('\0').filter((p) => p !== '');
}

/** One path that differs between HEAD and the index: what the commit will change. */
export interface StagedChange {
  /** git's status letter: A added, M modified, D deleted, T type changed, U unmerged. */
  status: string;
  /** Relative to the work tree's top, "/" separators, exactly as git stores it. */
  path: string;
  /** The index side's mode (`100644`, `100755`, `120000` link, `160000` submodule; `000000` gone). */
  mode: string;
  /** The index side's blob id (all zeros for a deletion or an unmerged path). */
  blob: string;
}

/**
 * What the next commit changes against HEAD (against nothing on a branch without commits), read
 * from the index git names in `env` (a pre-commit hook gets GIT_INDEX_FILE for `commit -a`,
 * `commit -- path` and `--only`). Every option that could change which paths are listed or how
 * they are named is pinned, whatever the repository's config says (`diff.relative`,
 * `diff.renames`, `diff.external`, textconv, submodule ignoring, quoting), and the output is
 * NUL-separated so no file name can split into two entries.
 */
export async function stagedChanges(cwd: string, env?: NodeJS.ProcessEnv): Promise<StagedChange[]> {
  const out = await runGitCapture({
    cwd,
    env,
    args: [
      'diff',
      '--cached',
      '--raw',
      '-z',
      '--no-abbrev',
      '--no-relative',
      '--no-renames',
      '--no-textconv',
      '--no-ext-diff',
      '--ignore-submodules=none',
      '--',
    ],
  });
  return parseRawDiff(out.toString('utf8'));
}

/** Parses `git diff --raw -z --no-renames` output: `:old new oldBlob newBlob S\0path\0`. */
export function parseRawDiff(text: string): StagedChange[] {
  const fields = text.split('\0');
  const changes: StagedChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const meta = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(fields[i]);
    if (!meta) throw new Error(t('Unexpected git diff output: {0}', JSON.stringify(fields[i])));
    changes.push({ status: meta[5], path: fields[i + 1], mode: meta[2], blob: meta[4] });
  }
  return changes;
}
