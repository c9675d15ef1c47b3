import { readRecordDocument, type RecordDocument } from '../records/recordDocument';
import { findSection, literalLines } from '../text/markdown';

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

/**
 * A markdown line as a headline: list, quote and heading markers, `**strong**` markers and
 * backslash escapes removed, so "- **Weekly** (2026-11-23)" reads "Weekly (2026-11-23)".
 * Underscores stay: in `window.__x` or `__init__.py` they are text more often than emphasis.
 * Still plain text: the webview shows it with textContent.
 */
export function plainLine(text: string): string {
  return text
    .trim()
    .replace(/^(?:[-*+>]\s+|#{1,6}\s+|\d+[.)]\s+)+/, '')
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** The first line with content in a session's Reflection section, skipping HTML comments. */
export function reflectionHeadline(doc: RecordDocument): SessionLine | undefined {
  const section = findSection(doc.sections, 'Reflection');
  if (!section) return undefined;
  const literal = literalLines(doc.lines, section.bodyFrom, section.bodyTo);
  for (let i = section.bodyFrom; i < section.bodyTo; i++) {
    const raw = doc.lines[i].text.trim();
    if (raw === '' || literal.has(i) || raw.startsWith('<!--')) continue;
    const text = plainLine(raw);
    if (text !== '') return { line: doc.lines[i].number, text: truncateText(text) };
  }
  return undefined;
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
