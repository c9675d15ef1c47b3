import type { TopicRequest } from '../core/records/topicRequest';
import type { HistoryData } from '../core/topics/historyData';
import type { CodeRepository, GitPort, RepositoriesResult } from './ports';

/**
 * The repositories to read for a plan that names `named` (identities): as the git port finds
 * them, or, when it cannot look (or the plan names none and nothing else was pointed at), the
 * one repository of `repository()`, named by its folder, as before plans named repositories.
 */
export async function codeRepositories(
  named: readonly string[],
  git: GitPort,
): Promise<RepositoriesResult> {
  const found = git.repositories ? await git.repositories(named) : undefined;
  if (found) return found;
  const repo = await git.repository();
  if (!repo.ok) return repo;
  const one: CodeRepository = {
    repository: repo.name,
    name: repo.name,
    top: repo.top,
    recordsPath: repo.recordsPath,
  };
  return { ok: true, found: [one], missing: [] };
}

/** What to do about repositories the plan names that were not found, for people. */
export function missingNote(missing: readonly string[]): string {
  const list = missing.join(', ');
  return `Not found, so not read: ${list}. Open its folder in the workspace, map it in the mentoring.repositoryPaths setting, or pass --repo PATH (or --repos-dir DIR) on the command line.`;
}

/** The history of a read of no repository at all (every one the plan names is missing). */
export function emptyHistory(request: TopicRequest): HistoryData {
  return {
    range: { since: request.since, until: request.until },
    commits: [],
    earlier: { paths: new Set(), commits: 0 },
    dependencyAdds: [],
    experts: [],
    docs: [],
    partial: false,
    notes: [],
  };
}
