import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatMessage, type Translator } from '../core/l10n';

/**
 * The locale the command line speaks: `--locale X` first, then the POSIX variables in their
 * order of precedence (LC_ALL, LC_MESSAGES, LANG). `de_DE.UTF-8@euro` becomes `de-de`; `C`,
 * `POSIX`, an empty value or anything that is not a plain tag means English (`en`).
 */
export function cliLocale(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): string {
  const at = argv.indexOf('--locale');
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  const given = at >= 0 && at < end ? argv[at + 1] : undefined;
  const raw = given ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  const tag = raw.split(/[.@]/)[0].replace(/_/g, '-').toLowerCase();
  // The tag names a file: letters, digits and dashes only, so it can never leave l10n/.
  if (!/^[a-z]{1,8}(-[a-z0-9]{1,8})*$/.test(tag) || tag === 'c' || tag === 'posix') return 'en';
  return tag;
}

/**
 * A translator backed by `<dir>/bundle.l10n.<locale>.json` (the format `npm run l10n` writes and
 * VS Code reads: English message to translation), falling back from `de-ch` to `de`, and to
 * English for a missing, unreadable or malformed bundle and for any message it lacks.
 */
export function bundleTranslator(dir: string, locale: string): Translator {
  const bundle = readBundle(dir, locale);
  return (message, args) => {
    const text = bundle.get(message);
    return formatMessage(text ?? message, args);
  };
}

function readBundle(dir: string, locale: string): Map<string, string> {
  if (locale === 'en') return new Map();
  const parts = locale.split('-');
  for (let n = parts.length; n > 0; n--) {
    const file = path.join(dir, `bundle.l10n.${parts.slice(0, n).join('-')}.json`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) continue;
    const entries = Object.entries(parsed).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    );
    return new Map(entries);
  }
  return new Map();
}
