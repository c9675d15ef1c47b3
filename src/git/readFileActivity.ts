import type { FileActivity } from '../core/topics/historyData';
import { HISTORY_READ_CONFIG } from './historyReadConfig';
import { GitError } from './gitError';
import { dayStart } from './historyRange';
import type { LogRunner } from './logRunner';
import { readFileWork, readTreeWidth } from './readFileWork';
import { streamGit } from './streamGit';

/** Whose files to read the recent activity of, up to which commit and day. */
export interface FileActivityRequest {
  /** Repository-relative paths (the top stories' files and their earlier names). */
  paths: readonly string[];
  /** The commit the history was read at (full hex). */
  toSha: string;
  /** The range's last day, YYYY-MM-DD: the window is the months up to its end (ACTIVITY_DAYS). */
  until: string;
}

/** How readFileActivity runs: cancellation and a time limit. */
export interface FileActivityOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

const DAY = 86_400;
// The top stories' files: 10 stories of at most 20 files and their earlier names.
const MAX_PATHS = 400;

/**
 * Every author's commits in each of `paths` over the ACTIVITY_DAYS up to the range's end, from
 * ONE `git log --name-only` limited to those paths (readFileWork), for a history read that did
 * not read it itself (no focus). The core picks the expert from it (expertForFiles), so who is
 * left out (the mentee, the user, reviewers) is decided there.
 */
export async function readFileActivity(
  repo: string,
  request: FileActivityRequest,
  options: FileActivityOptions = {},
): Promise<FileActivity[]> {
  const paths = [...new Set(request.paths)].filter((p) => p !== '').slice(0, MAX_PATHS);
  if (paths.length === 0) return [];
  if (!/^[0-9a-f]{40,64}$/.test(request.toSha))
    throw new GitError('invalid-range', 'Not a commit id.');
  const end = dayStart(request.until) + DAY - 1;
  if (!Number.isFinite(end))
    throw new GitError('invalid-range', `until: not a day (${request.until}).`);
  const run: LogRunner = (args, onStdout) =>
    streamGit({
      cwd: repo,
      args,
      onStdout,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
      config: HISTORY_READ_CONFIG,
    });
  const treeWidth = await readTreeWidth(run, request.toSha);
  const work = await readFileWork(run, {
    paths,
    commits: [],
    toSha: request.toSha,
    end,
    patches: false,
    treeWidth,
  });
  return work.fileActivity;
}
