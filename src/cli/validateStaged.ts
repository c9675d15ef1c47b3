import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkStaged } from '../git/checkStaged';
import { GitError } from '../git/gitError';
import { hookGitEnv } from '../git/hookGitEnv';
import type { ValidationReport } from '../store/validateRecords';
import type { CliContext } from './cliContext';
import { UsageError } from './parseArgs';
import { t } from '../core/l10n';

/**
 * `validate --staged`: what the next commit will contain under the records root, as git hands it
 * to a pre-commit hook (its GIT_INDEX_FILE, GIT_DIR, GIT_WORK_TREE): an error for every added or
 * modified path inside a private folder, and the staged bytes of every records file validated.
 * Outside a repository, or without git, a usage error (exit 2).
 */
export async function validateStaged(ctx: CliContext): Promise<ValidationReport> {
  // First, while the process is still where git started the hook: git's paths may be relative.
  const env = hookGitEnv(process.env, process.cwd());
  const root = ctx.records.root;
  // The records root's own repository (it may be a separate one nested in the folder), unless
  // git's variables name the repository: then a subfolder would be taken for the work tree.
  const cwd = env.GIT_DIR ? process.cwd() : fs.existsSync(root) ? root : ctx.dir;
  const base = fs.realpathSync(ctx.dir);
  try {
    return await checkStaged({
      cwd,
      root,
      env,
      nameOf: (repoRelative, top) =>
        path.relative(base, path.join(top, repoRelative)).split(path.sep).join('/'),
    });
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(t('--staged needs git: {0}', e.message));
    throw e;
  }
}
