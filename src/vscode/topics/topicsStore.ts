import type { Topic } from '../../core/topics/topic';

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
  range: { since?: string; until: string };
  /** How the range was chosen, for the view's description. */
  basis: string;
  commits: number;
  partial: boolean;
  notes: string[];
  topics: Topic[];
  /** Subject, date and time of each commit read, for labels and reflection prompts. */
  commitInfo: Record<string, { subject: string; date: string; time: number }>;
}

/**
 * The latest topics of each relationship, kept for the session (in memory: topics are cheap to
 * surface again and are never written anywhere the user did not ask for).
 */
export class TopicsStore {
  private readonly results = new Map<string, TopicsResult>();

  set(result: TopicsResult): void {
    this.results.set(result.key, result);
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
    return this.all().some((r) => r.repo === repo);
  }
}
