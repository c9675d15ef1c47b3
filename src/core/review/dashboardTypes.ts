// The dashboard's model: plain JSON, built by core and sent to the webview as it is. The webview's
// zod schema (src/shared/dashboardMessages.ts) mirrors these shapes; the host's assignment of one
// to the other is what keeps them in step at compile time.

/** A place in a records file the dashboard links back to; `file` is whatever the caller made it. */
export interface DashboardLink {
  file: string;
  /** 1-based. */
  line: number;
}

/** A session that is evidence for something, or a point on the timeline. */
export interface DashboardSessionRef extends DashboardLink {
  date: string;
}

/** A commit found for a goal by Surface Learning Topics; it links to the goal's heading. */
export interface DashboardCommit extends DashboardLink {
  sha: string;
  /** Truncated for display; absent when the topics run did not keep it. */
  subject?: string;
}

/** A goal of the plan with its evidence. */
export interface DashboardGoal extends DashboardLink {
  id: string;
  title: string;
  status: string;
  target?: string;
  /** Sessions that named the goal in front matter or in an action item, oldest first. */
  sessions: DashboardSessionRef[];
  commits: DashboardCommit[];
  /** Commits beyond those listed. */
  moreCommits: number;
}

/** The time between two sessions, or from the last one to today (`open`). */
export interface DashboardGap {
  from: string;
  to: string;
  days: number;
  /** Longer than the cadence allows. */
  late: boolean;
  open: boolean;
}

/** Sessions on a time axis against the plan's cadence. */
export interface DashboardTimeline {
  /** The plan's cadence as written, or the default. */
  cadence: string;
  /** Days between sessions the cadence asks for; absent for one it cannot read. */
  cadenceDays?: number;
  /** The axis runs from the earlier of the plan's start and the first session... */
  start: string;
  /** ...to the later of today and the last session. */
  end: string;
  sessions: DashboardSessionRef[];
  gaps: DashboardGap[];
}

/** An action item still open, with how long it has been open. */
export interface DashboardOpenItem extends DashboardLink {
  text: string;
  owner?: string;
  due?: string;
  goal?: string;
  /** Date of its home session. */
  since: string;
  ageDays: number;
  overdue: boolean;
  /** Sessions held since its home session. */
  carried: number;
}

/** The first line of a session's Reflection section. */
export interface DashboardReflection extends DashboardLink {
  date: string;
  text: string;
}

/** One line of an agenda's "### Learning topics". */
export interface DashboardAgendaTopic extends DashboardLink {
  title: string;
}

/** The learning topics a session's agenda listed. */
export interface DashboardSessionTopics extends DashboardSessionRef {
  topics: DashboardAgendaTopic[];
}

/** A topic surfaced now (not yet in any file, so without a link). */
export interface DashboardCurrentTopic {
  id: string;
  kind: string;
  title: string;
}

/** A question suggested for the next session, and why (the topic or goal it fits). */
export interface DashboardSuggestedQuestion {
  text: string;
  reason: string;
}

/** Everything the dashboard shows for one relationship. */
export interface DashboardModel {
  slug: string;
  mentee?: string;
  /** The date the model was built for. */
  today: string;
  /** The plan's first line, when there is a plan. */
  plan?: DashboardLink;
  goals: DashboardGoal[];
  timeline: DashboardTimeline;
  /** Oldest first. */
  openItems: DashboardOpenItem[];
  /** Newest first, at most five. */
  reflections: DashboardReflection[];
  topics: { sessions: DashboardSessionTopics[]; current: DashboardCurrentTopic[] };
  /** Open questions from the bank for the current topics and the goals due for review. */
  suggestedQuestions: DashboardSuggestedQuestion[];
  /** How many problems the records have (the Problems panel lists them). */
  problems: number;
}
