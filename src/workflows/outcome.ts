/** What kind of failure a workflow met: the CLI maps kinds to exit codes, the editor shows the message. */
export type FailureKind =
  /** A relationship, file or template that is not there. */
  | 'not-found'
  /** A record or setting that cannot be read or parsed; nothing was written. */
  | 'unparsable'
  /** Refused on purpose: a path leaving the records root, git where it may not run, a bad value. */
  | 'refused'
  /** The file kept changing, or the name was taken too many times. */
  | 'conflict'
  /** git failed. */
  | 'git'
  /** The user cancelled. */
  | 'cancelled';

/** Why a workflow did not do what it was asked, in words for people. */
export interface Failure {
  kind: FailureKind;
  message: string;
  /** The records file concerned, relative to the records root. */
  file?: string;
  /** More for the log: git's own output (a hook's complaint). */
  detail?: string;
}

/**
 * A workflow's answer: its value and notes (warnings worth showing, such as an agenda left out),
 * or a typed failure. Workflows return failures instead of throwing, so each adapter decides
 * how to show them (an exit code and stderr, or a message box).
 */
export type Outcome<T> = { ok: true; value: T; notes: string[] } | { ok: false; failure: Failure };

/** A successful outcome. */
export function done<T>(value: T, notes: string[] = []): Outcome<T> {
  return { ok: true, value, notes };
}

/** A failed outcome. */
export function failed<T>(kind: FailureKind, message: string, file?: string): Outcome<T> {
  return { ok: false, failure: file === undefined ? { kind, message } : { kind, message, file } };
}
