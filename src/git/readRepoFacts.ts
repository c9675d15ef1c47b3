import { hardenedGit } from './hardenedGit';
import { EMPTY_CONFIG, readRepoConfig, type RepoConfig } from './repoConfig';

/** The current HEAD commit of the repository holding `dir`, or undefined (no git, no commits). */
export async function readHead(dir: string): Promise<string | undefined> {
  try {
    const sha = (await hardenedGit(dir).revparse(['--verify', '--quiet', 'HEAD^{commit}'])).trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The user's git identity (user.name, user.email) as git config resolves it for `dir` (the
 * repository's config when `dir` is in one, else the user's): one git run (readRepoConfig), the
 * last value of each key winning as with `git config --get`. Values are the user's own text,
 * never passed to git. Any failure: unknown.
 */
export async function readGitIdentity(dir: string): Promise<{ name?: string; email?: string }> {
  return identityOf(await readRepoConfig(dir).catch(() => EMPTY_CONFIG));
}

/** The identity a config read found, both keys present (undefined when unset). */
export function identityOf(config: RepoConfig): { name?: string; email?: string } {
  return { name: config.user.name, email: config.user.email };
}
