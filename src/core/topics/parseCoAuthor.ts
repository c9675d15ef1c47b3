/** A Co-authored-by value split into name and email ("Sam Lee <sam@x>"). */
export function parseCoAuthor(value: string): { name: string; email: string } {
  const open = value.lastIndexOf('<');
  const close = value.lastIndexOf('>');
  if (open < 0 || close < open) return { name: value.trim(), email: '' };
  return { name: value.slice(0, open).trim(), email: value.slice(open + 1, close).trim() };
}
