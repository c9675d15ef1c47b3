// A repository's identity is how a plan names it (`github.com/acme/api`): the same on every
// machine, unlike a path. Remote URLs come from a repository's config (untrusted text): they are
// only ever parsed here, never handed to git.

const MAX_URL = 2048;
// schemes git itself accepts for remotes; anything else is not read as a URL.
const URL_FORM = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i;
const HOST_SCHEMES = new Set(['ssh', 'git+ssh', 'ssh+git', 'git', 'http', 'https', 'ftp', 'ftps']);
// scp-like `[user@]host:path`: git reads it so when a colon comes before any slash.
const SCP_FORM = /^(?:[^@/]+@)?([^:/]+):(.*)$/;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

/**
 * The identity of a repository from a remote URL or a plan's entry: `host/path` for a hosted
 * repository, without scheme, user, password, port or `.git`, with `:` of the scp-like form read
 * as `/`, trailing slashes dropped, and all in lower case (GitHub, GitLab and Bitbucket treat owner
 * and name case-insensitively, so `Acme/API` and `acme/api` are one repository). A local path
 * (`/srv/git/api.git`, `file:///srv/git/api`, `C:\repos\api`) keeps its case, since file systems
 * differ, with `/` separators and without `.git`. Undefined for text that is no repository
 * address (empty, a line break, a scheme git does not use, no path).
 */
export function repositoryIdentity(text: string): string | undefined {
  const value = text.trim();
  if (value === '' || value.length > MAX_URL || /\p{Cc}/u.test(value)) return undefined;
  const url = URL_FORM.exec(value);
  if (url) {
    const scheme = url[1].toLowerCase();
    if (scheme === 'file') return localIdentity(url[2]);
    if (!HOST_SCHEMES.has(scheme)) return undefined;
    const slash = url[2].indexOf('/');
    if (slash <= 0) return undefined;
    return hosted(hostOf(url[2].slice(0, slash)), url[2].slice(slash + 1));
  }
  if (isLocalPath(value)) return localIdentity(value);
  const scp = SCP_FORM.exec(value);
  if (scp && !WINDOWS_DRIVE.test(value)) return hosted(hostOf(scp[1]), scp[2]);
  // A plan's `github.com/acme/api`: host, then path.
  const slash = value.indexOf('/');
  if (slash <= 0) return undefined;
  return hosted(hostOf(value.slice(0, slash)), value.slice(slash + 1));
}

/** True when two remote URLs or identities name the same repository. */
export function sameRepository(a: string, b: string): boolean {
  const x = repositoryIdentity(a);
  return x !== undefined && x === repositoryIdentity(b);
}

function isLocalPath(value: string): boolean {
  return (
    value.startsWith('/') ||
    value.startsWith('./') ||
    value.startsWith('../') ||
    value.startsWith('~') ||
    value.startsWith('\\\\') ||
    WINDOWS_DRIVE.test(value)
  );
}

/** `user:password@host:port` -> `host`, lower case; an IPv6 literal keeps its brackets. */
function hostOf(authority: string): string {
  const at = authority.lastIndexOf('@');
  let host = at >= 0 ? authority.slice(at + 1) : authority;
  if (host.startsWith('[')) host = host.slice(0, host.indexOf(']') + 1);
  else if (host.includes(':')) host = host.slice(0, host.indexOf(':'));
  return host.toLowerCase();
}

function hosted(host: string, path: string): string | undefined {
  const clean = cleanPath(path);
  if (host === '' || clean === '') return undefined;
  return `${host}/${clean}`.toLowerCase();
}

function localIdentity(path: string): string | undefined {
  const slashes = path.replace(/\\/g, '/');
  const clean = cleanPath(slashes);
  if (clean === '') return undefined;
  return slashes.startsWith('/') && !slashes.startsWith('//') ? `/${clean}` : clean;
}

/** Drops leading and trailing slashes, empty segments and a final `.git`. */
function cleanPath(path: string): string {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.length === 0) return '';
  const last = segments.length - 1;
  segments[last] = segments[last].replace(/\.git$/i, '');
  if (segments[last] === '') segments.pop();
  return segments.join('/');
}
