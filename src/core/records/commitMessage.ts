import { classifyRecordPath } from './recordPath';

/** The commit message template used when the setting is empty. */
export const DEFAULT_COMMIT_TEMPLATE = 'mentoring({slug}): {summary}';

const NEW_STATUSES = new Set(['added', 'untracked']);

/**
 * A conventional commit message for records changes: one relationship ->
 * `mentoring(<slug>): <summary>` where summary is "session 2026-11-23" (one new session file;
 * "sessions 2026-11-09, 2026-11-23" for several), "plan" (only plan.md), "questions" (only
 * questions.md), else "update records"; several relationships ->
 * `mentoring: update records (<slug>, <slug>)`. `template` (setting) may contain {slug} and
 * {summary}; default "mentoring({slug}): {summary}". Changes outside any relationship (the
 * records .gitignore, templates) give `mentoring: update records`.
 */
export function commitMessage(
  changes: { path: string; status: string }[],
  template?: string,
): string {
  const classified = changes.map((c) => ({
    ...classifyRecordPath(c.path),
    slug: slugOf(c.path),
    status: c.status,
  }));
  const slugs = [
    ...new Set(classified.flatMap((c) => (c.slug === undefined ? [] : [c.slug]))),
  ].sort();
  if (slugs.length !== 1) {
    return slugs.length === 0
      ? 'mentoring: update records'
      : `mentoring: update records (${slugs.join(', ')})`;
  }
  const summary = summarise(classified);
  const pattern = template && template.trim() !== '' ? template : DEFAULT_COMMIT_TEMPLATE;
  return pattern.replaceAll('{slug}', slugs[0]).replaceAll('{summary}', summary);
}

/** The relationship a path belongs to: its first folder, unless it is a root file or a template. */
function slugOf(relative: string): string | undefined {
  const parts = relative.split(/[\\/]/).filter((p) => p !== '' && p !== '.');
  return parts.length >= 2 && parts[0] !== 'templates' ? parts[0] : undefined;
}

function summarise(
  changes: { kind: string; fileName: string; slug?: string; status: string }[],
): string {
  // Files outside the relationship folder (root .gitignore, templates) make it a general update.
  if (changes.some((c) => c.slug === undefined)) return 'update records';
  if (changes.every((c) => c.kind === 'session' && NEW_STATUSES.has(c.status))) {
    // "2026-11-23-2.md" is the second session that day: the date alone reads better.
    const dates = [
      ...new Set(
        changes.map((c) =>
          c.fileName.replace(/^(\d{4}-\d{2}-\d{2})(-\d+)?\.md$/i, '$1').replace(/\.md$/i, ''),
        ),
      ),
    ].sort();
    return `${dates.length === 1 ? 'session' : 'sessions'} ${dates.join(', ')}`;
  }
  if (changes.every((c) => c.kind === 'plan')) return 'plan';
  if (changes.every((c) => c.kind === 'questions')) return 'questions';
  return 'update records';
}
