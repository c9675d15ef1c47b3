import { hardenedGit } from './hardenedGit';

/** The current HEAD commit of the repository holding `dir`, or undefined (no git, no commits). */
export async function readHead(dir: string): Promise<string | undefined> {
  try {
    const sha = (await hardenedGit(dir).revparse(['--verify', '--quiet', 'HEAD^{commit}'])).trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** The user's git identity (user.name, user.email) as git config resolves it for `dir`. */
export async function readGitIdentity(dir: string): Promise<{ name?: string; email?: string }> {
  const git = hardenedGit(dir);
  const read = async (key: string) => {
    try {
      const value = (await git.getConfig(key)).value?.trim();
      return value ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const [name, email] = await Promise.all([read('user.name'), read('user.email')]);
  return { name, email };
}
