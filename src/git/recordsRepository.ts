import * as path from 'node:path';
import { GitError } from './gitError';
import { repoTip, type RepoTip } from './repoTip';
import { t } from '../core/l10n';

/** The repository holding `dir`, and where the records root sits in it. */
export type RecordsRepository =
  | {
      ok: true;
      /** Its top folder, absolute. */
      top: string;
      /** HEAD's commit when it was found (null: none yet). */
      tip: string | null;
      /** The records root relative to the top ("mentoring"), when it is inside the repository. */
      recordsPath?: string;
      /** Everything its one rev-parse said, for the history read to take (KnownRepository). */
      head: RepoTip;
    }
  | { ok: false; message: string; noRepository: boolean };

/**
 * Finds the repository of `dir` for learning topics: its top and tip (one git run), and the
 * records root's path in it (the mentee's own records are never a topic). git's failures come
 * back as messages.
 */
export async function recordsRepository(dir: string, root: string): Promise<RecordsRepository> {
  let found;
  try {
    found = await repoTip(dir);
  } catch (e) {
    if (e instanceof GitError) return { ok: false, message: e.message, noRepository: false };
    throw e;
  }
  if (!found)
    return {
      ok: false,
      message: t('{0} is not inside a git repository.', dir),
      noRepository: true,
    };
  const records = path.relative(found.top, root).split(path.sep).join('/');
  return {
    ok: true,
    top: found.top,
    tip: found.tip,
    head: found,
    recordsPath: records && !records.startsWith('..') ? records : undefined,
  };
}
