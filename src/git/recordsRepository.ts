import * as path from 'node:path';
import { GitError } from './gitError';
import { repoState } from './repoState';

/** The repository holding `dir`, and where the records root sits in it. */
export type RecordsRepository =
  | {
      ok: true;
      /** Its top folder, absolute. */
      top: string;
      /** The records root relative to the top ("mentoring"), when it is inside the repository. */
      recordsPath?: string;
    }
  | { ok: false; message: string; noRepository: boolean };

/**
 * Finds the repository of `dir` for learning topics: its top, and the records root's path in it
 * (the mentee's own records are never a topic). git's failures come back as messages.
 */
export async function recordsRepository(dir: string, root: string): Promise<RecordsRepository> {
  try {
    const top = (await repoState(dir)).top;
    const records = path.relative(top, root).split(path.sep).join('/');
    return {
      ok: true,
      top,
      recordsPath: records && !records.startsWith('..') ? records : undefined,
    };
  } catch (e) {
    if (e instanceof GitError)
      return { ok: false, message: e.message, noRepository: e.kind === 'not-a-repo' };
    throw e;
  }
}
