import { UsageError } from './parseArgs';
import { t } from '../core/l10n';

/** Reads `--format`: one of the allowed values; the first one (or `fallback`) by default. */
export function formatOption<T extends string>(
  value: string | undefined,
  allowed: readonly [T, ...T[]],
  fallback: T = allowed[0],
): T {
  if (value === undefined) return fallback;
  const known = allowed.find((a) => a === value);
  if (known === undefined)
    throw new UsageError(
      t('--format must be {0} or {1}', allowed.slice(0, -1).join(', '), String(allowed.at(-1))),
    );
  return known;
}

/**
 * Reads `--format` for a listing that has md, text and json: text by default on a terminal, md
 * otherwise, so pipes and files keep the markdown they always had.
 */
export function listingFormat(
  ctx: { isTerminal: boolean },
  value: string | undefined,
): 'md' | 'text' | 'json' {
  return formatOption(value, ['md', 'text', 'json'], ctx.isTerminal ? 'text' : 'md');
}
