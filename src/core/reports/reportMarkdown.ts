import { escapeMarkdown } from '../topics/escapeMarkdown';

/** Record text made safe for one markdown line, list item or table cell. */
export function md(text: string): string {
  return escapeMarkdown(text);
}

const SAFE = /[A-Za-z0-9._~/#:@$&+,;=?%-]/;

/**
 * A link target as markdown needs it: characters that would end or break the destination
 * (blanks, brackets, parentheses, angle brackets, control characters) are percent-encoded; "/",
 * "#" and "%" are kept, so a target that is already a URI stays as it is.
 */
export function linkTarget(target: string): string {
  return [...target].map((ch) => (SAFE.test(ch) ? ch : percentEncode(ch))).join('');
}

function percentEncode(ch: string): string {
  try {
    return encodeURIComponent(ch).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    // A lone surrogate has no UTF-8 form; it becomes the replacement character.
    return '%EF%BF%BD';
  }
}

/** A markdown link with escaped text. */
export function link(text: string, target: string): string {
  return `[${md(text)}](${linkTarget(target)})`;
}

/** "1 session", "2 sessions". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
