import * as fs from 'node:fs';
import * as path from 'node:path';
import { repositoryIdentity } from '../core/topics/repositoryIdentity';
import { remoteUrls } from './remoteUrls';
import { repoTip } from './repoTip';

/** A repository found for an identity a plan names. */
export interface FoundRepository {
  /** The identity as the plan wrote it. */
  named: string;
  /** Its work tree's top folder (absolute). */
  top: string;
  /** HEAD's commit when it was found (null: none yet), for keying what is kept of a read. */
  tip: string | null;
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
 * repositoryIdentity, never passed to git). Each repository is found once.
 */
export async function findRepositories(
  named: readonly string[],
  candidates: readonly string[],
  paths: Readonly<Record<string, string>> = {},
): Promise<RepositoryMatch> {
  const wanted = named.map((n) => ({ named: n, identity: repositoryIdentity(n) }));
  const found = new Map<string, FoundRepository>();
  const takenTops = new Set<string>();
  const take = (identity: string, top: string, tip: string | null) => {
    for (const w of wanted) {
      if (w.identity !== identity || found.has(w.named) || takenTops.has(top)) continue;
      found.set(w.named, { named: w.named, top, tip });
      takenTops.add(top);
    }
  };
  for (const [key, dir] of Object.entries(paths)) {
    const identity = repositoryIdentity(key);
    if (!identity || !wanted.some((w) => w.identity === identity)) continue;
    const repo = await inspect(dir);
    if (repo && (repo.identities.length === 0 || repo.identities.includes(identity)))
      take(identity, repo.top, repo.tip);
  }
  const inspected = await Promise.all(candidates.map((dir) => inspect(dir)));
  for (const repo of inspected) {
    if (!repo) continue;
    for (const identity of repo.identities) take(identity, repo.top, repo.tip);
  }
  return {
    found: named.flatMap((n) => found.get(n) ?? []),
    missing: named.filter((n) => !found.has(n)),
  };
}

/**
 * The repository holding `dir`: its top, its tip and the identities of its remotes; none when it
 * is no repository. Two git runs side by side (the remotes are read from `dir` itself, which git
 * resolves to the same repository), so no candidate waits for another step.
 */
async function inspect(
  dir: string,
): Promise<{ top: string; tip: string | null; identities: string[] } | undefined> {
  const [repo, urls] = await Promise.all([repoTip(dir), remoteUrls(dir)]);
  if (!repo) return undefined;
  const identities = urls.flatMap((u) => repositoryIdentity(u) ?? []);
  return { ...repo, identities };
}

function hasGit(dir: string): boolean {
  try {
    fs.lstatSync(path.join(dir, '.git'));
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}
