import type { HistoryData } from '../core/topics/historyData';
import type { Topic } from '../core/topics/topic';
import type { SurfacedTopics } from './surfaceTopics';

/**
 * The shape of a kept result and of its key: bumped when either changes, so an older entry is a
 * miss (the code version in the key usually changes too; this covers a build that keeps it).
 */
export const TOPICS_RESULT_FORMAT = 3;

/** One repository as it enters a result: where it is, its tip, and what was asked of it. */
export interface KeyRepository {
  repository: string;
  name: string;
  top: string;
  recordsPath?: string;
  /** HEAD's commit id; null for a repository without commits. */
  tip: string | null;
  /** A digest of what its tags point at (releases are named by tags); absent without tags. */
  tags?: string;
  /** The resolved request (authors, dates after defaults, the last session's HEAD, basis). */
  asked: unknown;
}

/** Everything a ranked result depends on besides the repositories' content at their tips. */
export interface TopicsKeyParts {
  codeVersion: string;
  /** The relationship, or none (authors given directly). */
  slug?: string;
  includeMerges: boolean;
  repositories: KeyRepository[];
  missing: readonly string[];
  goals: unknown;
  mentors: readonly string[];
  /** The user and the mentors: never offered as an expert. */
  viewers: readonly string[];
}

/**
 * The cache key of a result: every part, in a fixed order, as JSON. Long (it holds the plan's
 * goals), so the adapter names its file by a hash and compares the whole key stored inside.
 */
export function topicsResultKey(parts: TopicsKeyParts): string {
  return JSON.stringify({
    format: TOPICS_RESULT_FORMAT,
    code: parts.codeVersion,
    slug: parts.slug ?? null,
    includeMerges: parts.includeMerges,
    repositories: parts.repositories.map((r) => ({
      repository: r.repository,
      name: r.name,
      top: r.top,
      recordsPath: r.recordsPath ?? null,
      tip: r.tip,
      tags: r.tags ?? null,
      asked: r.asked,
    })),
    missing: parts.missing,
    goals: parts.goals,
    mentors: parts.mentors,
    viewers: parts.viewers,
  });
}

/**
 * What a result keeps of the history read: what its consumers show (range, commits, the
 * mentee's merges, notes, hints, counts). The raw reads the ranking used (earlier paths, others' follow-ups, every file's
 * activity, the docs' words) are dropped once ranked: a kept result stays small, and a result is
 * the same whether it was served from the cache or computed.
 */
export function shownHistory(data: HistoryData): HistoryData {
  const shown: HistoryData = {
    range: data.range,
    commits: data.commits,
    earlier: { paths: new Set<string>(), commits: data.earlier.commits },
    dependencyAdds: data.dependencyAdds,
    experts: data.experts,
    docs: data.docs,
    partial: data.partial,
    notes: data.notes,
  };
  if (data.identityHints) shown.identityHints = data.identityHints;
  // Review topics cite these merges; the views show their subjects and dates.
  if (data.ownMerges) shown.ownMerges = data.ownMerges;
  return shown;
}

/** A result as kept: JSON, the (empty) set of earlier paths left out. */
export function topicsResultText(value: SurfacedTopics): string {
  const { earlier, ...rest } = value.data;
  return JSON.stringify({ ...value, data: { ...rest, earlier: { commits: earlier.commits } } });
}

/**
 * A kept result back, or undefined when the text is not one. The adapter has checked that it is
 * the text written for this key; the shape is checked again, cheaply, so that a damaged entry
 * can never reach the views as something else.
 */
export function topicsResultFrom(text: string): SurfacedTopics | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(json) || !isRecord(json.data) || !Array.isArray(json.topics)) return undefined;
  const data = json.data;
  if (
    !isRecord(data.range) ||
    typeof data.range.until !== 'string' ||
    !Array.isArray(data.commits) ||
    !isRecord(data.earlier) ||
    typeof data.earlier.commits !== 'number' ||
    !Array.isArray(data.notes) ||
    !data.notes.every((n) => typeof n === 'string') ||
    typeof data.partial !== 'boolean' ||
    !Array.isArray(json.repositories) ||
    !Array.isArray(json.missingRepositories) ||
    !Array.isArray(json.authors) ||
    typeof json.basis !== 'string' ||
    typeof json.repository !== 'string' ||
    !json.topics.every(isTopicLike)
  )
    return undefined;
  const earlier = { paths: new Set<string>(), commits: data.earlier.commits };
  return {
    ...(json as unknown as SurfacedTopics),
    data: { ...(data as unknown as HistoryData), earlier },
  };
}

function isTopicLike(t: unknown): t is Topic {
  return (
    isRecord(t) &&
    typeof t.id === 'string' &&
    typeof t.title === 'string' &&
    typeof t.score === 'number' &&
    isRecord(t.evidence) &&
    Array.isArray(t.evidence.commits) &&
    t.evidence.commits.every((c) => typeof c === 'string') &&
    Array.isArray(t.evidence.files) &&
    t.evidence.files.every((f) => typeof f === 'string') &&
    typeof t.question === 'string' &&
    (t.facets === undefined ||
      (Array.isArray(t.facets) &&
        t.facets.every(
          (f) => isRecord(f) && typeof f.kind === 'string' && typeof f.text === 'string',
        ))) &&
    (t.expert === undefined ||
      (isRecord(t.expert) &&
        typeof t.expert.name === 'string' &&
        typeof t.expert.email === 'string')) &&
    (t.docs === undefined || (Array.isArray(t.docs) && t.docs.every((d) => typeof d === 'string')))
  );
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
