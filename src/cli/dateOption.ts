import { dateProblem } from '../core/dates';
import { UsageError } from './parseArgs';

/** Reads `--date YYYY-MM-DD`, today by default; an impossible date is a usage error. */
export function dateOption(value: string | undefined, today: string, name = '--date'): string {
  const date = value ?? today;
  const why = dateProblem(date);
  if (why) throw new UsageError(`${name}: ${why}`);
  return date;
}
