import { docIndex, docsByRelevance } from './docsFor';
import { expertForFiles } from './expertFor';
import type { Commit, HistoryData } from './historyData';
import { HELP_TRAILERS } from './helpersOf';
import type { Topic } from './topic';

/** Experts are read for this many of the highest-ranked stories (one git log over their files). */
export const EXPERT_STORIES = 10;

/** The trailers whose people already helped with a story: not news as experts for it. */
// Everyone a help trailer names already worked on the story with the mentee: not news.
const KNOWN_HELPERS = new Set(Object.keys(HELP_TRAILERS));

/** Who must not be offered as an expert on any topic. */
export interface RelevanceOptions {
  /** The mentee's identities. */
  identities: readonly string[];
  /** The person looking at the topics (git user.email and name) and the plan's mentors. */
  viewers: readonly string[];
}

/** The range commits of a topic's evidence. */
function commitsOf(topic: Topic, bySha: ReadonlyMap<string, Commit>): Commit[] {
  return topic.evidence.commits.map((sha) => bySha.get(sha)).filter((c): c is Commit => !!c);
}

/** A topic's files and, from its own commits, their names before a rename. */
function filesOf(topic: Topic, commits: readonly Commit[]): string[] {
  const files = new Set(topic.evidence.files);
  for (const c of commits) {
    for (const f of c.files) if (f.oldPath && files.has(f.path)) files.add(f.oldPath);
  }
  return [...files];
}

/**
 * The paths whose recent activity the experts need: the files of the first EXPERT_STORIES topics
 * and their earlier names, for the git layer's one log (readFileActivity).
 */
export function expertPaths(topics: readonly Topic[], data: HistoryData): string[] {
  const bySha = new Map(data.commits.map((c) => [c.sha, c]));
  const paths = new Set<string>();
  for (const t of topics.slice(0, EXPERT_STORIES)) {
    for (const p of filesOf(t, commitsOf(t, bySha))) paths.add(p);
  }
  return [...paths];
}

/** "Name <email>" or a bare value, as identities: the name and the email. */
function personIds(value: string): string[] {
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(value);
  return (m ? [m[1], m[2]] : [value]).map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * The topics with experts and docs chosen by relevance, once the history read has them:
 * - with `data.fileActivity` (read for the top stories' files): each of the first
 *   EXPERT_STORIES topics gets the most active other author of its files (expertForFiles),
 *   never the mentee, a viewer, or someone a help trailer of the story already names
 *   (Reviewed-by, Suggested-by, Co-authored-by, ... : HELP_TRAILERS); later topics get none (their files were not read, and a folder's most
 *   active author is what made one maintainer everyone's expert);
 * - with `data.docInfo`: every topic's docs by what they are about (docsByRelevance).
 * Without those fields the topics come back as they are. Order and everything else is kept.
 */
export function withRelevance(
  topics: readonly Topic[],
  data: HistoryData,
  options: RelevanceOptions,
): Topic[] {
  const bySha = new Map(data.commits.map((c) => [c.sha, c]));
  const index = data.docInfo ? docIndex(data.docInfo) : undefined;
  return topics.map((topic, i) => {
    const out: Topic = { ...topic };
    const commits = commitsOf(topic, bySha);
    if (data.fileActivity) {
      delete out.expert;
      if (i < EXPERT_STORIES) {
        const helpers = commits.flatMap((c) =>
          (c.trailers ?? [])
            .filter((t) => KNOWN_HELPERS.has(t.key.trim().toLowerCase()))
            .flatMap((t) => personIds(t.value)),
        );
        const expert = expertForFiles(data.fileActivity, filesOf(topic, commits), {
          people: [...options.identities, ...options.viewers, ...helpers],
        });
        if (expert) out.expert = expert;
      }
    }
    if (index) {
      const docs = docsByRelevance(index, {
        files: topic.evidence.files,
        subjects: commits.map((c) => c.subject),
      });
      if (docs.length > 0) out.docs = docs;
      else delete out.docs;
    }
    return out;
  });
}
