/** What a file inside the records root is, judged by its path alone. */
export type RecordKind = 'plan' | 'session' | 'questions' | 'other';

/** A records file's kind, its relationship's slug and its base name. */
export interface RecordPath {
  kind: RecordKind;
  slug?: string;
  fileName: string;
}

/**
 * Classifies a path relative to the records root, with "/" separators
 * (`alex-rivera/plan.md`, `alex-rivera/sessions/2026-11-23.md`).
 */
export function classifyRecordPath(relative: string): RecordPath {
  const parts = relative.split('/').filter((p) => p !== '');
  const fileName = parts[parts.length - 1] ?? '';
  if (parts[0] === 'templates' || !fileName.toLowerCase().endsWith('.md'))
    return { kind: 'other', fileName };
  if (parts.length === 2 && fileName === 'plan.md')
    return { kind: 'plan', slug: parts[0], fileName };
  if (parts.length === 2 && fileName === 'questions.md')
    return { kind: 'questions', slug: parts[0], fileName };
  if (parts.length === 3 && parts[1] === 'sessions')
    return { kind: 'session', slug: parts[0], fileName };
  return { kind: 'other', slug: parts.length > 1 ? parts[0] : undefined, fileName };
}
