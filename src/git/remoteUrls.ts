import { GitError } from './gitError';
import { streamGit } from './streamGit';

// Enough for any real set of remotes; a config that lists more is not read further.
const MAX_OUTPUT = 256 * 1024;
const SHORT_CALL_MS = 10_000;

/**
 * The URLs of the remotes of the repository holding `dir` (`remote.<name>.url`), as written in
 * its config: untrusted text, to be parsed (core `repositoryIdentity`), never passed to git.
 * None when it has no remote; GitError 'git-missing' when git cannot run.
 */
export async function remoteUrls(dir: string): Promise<string[]> {
  let text = '';
  try {
    await streamGit({
      cwd: dir,
      // -z: a value is whatever follows the key's line break up to NUL, whatever it holds.
      args: ['config', '-z', '--get-regexp', '^remote\\..*\\.url$'],
      onStdout: (t) => {
        if (text.length < MAX_OUTPUT) text += t;
      },
      timeoutMs: SHORT_CALL_MS,
    });
  } catch (e) {
    if (e instanceof GitError && e.kind === 'git-missing') throw e;
    // Exit 1: no remote at all; anything else (not a repository): none either.
    return [];
  }
  return text
    .split('\0')
    .filter((entry) => entry.includes('\n'))
    .map((entry) => entry.slice(entry.indexOf('\n') + 1));
}
