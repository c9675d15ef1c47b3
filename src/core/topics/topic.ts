/**
 * The signals a learning topic comes from (docs/architecture.md, Learning topics): a story (one
 * piece of work), the person the mentee learns from most, a goal, or an older signal kind.
 */
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
  | 'goal'
  | 'story'
  | 'collaborator';

/** What a facet of a story says: a signal shown inside the story rather than as a topic. */
export type FacetKind =
  | 'series'
  | 'release'
  | 'backport'
  | 'security'
  | 'revert'
  | 'new-area'
  | 'new-language'
  | 'new-dependency'
  | 'build-or-ci'
  | 'tests'
  | 'no-tests'
  | 'rework'
  | 'followed-up'
  | 'help'
  | 'goal'
  | 'size'
  /** One of the small stories a theme gathers (themeTopics.ts). */
  | 'story'
  /** One of the merges a review or branch-upkeep topic gathers (reviewTopics.ts). */
  | 'merge';

/** One facet of a story: its kind and a line for people ("Reviewed by Bo Lind"). */
export interface TopicFacet {
  kind: FacetKind;
  /** Plain repository text where it quotes some (names, paths): escaped where shown. */
  text: string;
  /** What it is about, for prompts: the area, language or dependency of a first touch. */
  key?: string;
  /** The commit it is about (a first touch's first commit, a revert, a later fix). */
  sha?: string;
}

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
  /**
   * What else the story holds (a series, tests, help, rework, first work in an area...), most
   * telling first. Optional so that topics stored before stories existed still load.
   */
  facets?: TopicFacet[];
  /**
   * True for a story below the worth-raising floor (worthRaising.ts): listed apart from the main
   * list (`topics --all`, the view's "smaller topics" node), never dropped.
   */
  smaller?: boolean;
}
