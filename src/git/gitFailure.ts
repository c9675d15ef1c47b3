import { GitError } from './gitError';

/** A GitError as a value: its kind, its message and git's own output. */
export interface GitFailureValue {
  ok: false;
  kind: string;
  message: string;
  output?: string;
}

/** Runs a git call; a GitError comes back as a failure value, anything else is thrown on. */
export async function gitResult<T extends object>(
  call: () => Promise<T>,
): Promise<({ ok: true } & T) | GitFailureValue> {
  try {
    return { ok: true, ...(await call()) };
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    return e.output === undefined
      ? { ok: false, kind: e.kind, message: e.message }
      : { ok: false, kind: e.kind, message: e.message, output: e.output };
  }
}
