import { readRecordDocument, type RecordDocument } from '../records/recordDocument';
import { firstWrittenLine } from '../reflections/writtenReflection';
import { findSection, literalLines } from '../text/markdown';

/** A line of an agenda's "### Learning topics" part, read back into its pieces (plain text). */
export interface AgendaTopicLine {
  title: string;
  question: string | null;
  /** Short commit names as the agenda lists them. */
  commits: string[];
  /** 1-based line in the session file. */
  line: number;
}

/** The first line of a session's Reflection section. */
export interface ReflectionHeadline {
  text: string;
  /** 1-based line in the session file. */
  line: number;
}

/** What a progress report reads from a session's body: the reflection headline, agenda topics. */
export interface SessionNotes {
  reflection: ReflectionHeadline | null;
  agendaTopics: AgendaTopicLine[];
}

/** A headline longer than this is cut: it names the reflection, it does not reproduce it. */
export const HEADLINE_MAX = 160;

const TOPICS_HEADING = /^learning topics$/i;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const COMMITS = /[ \t]\(([0-9a-f]{4,40}(?:,[ \t]*[0-9a-f]{4,40})*)\)[ \t]*$/i;
// Only ASCII punctuation can be backslash-escaped in markdown; "C:\dir" keeps its backslash.
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const SEPARATOR = ' \u2014 ';

/**
 * Reads a session's reflection headline (the first non-empty line of "## Reflection", outside
 * code blocks and comments; a heading gives its text) and the lines under "### Learning topics"
 * in its "## Agenda" (as formatAgendaTopics writes them: `- <title> — <question> (<sha7>, ...)`,
 * escapes undone). A file that cannot be parsed gives nothing.
 */
export function readSessionNotes(file: string, text: string): SessionNotes {
  const doc = readRecordDocument(file, text, { frontMatter: 'optional' });
  if (doc.fatal) return { reflection: null, agendaTopics: [] };
  return { reflection: reflectionHeadline(doc), agendaTopics: agendaTopicLines(doc) };
}

function reflectionHeadline(doc: RecordDocument): ReflectionHeadline | null {
  const written = firstWrittenLine(doc);
  if (!written) return null;
  const cut = [...written.text];
  const text = cut.length > HEADLINE_MAX ? `${cut.slice(0, HEADLINE_MAX - 1).join('')}…` : written.text;
  return { text, line: written.line };
}

function agendaTopicLines(doc: RecordDocument): AgendaTopicLine[] {
  const agenda = findSection(doc.sections, 'Agenda');
  if (!agenda) return [];
  const inAgenda = doc.headings.filter(
    (h) => h.index > agenda.bodyFrom - 1 && h.index < agenda.bodyTo,
  );
  const out: AgendaTopicLine[] = [];
  inAgenda.forEach((h, k) => {
    if (h.level !== 3 || !TOPICS_HEADING.test(h.text.trim())) return;
    const to = k + 1 < inAgenda.length ? inAgenda[k + 1].index : agenda.bodyTo;
    const literal = literalLines(doc.lines, h.index + 1, to);
    for (let i = h.index + 1; i < to; i++) {
      if (literal.has(i)) continue;
      const m = BULLET.exec(doc.lines[i].text);
      if (m) out.push(readTopicLine(m[1], doc.lines[i].number));
    }
  });
  return out;
}

function readTopicLine(item: string, line: number): AgendaTopicLine {
  let rest = item.trim();
  let commits: string[] = [];
  const c = COMMITS.exec(rest);
  if (c) {
    commits = c[1].split(',').map((s) => s.trim());
    rest = rest.slice(0, c.index).trimEnd();
  }
  const at = rest.indexOf(SEPARATOR);
  const title = at >= 0 ? rest.slice(0, at) : rest;
  const question = at >= 0 ? rest.slice(at + SEPARATOR.length) : null;
  return {
    title: unescape(title).trim(),
    question: question === null ? null : unescape(question).trim(),
    commits,
    line,
  };
}

function unescape(text: string): string {
  return text.replace(ESCAPED, '$1');
}
