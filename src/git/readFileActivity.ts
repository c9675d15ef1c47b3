import type { FileActivity } from '../core/topics/historyData';
import { GitError } from './gitError';
import { dayStart } from './historyRange';
import { TOUCH_FIELD_COUNT, TOUCH_FORMAT_ARGS, TouchParser } from './logParser';
import { streamGit } from './streamGit';

/** Whose files to read the recent activity of, up to which commit and day. */
export interface FileActivityRequest {
  /** Repository-relative paths (the top stories' files and their earlier names). */
  paths: readonly string[];
  /** The commit the history was read at (full hex). */
  toSha: string;
  /** The range's last day, YYYY-MM-DD: the window is the 12 months up to its end. */
  until: string;
}

/** How readFileActivity runs: cancellation and a time limit. */
export interface FileActivityOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

const DAY = 86_400;
/** The window of recent activity: the 12 months before the range ends. */
export const ACTIVITY_DAYS = 365;
// The top stories' files: 10 stories of at most 20 files and their earlier names.
const MAX_PATHS = 400;

/**
 * Every author's commits in each of `paths` over the 12 months up to the range's end, from ONE
 * `git log --name-only` limited to those paths (after `--` with `--literal-pathspecs`; the commit
 * after `--end-of-options`), mailmapped, merges left out. The core picks the expert from it
 * (expertForFiles), so who is left out (the mentee, the user, reviewers) is decided there.
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
  const wanted = new Set(paths);
  const tallies = new Map<string, FileActivity>();
  const parser = new TouchParser(TOUCH_FIELD_COUNT);
  const take = (records: { fields: string[]; paths: string[] }[]) => {
    for (const { fields, paths: touched } of records) {
      const [name, email, at] = fields;
      const time = Number(at) || 0;
      const who = email.trim() ? email.trim().toLowerCase() : `name:${name.trim().toLowerCase()}`;
      for (const path of touched) {
        if (!wanted.has(path)) continue;
        const key = `${path}\0${who}`;
        const t = tallies.get(key);
        if (t) {
          t.commits++;
          t.lastTime = Math.max(t.lastTime, time);
        } else
          tallies.set(key, {
            path,
            name: name.trim(),
            email: email.trim(),
            commits: 1,
            lastTime: time,
          });
      }
    }
  };
  await streamGit({
    cwd: repo,
    args: [
      '--literal-pathspecs',
      'log',
      '--use-mailmap',
      ...TOUCH_FORMAT_ARGS,
      '--no-textconv',
      '--no-ext-diff',
      '--no-merges',
      `--since=@${end + 1 - ACTIVITY_DAYS * DAY} +0000`,
      `--until=@${end} +0000`,
      '--end-of-options',
      request.toSha,
      '--',
      ...paths,
    ],
    onStdout: (text) => take(parser.push(text)),
    signal: options.signal,
    timeoutMs: options.timeoutMs,
    config: ['log.showRoot=true', 'log.follow=false'],
  });
  take(parser.end());
  return [...tallies.values()];
}
