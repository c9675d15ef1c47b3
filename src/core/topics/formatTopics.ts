import { MARKDOWN, type Markup } from '../text/markup';
import type { HistoryData } from './historyData';
import type { Topic } from './topic';

export { escapeMarkdown } from './escapeMarkdown';

/** What the markdown heading says about the read: HistoryData itself fits. */
export interface TopicsReport {
  range: { since?: string; until?: string };
  /** The commits read, or how many. */
  commits: number | readonly unknown[];
  partial: boolean;
  notes?: readonly string[];
  /** Topics listed apart from the main list (worthRaising.ts): counted, or listed when `all`. */
  more?: readonly Topic[];
  /** List `more` under "Smaller topics" instead of only counting them (`topics --all`). */
  all?: boolean;
}

/** At most this many files are listed under a topic in markdown. */
const MARKDOWN_FILES = 3;

/** At most this many commits are listed under a topic in markdown. */
const MARKDOWN_COMMITS = 5;

/** How many topics an agenda lists by default. */
export const AGENDA_TOPIC_LIMIT = 5;

/** The first 7 characters of an object name, escaped (the git layer gives hex, but be sure). */
function short(sha: string, m: Markup): string {
  return m.text(sha.slice(0, 7));
}

/** A list of short commit names: "abc1234, def5678 and 3 more". */
function shaList(shas: readonly string[], max: number, m: Markup): string {
  const shown = shas
    .slice(0, max)
    .map((sha) => short(sha, m))
    .join(', ');
  return shas.length > max ? `${shown} and ${shas.length - max} more` : shown;
}

/**
 * The topics as markdown for the CLI (`topics --format md`): a heading with the range and the
 * commit count, a warning when the history is partial, the notes, then each topic as a numbered
 * item with its question in italics, its facets (one line each), its evidence (short commit names and up to three files),
 * and the expert and docs when there are some. Every piece of repository text is escaped. With
 * PLAIN markup: the same as plain text.
 */
export function formatTopicsMarkdown(
  topics: readonly Topic[],
  report: TopicsReport,
  m: Markup = MARKDOWN,
): string {
  const n = typeof report.commits === 'number' ? report.commits : report.commits.length;
  const since = report.range.since !== undefined ? m.text(report.range.since) : 'the start';
  const until = report.range.until !== undefined ? m.text(report.range.until) : 'now';
  const out = [
    m.heading(
      2,
      `Learning topics from ${since} to ${until} (${n} ${n === 1 ? 'commit' : 'commits'})`,
    ),
    '',
  ];
  if (report.partial) {
    out.push(
      m.quote(
        `${m.strong('Partial history:')} this is a shallow clone, so some first touches may be missing.`,
      ),
      '',
    );
  }
  for (const note of report.notes ?? []) out.push(m.quote(`Note: ${m.text(note)}`), '');
  if (topics.length === 0) {
    out.push('No learning topics in this range.');
    return out.join('\n');
  }
  const more = report.more ?? [];
  // The repository is worth a line only when the topics come from more than one.
  const several = new Set([...topics, ...more].map((t) => t.repository)).size > 1;
  topics.forEach((topic, i) => out.push(...topicLines(topic, i + 1, several, m)));
  if (more.length > 0 && report.all === true) {
    out.push('', m.heading(3, `Smaller topics (${more.length})`), '');
    more.forEach((topic, i) => out.push(...topicLines(topic, topics.length + i + 1, several, m)));
  } else if (more.length > 0) {
    const what = more.length === 1 ? 'smaller topic' : 'smaller topics';
    out.push('', `${more.length} ${what} not listed here (topics --all lists them).`);
  }
  return out.join('\n');
}

