import type { Outcome } from '../workflows/outcome';
import type { CliContext } from './cliContext';
import { UsageError } from './parseArgs';
import { t } from '../core/l10n';

/**
 * A workflow's outcome on the command line: its notes go to stderr as warnings, prefixed like
 * every message of the verb; a failure ends the verb with exit code 2 (usage or I/O), its message
 * on stderr.
 */
export function settle<T>(ctx: CliContext, verb: string, outcome: Outcome<T>): T {
  if (!outcome.ok) throw new UsageError(outcome.failure.message);
  for (const note of outcome.notes) ctx.err(t('mentoring-journal {0}: {1}', verb, note));
  return outcome.value;
}
