import { hardenedGit } from './hardenedGit';
import { streamGit } from './streamGit';

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
 * repository's config when `dir` is in one, else the user's): one git run, the last value of each
 * key winning as with `git config --get`. Values are the user's own text, never passed to git.
 */
export async function readGitIdentity(dir: string): Promise<{ name?: string; email?: string }> {
  let text = '';
  try {
    await streamGit({
      cwd: dir,
      // -z: a value is whatever follows the key's line break up to NUL.
      args: ['config', '-z', '--get-regexp', '^user\\.(name|email)$'],
      onStdout: (t) => {
        if (text.length < 64 * 1024) text += t;
      },
      timeoutMs: 10_000,
    });
  } catch {
    // Exit 1: neither is set; any other failure: unknown, as before.
  }
  const found: { name?: string; email?: string } = { name: undefined, email: undefined };
  for (const entry of text.split('\0')) {
    const eol = entry.indexOf('\n');
    if (eol < 0) continue;
    const value = entry.slice(eol + 1).trim();
    const key = entry.slice(0, eol).toLowerCase();
    if (key === 'user.name') found.name = value || undefined;
    if (key === 'user.email') found.email = value || undefined;
  }
  return found;
}
