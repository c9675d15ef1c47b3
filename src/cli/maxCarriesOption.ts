import { UsageError } from './parseArgs';
import { t } from '../core/l10n';

/** `--max-carries N`: a whole number, 1 or more; absent leaves the team's setting (config.yml). */
export function maxCarriesOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1)
    throw new UsageError(t('--max-carries must be a whole number of sessions, 1 or more'));
  return Number(value);
}
