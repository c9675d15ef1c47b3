import type { RecordDocument } from '../records/recordDocument';
import { insideOpenBlock, lastContentLine, type Section } from '../text/markdown';
import type { TextEdit } from '../text/textEdit';
import { refuse, type EditResult } from './editResult';
import { t } from '../l10n';

/** An edit that inserts whole lines before line `index` (or at the end when index is past it). */
export function insertLinesBefore(
  doc: RecordDocument,
  index: number,
  newLines: readonly string[],
): TextEdit {
  const { lines, eol, text } = doc;
  if (index < lines.length && !(index === lines.length - 1 && lines[index].start === text.length)) {
    return {
      start: lines[index].start,
      end: lines[index].start,
      text: newLines.map((l) => l + eol).join(''),
    };
  }
  const endsWithBreak = text.length === 0 || lines[lines.length - 1].start === text.length;
  return {
    start: text.length,
    end: text.length,
    text: endsWithBreak ? newLines.map((l) => l + eol).join('') : eol + newLines.join(eol),
  };
}

const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s/;

/** Appends lines at the end of a section's content, with a blank line where markdown needs one. */
export function appendToSection(
  doc: RecordDocument,
  section: Section,
  newLines: readonly string[],
): TextEdit {
  const end = lastContentLine(doc.lines, section.bodyFrom, section.bodyTo);
  const hasContent = end > section.bodyFrom;
  const lastIsList = hasContent && LIST_ITEM.test(doc.lines[end - 1].text);
  const firstIsList = newLines.length > 0 && LIST_ITEM.test(newLines[0]);
  const firstIsHeading = newLines.length > 0 && newLines[0].startsWith('#');
  const separate = hasContent ? !(lastIsList && firstIsList) : firstIsHeading;
  return insertLinesBefore(
    doc,
    hasContent ? end : section.heading.index + 1,
    separate ? ['', ...newLines] : newLines,
  );
}

/**
 * Creates a level-2 section in its usual place: before the first existing section that follows
 * it in `order`, else after the last one that precedes it, else at the end of the file.
 */
export function createSection(
  doc: RecordDocument,
  name: string,
  order: readonly string[],
  content: readonly string[],
): TextEdit {
  const rank = (n: string) => order.findIndex((o) => o.toLowerCase() === n.toLowerCase());
  const mine = rank(name);
  const block = [`## ${name}`, ...(content.length ? ['', ...content] : [])];
  if (mine >= 0) {
    const next = doc.sections.find((s) => rank(s.name) > mine);
    if (next) {
      const prevBlank =
        next.heading.index === 0 || doc.lines[next.heading.index - 1].text.trim() === '';
      return insertLinesBefore(doc, next.heading.index, [...(prevBlank ? [] : ['']), ...block, '']);
    }
  }
  const end = lastContentLine(doc.lines, 0, doc.lines.length);
  return insertLinesBefore(doc, end, end > 0 ? ['', ...block] : block);
}

/**
 * The insertions as an edit result, refused when one would land inside a code block or an HTML
 * comment left open above it: the new line would be invisible to every reader of the records.
 */
export function checkedInsertions(doc: RecordDocument, edits: TextEdit[]): EditResult {
  const bodyFrom = doc.frontMatter ? doc.frontMatter.block.closeLine : 0;
  for (const edit of edits) {
    let index = doc.lines.findIndex((l) => l.start >= edit.start);
    if (index < 0) index = doc.lines.length;
    if (insideOpenBlock(doc.lines, bodyFrom, index)) {
      return refuse(
        t(
          'Not changed: {0} has a code block or HTML comment that is never closed, and the new line would land inside it. Close it first.',
          doc.file,
        ),
      );
    }
  }
  return { ok: true, edits };
}
