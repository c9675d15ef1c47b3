import { runGit } from './runGit';

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
    '--no-renames',
    '--no-textconv',
    '--no-ext-diff',
    '--',
  ]);
  return out.split('\0').filter((p) => p !== '');
}
