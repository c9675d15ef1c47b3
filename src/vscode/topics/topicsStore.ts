import type * as vscode from 'vscode';
import type { IdentityHint } from '../../core/topics/historyData';
import type { Topic } from '../../core/topics/topic';

const KEY = 'mentoring.learningTopics';
/** What is kept across reloads, per relationship: enough for the view and the agenda. */
const KEPT_TOPICS = 30;
const STATE_VERSION = 1;

/** What one Surface Learning Topics run found for one relationship. */
export interface TopicsResult {
  /** `<workspace folder URI>|<slug>`: one result per relationship. */
  key: string;
  /** The name people see: the slug, or `<folder>/<slug>` when two folders hold it. */
  name: string;
  /** What `pickRelationship` accepts: `<folder name>/<slug>`. */
  relationship: string;
  /** The code repository's top folder (absolute): evidence paths are relative to it. */
  repo: string;
  /**
   * Each repository read, by the name topics give it (`Topic.repository`) -> its top folder,
   * when topics came from several; a topic's evidence is relative to its own (topicRepo).
   */
  repos?: Record<string, string>;
  /** Repositories the plan names that were not found (the view says what to do). */
  missingRepositories?: string[];
  range: { since?: string; until: string };
  /** How the range was chosen, for the view's description. */
  basis: string;
  commits: number;
  partial: boolean;
  notes: string[];
  topics: Topic[];
  /** Other addresses the mentee's name commits under (absent in results kept before them). */
  identityHints?: IdentityHint[];
  /** Subject, date and time of each commit read, for labels and reflection prompts. */
  commitInfo: Record<string, { subject: string; date: string; time: number }>;
}

/**
 * The latest topics of each relationship. Kept in the workspace state (VS Code's own storage for
 * this workspace, on this machine; never in the repository), so they survive a reload; a value
 * that is not what this version wrote is dropped, never trusted.
 */
export class TopicsStore {
  private readonly results = new Map<string, TopicsResult>();

  constructor(private readonly state?: vscode.Memento) {
    const saved = state?.get<unknown>(KEY);
    if (isSaved(saved)) for (const r of saved.results) if (isResult(r)) this.results.set(r.key, r);
  }

  set(result: TopicsResult): void {
    this.results.set(result.key, result);
    void this.save();
  }

  private async save(): Promise<void> {
    if (!this.state) return;
    const results = [...this.results.values()].map((r) => keptPart(r));
    await this.state.update(KEY, { version: STATE_VERSION, results });
  }

  get(key: string): TopicsResult | undefined {
    return this.results.get(key);
  }

  /** The result whose relationship is `relationship` (`<folder>/<slug>` or a slug). */
  find(relationship: string): TopicsResult | undefined {
    return this.all().find(
      (r) => r.relationship === relationship || r.relationship.endsWith(`/${relationship}`),
    );
  }

  all(): TopicsResult[] {
    return [...this.results.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** True when `repo` is the top folder of a repository topics were read from. */
  knowsRepo(repo: string): boolean {
    return this.all().some((r) => r.repo === repo || Object.values(r.repos ?? {}).includes(repo));
  }
}

/** The top folder of the repository a topic's evidence is in. */
export function topicRepo(result: TopicsResult, topic: Topic): string {
  const own = topic.repository === undefined ? undefined : result.repos?.[topic.repository];
  return typeof own === 'string' ? own : result.repo;
}

/** The part of a result worth keeping: the first topics and the commits they cite. */
function keptPart(r: TopicsResult): TopicsResult {
  const topics = r.topics.slice(0, KEPT_TOPICS);
  const cited = new Set(topics.flatMap((t) => t.evidence.commits));
  const commitInfo: TopicsResult['commitInfo'] = {};
  for (const sha of cited) if (r.commitInfo[sha]) commitInfo[sha] = r.commitInfo[sha];
  return { ...r, topics, commitInfo };
}

function isSaved(v: unknown): v is { version: number; results: unknown[] } {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { version?: unknown }).version === STATE_VERSION &&
    Array.isArray((v as { results?: unknown }).results)
  );
}

function isResult(v: unknown): v is TopicsResult {
  const r = v as Partial<TopicsResult> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.key === 'string' &&
    typeof r.name === 'string' &&
    typeof r.relationship === 'string' &&
    typeof r.repo === 'string' &&
    (r.missingRepositories === undefined ||
      (Array.isArray(r.missingRepositories) &&
        r.missingRepositories.every((m) => typeof m === 'string'))) &&
    (r.repos === undefined ||
      (typeof r.repos === 'object' &&
        r.repos !== null &&
        Object.values(r.repos).every((v) => typeof v === 'string'))) &&
    typeof r.basis === 'string' &&
    typeof r.commits === 'number' &&
    Array.isArray(r.topics) &&
    r.topics.every(
      (t) =>
        typeof t?.title === 'string' &&
        typeof t.id === 'string' &&
        typeof t.question === 'string' &&
        Array.isArray(t.evidence?.commits) &&
        Array.isArray(t.evidence?.files),
    ) &&
    typeof r.commitInfo === 'object' &&
    r.commitInfo !== null &&
    typeof r.range === 'object' &&
    r.range !== null &&
    Array.isArray(r.notes) &&
    (r.identityHints === undefined ||
      (Array.isArray(r.identityHints) &&
        r.identityHints.every(
          (h) =>
            typeof h?.email === 'string' &&
            typeof h.name === 'string' &&
            typeof h.commits === 'number',
        )))
  );
}
