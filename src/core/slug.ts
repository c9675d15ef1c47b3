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
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
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

/** The slug for a name, or the reason there is none. */
export function slugForName(
  name: string,
): { ok: true; slug: string } | { ok: false; message: string } {
  const slug = slugify(name);
  const why = slugProblem(slug);
  return why
    ? { ok: false, message: `Cannot make a folder name from "${name}": ${why}` }
    : { ok: true, slug };
}
