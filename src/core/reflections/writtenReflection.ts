import type { RecordDocument } from '../records/recordDocument';
import { findSection, literalLines } from '../text/markdown';
import { BUILTIN_REFLECTIONS } from './builtinReflections';
import type { ReflectionTemplate } from './reflectionTemplate';

/** A line of a session's Reflection section that a person wrote. */
export interface WrittenLine {
  /** 1-based. */
  line: number;
  /** The line as plain text: list, quote and heading markers, `**` and escapes removed. */
  text: string;
}

/**
 * A markdown line as plain text: list, quote and heading markers, `**strong**` markers and
 * backslash escapes removed, so "- **Weekly** (2026-11-23)" reads "Weekly (2026-11-23)".
 * Underscores stay: in `window.__x` or `__init__.py` they are text more often than emphasis.
 */
export function plainLine(text: string): string {
  return text
    .trim()
    .replace(/^(?:[-*+>](?:\s+|$)|#{1,6}(?:\s+|$)|\d+[.)](?:\s+|$)|\[[ xX]\](?:\s+|$))+/, '')
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '$1')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** The prompt lines of reflection templates, as plain text: what a template wrote, not a person. */
export function templatePromptLines(
  templates: readonly ReflectionTemplate[] = BUILTIN_REFLECTIONS,
): Set<string> {
  const out = new Set<string>();
  for (const t of templates) {
    for (const line of t.body.split(/\r?\n/)) {
      const plain = plainLine(line);
      if (plain !== '') out.add(plain);
    }
  }
  return out;
}

// "**What? So what? Now what?** (2026-11-23)": the title line Add Reflection writes.
const TITLE_LINE = /^\*\*.+\*\* \(\d{4}-\d{2}-\d{2}\)$/;

/**
 * The first line of a session's Reflection section that a person wrote: headings, the title
 * line and prompt lines a reflection template inserted (any line that is a prompt of a known
 * template, or a bare question), empty list items and comments are skipped. Undefined when
 * nothing is written yet: a dashboard or a report must not show a template's heading as the
 * mentee's reflection.
 */
export function firstWrittenLine(
  doc: RecordDocument,
  prompts: ReadonlySet<string> = BUILTIN_PROMPTS,
): WrittenLine | undefined {
  const section = findSection(doc.sections, 'Reflection');
  if (!section) return undefined;
  const literal = literalLines(doc.lines, section.bodyFrom, section.bodyTo);
  for (let i = section.bodyFrom; i < section.bodyTo; i++) {
    const raw = doc.lines[i].text.trim();
    if (raw === '' || literal.has(i) || raw.startsWith('<!--')) continue;
    if (/^#{1,6}(\s|$)/.test(raw) || TITLE_LINE.test(raw)) continue;
    const text = plainLine(raw);
    if (text === '' || prompts.has(text)) continue;
    // Templates and grounded prompts ask; a person answers. A lone question is a prompt.
    if (text.endsWith('?')) continue;
    return { line: doc.lines[i].number, text };
  }
  return undefined;
}

const BUILTIN_PROMPTS = templatePromptLines();
