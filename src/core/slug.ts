import { t } from './l10n';
/** Folder names inside the records root that are not relationships. */
export const RESERVED_SLUGS: readonly string[] = ['templates', 'private', 'reports', 'sessions'];
/** The longest slug we make. */
export const MAX_SLUG_LENGTH = 64;

/** Letters whose fold to ASCII is not a combining-mark removal. */
const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ħ: 'h',
  Ħ: 'h',
};

/**
 * Makes a relationship's folder name from a person's or group's name: letters folded to ASCII
 * where a fold exists, other runs of characters become one "-", lower case, at most 64 characters.
 */
export function slugify(name: string): string {
  const folded = foldToAscii(name).toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}

/** Letters folded to ASCII where a fold exists; letters without one are left as they are. */
function foldToAscii(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, (c) => EXTRA_FOLDS[c] ?? c);
}

/** Why a slug cannot name a relationship folder, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  if (slug === '' || slug === '.' || slug === '..') {
    return 'The name gives an empty folder name; use a name with letters or digits.';
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > MAX_SLUG_LENGTH) {
    return `"${slug}" is not a relationship folder name (lower-case letters, digits and single dashes, at most ${MAX_SLUG_LENGTH}).`;
  }
  if (RESERVED_SLUGS.includes(slug)) {
    return `"${slug}" is a reserved folder name inside the records root; choose another name.`;
  }
  return undefined;
}

/**
 * Device names Windows reserves in every folder (with any extension): a folder of that name
 * cannot be checked out there. A slug has no dots, so the whole slug is its first dot-free part;
 * `CONIN$`/`CONOUT$` cannot occur, since "$" never survives slugging.
 */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** True when a slug is a device name Windows reserves (con, prn, aux, nul, com0-9, lpt0-9). */
export function isWindowsDeviceName(slug: string): boolean {
  return WINDOWS_DEVICES.test(slug);
}

/**
 * The letters and digits of a name that the fold to ASCII would drop (Cyrillic, Greek, CJK,
 * Arabic, Hebrew, Devanagari, ... and the few Latin letters without a fold), in order, once each.
 */
export function unfoldedLetters(name: string): string[] {
  const rest = foldToAscii(name).replace(/[ -~]/g, '');
  return [...new Set(rest.match(/[\p{L}\p{Nd}]/gu) ?? [])];
}

/** The slug for a name, or the reason there is none, saying what to type instead. */
export function slugForName(
  name: string,
): { ok: true; slug: string } | { ok: false; message: string } {
  const refuse = (why: string) => ({
    ok: false as const,
    message: t('Cannot make a folder name from "{0}": {1}', name, why),
  });
  // A slug that silently drops part of a name ("Иван Petrov" -> "petrov") misleads; one rule for
  // slugs means one folder a mentee, so the name is asked for in Latin letters instead.
  const dropped = unfoldedLetters(name);
  if (dropped.length) {
    const shown = dropped.slice(0, 5).join(' ');
    return refuse(
      t(
        'the letters {0}{1} have no ASCII form, so the folder name would leave them out. ',
        shown,
        dropped.length > 5 ? ' ...' : '',
      ) +
        t(
          'Type the name in Latin letters, as the person writes it in English (for example "Zhang Wei" for 张伟, "Ivan Petrov" for Иван Петров).',
        ),
    );
  }
  const slug = slugify(name);
  if (isWindowsDeviceName(slug)) {
    return refuse(
      t(
        '"{0}" is a device name on Windows, so a folder of that name cannot be checked out there. ',
        slug,
      ) + t('Add a family name or an initial (for example "{0} A.").', name.trim()),
    );
  }
  const why = slugProblem(slug);
  return why ? refuse(why) : { ok: true, slug };
}
