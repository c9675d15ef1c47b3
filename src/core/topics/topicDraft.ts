import type { Commit, HistoryData } from './historyData';
import type { Topic } from './topic';

/** A topic before its question is chosen; `subject` is what the question talks about. */
export type TopicDraft = Omit<Topic, 'question' | 'subject'> & { subject: string };

/** What every signal reads: the history, the clock and the order of the commits. */
export interface TopicContext {
  data: HistoryData;
  /** "Now" in seconds since the epoch. */
  now: number;
  /** Each range commit's position in data.commits (newest first), by sha. */
  order: ReadonlyMap<string, number>;
}

/** At most this many commits and this many files back a topic. */
export const MAX_EVIDENCE = 20;

/** Titles and subjects cut repository names and paths to this many characters. */
export const MAX_NAME = 80;

/** A context for `data` at `now`. */
export function topicContext(data: HistoryData, now: number): TopicContext {
  const order = new Map<string, number>();
  data.commits.forEach((c, i) => {
    if (!order.has(c.sha)) order.set(c.sha, i);
  });
  return { data, now, order };
}

/**
 * The evidence of a topic: its commits newest first (in the order of data.commits, each once,
 * unknown shas left out) and its files in the order given, each once, both capped.
 */
export function evidence(
  ctx: TopicContext,
  shas: Iterable<string>,
  files: Iterable<string>,
): Topic['evidence'] {
  const commits = [...new Set(shas)]
    .filter((sha) => ctx.order.has(sha))
    .sort((a, b) => (ctx.order.get(a) ?? 0) - (ctx.order.get(b) ?? 0))
    .slice(0, MAX_EVIDENCE);
  const unique: string[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    unique.push(file);
    if (unique.length === MAX_EVIDENCE) break;
  }
  return { commits, files: unique };
}

/**
 * Adds a file to evidence being collected, each once and at most MAX_EVIDENCE: signals collect
 * files as they go, so that a commit of 150,000 files costs no more memory than one of twenty (and
 * never reaches a spread into a call, which overflows the stack on arrays that large).
 */
export function addEvidenceFile(files: string[], path: string): void {
  if (files.length < MAX_EVIDENCE && !files.includes(path)) files.push(path);
}

/** addEvidenceFile for each of a commit's files, stopping once the evidence is full. */
export function addEvidenceFiles(files: string[], changes: readonly { path: string }[]): void {
  for (const change of changes) {
    if (files.length >= MAX_EVIDENCE) return;
    addEvidenceFile(files, change.path);
  }
}

/** `text` cut to `max` characters, ending with "…" when cut (never splitting a surrogate pair). */
export function truncate(text: string, max = MAX_NAME): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

/** A directory as people say it: "the top folder" for "". */
export function dirName(dir: string): string {
  return dir === '' ? 'the top folder' : truncate(dir);
}

/** "1 commit", "3 commits". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Lines added plus deleted of a commit's files that pass `keep`. */
export function linesOf(commit: Commit, keep: (path: string) => boolean = () => true): number {
  let lines = 0;
  for (const f of commit.files) if (keep(f.path)) lines += f.added + f.deleted;
  return lines;
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
