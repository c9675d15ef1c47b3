import { GitError } from './gitError';
import { streamGit } from './streamGit';

// Far more than any real config; what lies beyond it is not read (its last entry is dropped).
const MAX_OUTPUT = 1024 * 1024;
const SHORT_CALL_MS = 10_000;

/** What the history reads need from a repository's config (all of git's config files). */
export interface RepoConfig {
  /** `remote.<name>.url` values as written: untrusted text, parsed, never passed to git. */
  remoteUrls: string[];
  /**
   * A partial clone: `extensions.partialClone` names a promisor remote, or some remote has
   * `promisor` set true (what `git clone --filter` writes).
   */
  partialClone: boolean;
  /** `user.name` and `user.email` as `git config --get` resolves them (the last value wins). */
  user: { name?: string; email?: string };
}

/** Nothing set: what a failed read stands for. */
export const EMPTY_CONFIG: RepoConfig = Object.freeze({
  remoteUrls: [],
  partialClone: false,
  user: {},
}) as RepoConfig;

/**
 * The config of the repository holding `dir` (or the user's own outside one) in ONE git run,
 * `git config -z --list`, instead of one `--get-regexp` per question (remote URLs, partial clone,
 * promisors, the user's identity). A failure (a broken config file) reads as nothing set, as the
 * separate calls did; GitError 'git-missing' or 'cancelled' is thrown.
 */
export async function readRepoConfig(dir: string): Promise<RepoConfig> {
  let text = '';
  try {
    await streamGit({
      cwd: dir,
      args: ['config', '-z', '--list'],
      onStdout: (t) => {
        if (text.length < MAX_OUTPUT) text += t;
      },
      timeoutMs: SHORT_CALL_MS,
    });
  } catch (e) {
    if (e instanceof GitError && (e.kind === 'git-missing' || e.kind === 'cancelled')) throw e;
    return EMPTY_CONFIG;
  }
  return parseRepoConfig(text);
}

/**
 * Reads `git config -z --list` output: each entry is "key\nvalue\0", or "key\0" for a key
 * written without a value. Keys come canonical (section and name in lower case, a subsection as
 * written), so they compare exactly, as git's `--get-regexp` matched them. An output cut at the
 * size limit loses its unfinished last entry.
 */
export function parseRepoConfig(text: string): RepoConfig {
  const entries = text.split('\0');
  // The text after the last NUL: empty, or an entry cut at the size limit.
  entries.pop();
  const remoteUrls: string[] = [];
  let extension: string | undefined;
  let promisor = false;
  const user: { name?: string; email?: string } = {};
  for (const entry of entries) {
    const eol = entry.indexOf('\n');
    const key = eol < 0 ? entry : entry.slice(0, eol);
    const value = eol < 0 ? undefined : entry.slice(eol + 1);
    if (key === 'extensions.partialclone') extension = value;
    else if (key === 'user.name') user.name = value?.trim() || undefined;
    else if (key === 'user.email') user.email = value?.trim() || undefined;
    else if (key.startsWith('remote.') && key.length > 'remote.'.length + '.url'.length) {
      if (key.endsWith('.url') && value !== undefined) remoteUrls.push(value);
      else if (key.endsWith('.promisor') && gitBool(value) === true) promisor = true;
    }
  }
  // `config --get` printed the last value, trimmed: any text names a promisor remote.
  return { remoteUrls, partialClone: !!extension?.trim() || promisor, user };
}

const INT_MAX = 2147483647n;
const UNIT: Record<string, bigint> = { '': 1n, k: 1024n, m: 1024n ** 2n, g: 1024n ** 3n };

/**
 * A config value read as a boolean exactly as git does (`git config --type=bool`): no value at
 * all is true; "" and false/no/off are false; true/yes/on are true (any case); otherwise an
 * integer as C's strtoimax reads it (leading blanks, a sign, 0x hex, 0 octal) with an optional
 * k/m/g unit, true when not zero. Anything else (git would refuse it) is undefined.
 */
export function gitBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return true;
  if (value === '') return false;
  // Case-blind in ASCII only, as C's strcasecmp (a regex without the u flag never folds a
  // non-ASCII letter into an ASCII one).
  if (/^(?:true|yes|on)$/i.test(value)) return true;
  if (/^(?:false|no|off)$/i.test(value)) return false;
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)([kKmMgG]?)$/.exec(value);
  if (!m) return undefined;
  const digits = m[2];
  const magnitude = /^0[xX]/.test(digits)
    ? BigInt(digits)
    : digits.length > 1 && digits.startsWith('0')
      ? BigInt(`0o${digits.slice(1)}`)
      : BigInt(digits);
  // git refuses a value whose scaled size does not fit an int.
  if (magnitude * UNIT[m[3].toLowerCase()] > INT_MAX) return undefined;
  return magnitude !== 0n;
}
