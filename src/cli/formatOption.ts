import { UsageError } from './parseArgs';

/** Reads `--format`: one of the allowed values, the first one by default. */
export function formatOption<T extends string>(value: unknown, allowed: readonly [T, ...T[]]): T {
  if (value === undefined) return allowed[0];
  if (!(allowed as readonly unknown[]).includes(value))
    throw new UsageError(
      `--format must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`,
    );
  return value as T;
}
