/** Characters that would start markup anywhere in a line: code, emphasis, links, HTML, tables. */
const INLINE = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '|', '~']);

/**
 * Repository text made safe to place inside a markdown line: it renders as the same characters
 * and cannot start code, emphasis, a link or image, raw HTML, a heading, a quote or a nested
 * list. Line breaks and other control characters become spaces (a file name may hold a newline).
 * Backslash escapes are used rather than HTML entities so the raw file stays readable.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += ' ';
    else if (INLINE.has(ch)) out += '\\' + ch;
    else out += ch;
  }
  // At the start of a line (or right after "- "), these begin a heading, a list or a quote.
  const lead = out.trimStart();
  const indent = out.slice(0, out.length - lead.length);
  if (
    lead.startsWith('#') ||
    lead.startsWith('-') ||
    lead.startsWith('+') ||
    lead.startsWith('=')
  ) {
    return indent + '\\' + lead;
  }
  let digits = 0;
  while (digits < lead.length && lead[digits] >= '0' && lead[digits] <= '9') digits++;
  if (digits > 0 && (lead[digits] === '.' || lead[digits] === ')')) {
    return indent + lead.slice(0, digits) + '\\' + lead.slice(digits);
  }
  return out;
}
