/** Why a git operation on the records failed, so callers can show a message that fits. */
export type GitErrorKind =
  | 'git-missing'
  | 'not-a-repo'
  | 'nothing-to-commit'
  | 'operation-in-progress'
  | 'detached-head'
  | 'hook-failed'
  | 'cancelled'
  | 'timed-out'
  | 'invalid-range'
  | 'failed';

/** A failed git operation: a kind to branch on, a message for people, and git's own output. */
export class GitError extends Error {
  /** What went wrong, for choosing the message or the remedy. */
  readonly kind: GitErrorKind;
  /** What git (or a hook) printed, when there is something worth showing. */
  readonly output?: string;

  constructor(kind: GitErrorKind, message: string, output?: string) {
    super(message);
    this.name = 'GitError';
    this.kind = kind;
    this.output = output;
  }
}
