import { UsageError } from './parseArgs';

/** Reads `--format`: one of the allowed values, the first one by default. */
export function formatOption<T extends string>(
  value: string | undefined,
  allowed: readonly [T, ...T[]],
  fallback: T = allowed[0],
): T {
  if (value === undefined) return fallback;
  const known = allowed.find((a) => a === value);
  if (known === undefined)
    throw new UsageError(
      `--format must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`,
    );
  return known;
}
