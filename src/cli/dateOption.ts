import { dateProblem } from '../core/dates';
import { UsageError } from './parseArgs';

/** Reads `--date YYYY-MM-DD`, today by default; an impossible date is a usage error. */
export function dateOption(value: unknown, today: string): string {
  const date = (value as string | undefined) ?? today;
  const why = dateProblem(date);
  if (why) throw new UsageError(`--date: ${why}`);
  return date;
}
