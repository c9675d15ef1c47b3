/**
 * True when a path relative to the records root is inside a relationship's private/ folder
 * (`<slug>/private/...`). Matches the folder name case-insensitively: on a case-insensitive file
 * system `Private/` is the same folder, and erring towards "private" never leaks a note.
 */
export function isPrivatePath(relativeToRoot: string): boolean {
  const parts = relativeToRoot.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  return parts.length >= 2 && parts[1].toLowerCase() === 'private';
}
