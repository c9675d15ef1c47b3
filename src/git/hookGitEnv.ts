import * as path from 'node:path';

// The variables through which git tells a hook which repository, work tree and index a commit is
// built from. git may hand them over relative to the hook's folder (the work tree's top).
const PATH_VARIABLES = [
  'GIT_INDEX_FILE',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
] as const;

/**
 * A copy of `env` in which git's repository variables are absolute, resolved against `cwd` (the
 * folder the hook was started in). Call it first, before anything runs git in another folder: a
 * relative GIT_INDEX_FILE read from the records root would name a file that does not exist, and
 * git would then check an empty index instead of the commit's.
 */
export function hookGitEnv(env: NodeJS.ProcessEnv, cwd: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  for (const name of PATH_VARIABLES) {
    const value = env[name];
    if (value) out[name] = path.resolve(cwd, value);
  }
  return out;
}
