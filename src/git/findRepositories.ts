import * as fs from 'node:fs';
import * as path from 'node:path';
import { mapBounded } from '../core/mapBounded';
import { repositoryIdentity } from '../core/topics/repositoryIdentity';
import { readRepoConfig, type RepoConfig } from './repoConfig';
import { repoTip, type RepoTip } from './repoTip';

/** A repository found for an identity a plan names. */
export interface FoundRepository {
  /** The identity as the plan wrote it. */
  named: string;
  /** Its work tree's top folder (absolute). */
  top: string;
  /** HEAD's commit when it was found (null: none yet), for keying what is kept of a read. */
  tip: string | null;
  /**
   * What finding it read (its rev-parse and config), for the history read to take instead of
   * asking git again (ResolvedRange's KnownRepository).
   */
  head: RepoTip;
  config: Promise<RepoConfig>;
}

/** Which of the named identities were found, in the plan's order, and which were not. */
export interface RepositoryMatch {
  found: FoundRepository[];
  missing: string[];
}

/**
 * The folders among `dirs` that are repositories of their own, and their immediate subfolders
 * that are (a workspace folder holding several clones, `--repos-dir`). A folder counts when it
 * has a `.git` entry; links to folders are not followed.
 */
export function repositoryFolders(dirs: readonly string[], depth: 0 | 1): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    if (hasGit(dir)) out.push(dir);
    if (depth === 0) continue;
    let entries: fs.Dirent[] = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const sub = path.join(dir, e.name);
      if (e.isDirectory() && hasGit(sub)) out.push(sub);
    }
  }
  return out;
}

/**
 * Finds each of `named` (identities such as `github.com/acme/api`): first in `paths` (a user's
 * own identity -> clone mapping; the path must be a repository whose remote matches or that has
 * no remote), then among `candidates` by their remotes (`git config`, parsed by
 * repositoryIdentity, never passed to git). Each repository is found once. `readConfig` reads a
 * folder's config (a caller that reads the same folder's config for something else shares it).
 */
export async function findRepositories(
  named: readonly string[],
  candidates: readonly string[],
  paths: Readonly<Record<string, string>> = {},
  readConfig: (dir: string) => Promise<RepoConfig> = readRepoConfig,
): Promise<RepositoryMatch> {
  const wanted = named.map((n) => ({ named: n, identity: repositoryIdentity(n) }));
  const found = new Map<string, FoundRepository>();
  const takenTops = new Set<string>();
  const take = (identity: string, repo: Inspected) => {
    const { head, config } = repo;
    for (const w of wanted) {
      if (w.identity !== identity || found.has(w.named) || takenTops.has(head.top)) continue;
      found.set(w.named, { named: w.named, top: head.top, tip: head.tip, head, config });
      takenTops.add(head.top);
    }
  };
  for (const [key, dir] of Object.entries(paths)) {
    const identity = repositoryIdentity(key);
    if (!identity || !wanted.some((w) => w.identity === identity)) continue;
    const repo = await inspect(dir, readConfig);
    if (repo && (repo.identities.length === 0 || repo.identities.includes(identity)))
      take(identity, repo);
  }
  // A candidate's rev-parse is run only when one of its remotes is wanted: a workspace or a
  // --repos-dir holds many repositories, and most are none of the plan's.
  const wantedIds = new Set(wanted.flatMap((w) => w.identity ?? []));
  const inspected = await mapBounded(candidates, CANDIDATES_AT_ONCE, (dir) =>
    inspect(dir, readConfig, (ids) => ids.some((i) => wantedIds.has(i))),
  );
  for (const repo of inspected) {
    if (!repo) continue;
    for (const identity of repo.identities) take(identity, repo);
  }
  return {
    found: named.flatMap((n) => found.get(n) ?? []),
    missing: named.filter((n) => !found.has(n)),
  };
}

// How many candidates' configs are read at once: a --repos-dir such as ~/src may hold hundreds
// of clones, and one git process each at the same time only queues on the cores (600 clones:
// 1.1 s more than three) and can run into the process limit.
const CANDIDATES_AT_ONCE = 8;

/** A candidate that is a repository: what git said of it, and its remotes' identities. */
interface Inspected {
  head: RepoTip;
  config: Promise<RepoConfig>;
  identities: string[];
}

/**
 * The repository holding `dir`: its rev-parse, its config and the identities of its remotes;
 * none when it is no repository, or when `wanted` (given) says none of its remotes is. The
 * config is read from `dir` itself, which git resolves to the same repository. With `wanted`
 * the rev-parse waits for the config (a few ms), so a repository nobody asked for costs one git
 * run, not two; without it both run side by side.
 */
async function inspect(
  dir: string,
  readConfig: (dir: string) => Promise<RepoConfig>,
  wanted?: (identities: string[]) => boolean,
): Promise<Inspected | undefined> {
  const config = readConfig(dir);
  const identitiesOf = (c: RepoConfig) => c.remoteUrls.flatMap((u) => repositoryIdentity(u) ?? []);
  if (!wanted) {
    const [head, read] = await Promise.all([repoTip(dir), config]);
    return head && { head, config, identities: identitiesOf(read) };
  }
  const identities = identitiesOf(await config);
  if (!wanted(identities)) return undefined;
  const head = await repoTip(dir);
  return head && { head, config, identities };
}

function hasGit(dir: string): boolean {
  try {
    fs.lstatSync(path.join(dir, '.git'));
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}
