import type { Outcome } from '../workflows/outcome';
import type { CliContext } from './cliContext';
import { UsageError } from './parseArgs';

/**
 * A workflow's outcome on the command line: its notes go to stderr as warnings, prefixed like
 * every message of the verb; a failure ends the verb with exit code 2 (usage or I/O), its message
 * on stderr.
 */
export function settle<T>(ctx: CliContext, verb: string, outcome: Outcome<T>): T {
  if (!outcome.ok) throw new UsageError(outcome.failure.message);
  // l10n-ignore: the program and verb prefix; the note is localised where it is made.
  for (const note of outcome.notes) ctx.err(`mentoring-journal ${verb}: ${note}`);
  return outcome.value;
}
