import type { HistoryData } from './historyData';
import type { Topic } from './topic';
import { EXPERT_STORIES, expertPaths } from './withRelevance';

// A pathspec of hundreds of files costs git more than the diff it limits: the top stories' files
// come first, so a cut drops the files of the lowest of them.
const MAX_FOCUS_PATHS = 200;

/**
 * What the second history read looks at once the stories are ranked: the files whose recent
 * activity gives the experts, and the mentee's commits whose lines others may have changed
 * soon after (same-lines follow-ups). Reading them for the top stories only keeps that read to
 * a few files instead of everyone's whole history.
 */
export interface HistoryFocus {
  /** The top stories' files and their earlier names, highest story first. */
  paths: string[];
  /** Full ids of the top stories' commits by the mentee. */
  commits: string[];
}

/** The focus of the first EXPERT_STORIES ranked topics (see HistoryFocus). */
export function historyFocus(topics: readonly Topic[], data: HistoryData): HistoryFocus {
  const mine = new Set(data.commits.map((c) => c.sha));
  const commits = new Set<string>();
  for (const t of topics.slice(0, EXPERT_STORIES))
    for (const sha of t.evidence.commits) if (mine.has(sha)) commits.add(sha);
  return { paths: expertPaths(topics, data).slice(0, MAX_FOCUS_PATHS), commits: [...commits] };
}
