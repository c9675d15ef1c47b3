/** The signals a learning topic comes from (docs/architecture.md, Learning topics). */
export type TopicKind =
  | 'area'
  | 'new-area'
  | 'new-language'
  | 'new-dependency'
  | 'build-or-ci'
  | 'rework'
  | 'revert'
  | 'large-change'
  | 'tests'
  | 'pairing'
  | 'goal';

/** An expert to learn from: the most active other author in an area, still active lately. */
export interface TopicExpert {
  name: string;
  email: string;
  commits: number;
}

/** Something from the mentee's work worth talking about, with its evidence and a question. */
export interface Topic {
  /** Stable for the same evidence: `<kind>:<key>` (for example `new-area:src/db`). */
  id: string;
  kind: TopicKind;
  /** One line for people ("First work in src/db"). */
  title: string;
  /**
   * What the topic is about, short, for questions ("src/db", "zod", "Sam Lee"): plain repository
   * text, not escaped. Optional so that topics stored before it existed still load.
   */
  subject?: string;
  /** Higher is more worth discussing; topics are sorted by it, highest first. */
  score: number;
  evidence: { commits: string[]; files: string[] };
  /** One open question that fits the kind. */
  question: string;
  expert?: TopicExpert;
  /** README, ADR and docs files in or above the touched directories. */
  docs?: string[];
  /**
   * The repository the evidence is in (the plan's identity, or the folder's name), when topics
   * were read from several; evidence paths are relative to it.
   */
  repository?: string;
}