/** One topic as a numbered markdown item: title, question, facets, evidence, expert, docs. */
function topicLines(topic: Topic, n: number, several: boolean, m: Markup): string[] {
  const out = [`${n}. ${m.strong(m.text(topic.title))}`, `   ${m.em(m.text(topic.question))}`];
  for (const facet of topic.facets ?? []) out.push(`   - ${m.text(facet.text)}`);
  const { commits, files } = topic.evidence;
  if (several && topic.repository !== undefined)
    out.push(`   - Repository: ${m.text(topic.repository)}`);
  if (commits.length > 0) out.push(`   - Commits: ${shaList(commits, MARKDOWN_COMMITS, m)}`);
  if (files.length > 0) {
    const shown = files.slice(0, MARKDOWN_FILES).map(m.text).join(', ');
    const rest = files.length > MARKDOWN_FILES ? ` and ${files.length - MARKDOWN_FILES} more` : '';
    out.push(`   - Files: ${shown}${rest}`);
  }
  if (topic.expert !== undefined) {
    const e = topic.expert;
    out.push(
      `   - Ask: ${m.text(e.name)} (${e.commits} ${e.commits === 1 ? 'commit' : 'commits'} there this year)`,
    );
  }
  if (topic.docs !== undefined && topic.docs.length > 0) {
    out.push(`   - Read: ${topic.docs.map(m.text).join(', ')}`);
  }
  return out;
}

/**
 * The lines of an agenda's "Learning topics" section, one per topic (at most `max`):
 * `- <title> — <question> (<sha7>, <sha7>)`, with up to three commits.
 */
export function formatAgendaTopics(
  topics: readonly Topic[],
  max = AGENDA_TOPIC_LIMIT,
  m: Markup = MARKDOWN,
): string {
  return topics
    .slice(0, Math.max(0, max))
    .map((topic) => {
      const shas = topic.evidence.commits.slice(0, 3).map((sha) => short(sha, m));
      const refs = shas.length > 0 ? ` (${shas.join(', ')})` : '';
      return `- ${m.text(topic.title)} — ${m.text(topic.question)}${refs}`;
    })
    .join('\n');
}

/** A topic as the CLI's json prints it: exactly the fields `topics --help` documents, in that order. */
export interface TopicJson {
  id: string;
  kind: Topic['kind'];
  title: string;
  score: number;
  evidence: { commits: string[]; files: string[] };
  question: string;
  expert?: Topic['expert'];
  docs?: string[];
  /** The repository the evidence is in (`github.com/acme/api`, or a folder name). */
  repository?: string;
  /** A story's facets (series, tests, help, rework, first touches), when it has some. */
  facets?: { kind: string; text: string }[];
}

/** The CLI's json shape (as `topics --help` documents it): range dates as YYYY-MM-DD or null. */
export interface TopicsJson {
  range: { since: string | null; until: string | null };
  commits: number;
  partial: boolean;
  /** The main list: the topics worth raising (worthRaising.ts), at most ten. */
  topics: TopicJson[];
  /** The rest in ranking order: smaller topics and any beyond the first ten. */
  more: TopicJson[];
  /** What the read noticed (detached HEAD, submodules not mined, ...), as the CLI help promises. */
  notes: string[];
}

/**
 * The CLI's json for a history read and its topics: `{range, commits, partial, topics, more,
 * notes}`, `topics` the main list and `more` the topics listed apart (worthRaising.ts).
 */
export function topicsJson(
  data: HistoryData,
  topics: readonly Topic[],
  more: readonly Topic[] = [],
): TopicsJson {
  return {
    range: { since: data.range.since ?? null, until: data.range.until ?? null },
    commits: data.commits.length,
    partial: data.partial,
    topics: topics.map(topicJson),
    more: more.map(topicJson),
    notes: [...data.notes],
  };
}

/** One topic as the json lists it (TopicJson). */
function topicJson(t: Topic): TopicJson {
  const json: TopicJson = {
    id: t.id,
    kind: t.kind,
    title: t.title,
    score: t.score,
    evidence: { commits: [...t.evidence.commits], files: [...t.evidence.files] },
    question: t.question,
  };
  if (t.expert !== undefined) json.expert = { ...t.expert };
  if (t.docs !== undefined) json.docs = [...t.docs];
  if (t.repository !== undefined) json.repository = t.repository;
  if (t.facets !== undefined) json.facets = t.facets.map((f) => ({ kind: f.kind, text: f.text }));
  return json;
}
