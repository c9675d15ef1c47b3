import { readRecordDocument, type RecordDocument } from '../records/recordDocument';
import { firstWrittenLine, plainLine } from '../reflections/writtenReflection';
import { findSection } from '../text/markdown';

export { plainLine };

/** Longer lines are cut for display: a dashboard shows headlines, not notes. */
export const MAX_DISPLAY_CHARS = 200;

/** A line of a session file and its text. */
export interface SessionLine {
  /** 1-based. */
  line: number;
  text: string;
}

/** Reads a session's structure (headings and sections) for the dashboard; undefined if unusable. */
export function readSessionDocument(file: string, text: string): RecordDocument | undefined {
  const doc = readRecordDocument(file, text, { frontMatter: 'optional' });
  return doc.fatal ? undefined : doc;
}

/** Text cut to `max` characters with an ellipsis. */
export function truncateText(text: string, max = MAX_DISPLAY_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

/** The first line a person wrote in a session's Reflection section (not a template's prompt). */
export function reflectionHeadline(doc: RecordDocument): SessionLine | undefined {
  const written = firstWrittenLine(doc);
  return written && { line: written.line, text: truncateText(written.text) };
}

/**
 * The titles under "### Learning topics" in a session's Agenda section, as Prepare Agenda and
 * Add to Agenda write them: `- <title> — <question> (<sha7>, ...)`, the title markdown-escaped.
 */
export function agendaTopicTitles(doc: RecordDocument): SessionLine[] {
  const agenda = findSection(doc.sections, 'Agenda');
  if (!agenda) return [];
  const heading = doc.headings.find(
    (h) =>
      h.level === 3 &&
      h.index > agenda.heading.index &&
      h.index < agenda.bodyTo &&
      h.text.trim().toLowerCase() === 'learning topics',
  );
  if (!heading) return [];
  const next = doc.headings.find((h) => h.index > heading.index);
  const to = Math.min(agenda.bodyTo, next ? next.index : agenda.bodyTo);
  const out: SessionLine[] = [];
  for (let i = heading.index + 1; i < to; i++) {
    const m = /^\s*[-*+]\s+(.*)$/.exec(doc.lines[i].text);
    if (!m) continue;
    const title = plainLine(m[1].split(' \u2014 ')[0]);
    if (title !== '') out.push({ line: doc.lines[i].number, text: truncateText(title) });
  }
  return out;
}

/** The 1-based line of a front-matter key, when the document has it. */
export function frontMatterLine(doc: RecordDocument, key: string): number | undefined {
  return doc.frontMatter?.entries.find((e) => e.key === key)?.line;
}
