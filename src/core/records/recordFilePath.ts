// Folders under the records root (or a relationship) that hold no records; listRecordFiles skips
// the same names, so a staged check and a full validate agree on what a records file is.
const NOT_RECORDS = new Set(['private', 'templates', 'reports', 'node_modules']);

/**
 * True when a path relative to the records root ("/" separators) names a records file as
 * listRecordFiles finds them: a markdown file one or two folders deep (`<slug>/plan.md`,
 * `<slug>/sessions/<date>.md`), outside private, templates, reports, node_modules and dot-folders.
 */
export function isRecordFilePath(relativeToRoot: string): boolean {
  const parts = relativeToRoot.split('/');
  if (parts.length < 2 || parts.length > 3) return false;
  if (parts.some((p) => p === '' || p.startsWith('.'))) return false;
  if (parts.slice(0, -1).some((p) => NOT_RECORDS.has(p))) return false;
  return parts[parts.length - 1].toLowerCase().endsWith('.md');
}
