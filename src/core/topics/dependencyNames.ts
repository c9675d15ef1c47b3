/*
 * The name checks the manifest readers share. Each scans by hand in time linear in its input,
 * so no regular expression ever sees repository text.
 */

/** A dependency name is cut to this many characters. */
export const MAX_DEPENDENCY_NAME = 100;

/** A name as read, or undefined when it is empty or holds spaces, quotes or control characters. */
export function cleanName(name: string): string | undefined {
  if (name.length === 0) return undefined;
  for (let i = 0; i < name.length && i <= MAX_DEPENDENCY_NAME; i++) {
    const code = name.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f || name[i] === '"' || name[i] === "'" || name[i] === '<') {
      return undefined;
    }
  }
  return name.length > MAX_DEPENDENCY_NAME ? name.slice(0, MAX_DEPENDENCY_NAME) : name;
}

/** True for an npm package name: "name" or "@scope/name" of URL-safe characters. */
export function isNpmName(name: string): boolean {
  if (name.length === 0) return false;
  let slashes = 0;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '/') slashes++;
    else if (ch === '@' && i === 0) continue;
    else if (!isWordChar(ch) && ch !== '.' && ch !== '~') return false;
  }
  return name[0] === '@' ? slashes === 1 && !name.endsWith('/') : slashes === 0;
}

/** Letters, digits, "-" and "_" (ASCII). */
export function isWordChar(ch: string): boolean {
  return (
    (ch >= 'a' && ch <= 'z') ||
    (ch >= 'A' && ch <= 'Z') ||
    (ch >= '0' && ch <= '9') ||
    ch === '-' ||
    ch === '_'
  );
}

/** True for a crate name as Cargo allows it (letters, digits, "-", "_"). */
export function isCrateName(name: string): boolean {
  if (name.length === 0) return false;
  for (const ch of name) if (!isWordChar(ch)) return false;
  return true;
}

/** True for a character of a Python distribution name. */
function isPythonNameChar(ch: string): boolean {
  return isWordChar(ch) || ch === '.';
}

/**
 * The distribution name at the start of a PEP 508 requirement ("requests[socks]>=2 ; x" ->
 * "requests"), or undefined when the text is not a requirement (a path, a URL, an option).
 */
export function requirementName(text: string): string | undefined {
  const t = text.trim();
  let i = 0;
  while (i < t.length && isPythonNameChar(t[i])) i++;
  if (i === 0) return undefined;
  const name = t.slice(0, i);
  const first = name[0];
  if (!(
    (first >= 'a' && first <= 'z') ||
    (first >= 'A' && first <= 'Z') ||
    (first >= '0' && first <= '9')
  )) {
    return undefined;
  }
  if (i < t.length && !' \t=<>!~[;@(,'.includes(t[i])) return undefined;
  const lower = name.toLowerCase();
  if (lower.endsWith('.whl') || lower.endsWith('.zip') || lower.endsWith('.tar')) return undefined;
  return cleanName(name);
}

/** The first whitespace-separated word of `text` from `start`, and where it ends. */
export function wordAt(text: string, start: number): { word: string; end: number } {
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  const from = i;
  while (i < text.length && text[i] !== ' ' && text[i] !== '\t') i++;
  return { word: text.slice(from, i), end: i };
}
