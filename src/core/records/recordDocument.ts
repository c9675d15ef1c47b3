import { problem, type Problem } from '../problem';
import { findConflictMarker } from '../text/conflictMarkers';
import { locateFrontMatter, parseFrontMatter, type FrontMatter } from '../text/frontMatter';
import { detectEol, splitLines, type Line } from '../text/lines';
import { scanHeadings, sectionsOf, type Heading, type Section } from '../text/markdown';
import { t } from '../l10n';

/**
 * A records file read once: its lines, front matter, headings and sections, plus the problems
 * found on the way. `fatal` means the file could not be parsed and must never be written.
 */
export interface RecordDocument {
  file: string;
  text: string;
  lines: Line[];
  eol: '\n' | '\r\n';
  frontMatter?: FrontMatter;
  headings: Heading[];
  sections: Section[];
  problems: Problem[];
  fatal: boolean;
}

/** Reads the structure shared by every records file. */
export function readRecordDocument(
  file: string,
  text: string,
  options: { frontMatter: 'required' | 'optional' },
): RecordDocument {
  const lines = splitLines(text);
  const doc: RecordDocument = {
    file,
    text,
    lines,
    eol: detectEol(text),
    headings: [],
    sections: [],
    problems: [],
    fatal: false,
  };
  const fail = (p: Problem): RecordDocument => {
    doc.problems.push(p);
    doc.fatal = true;
    return doc;
  };
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    return fail(
      problem(
        file,
        1,
        1,
        'error',
        'empty-file',
        t('File is empty; a records file needs at least its front matter.'),
      ),
    );
  }
  const conflict = findConflictMarker(lines);
  if (conflict) {
    return fail(
      problem(
        file,
        conflict.number,
        1,
        'error',
        'conflict-markers',
        t('File has unresolved git conflict markers; resolve the merge before the file is used.'),
      ),
    );
  }
  const block = locateFrontMatter(lines);
  if (block === 'unclosed') {
    return fail(
      problem(
        file,
        1,
        1,
        'error',
        'front-matter-unclosed',
        t('Front matter opened with "---" is never closed with another "---" line.'),
      ),
    );
  }
  if (!block && options.frontMatter === 'required') {
    return fail(
      problem(
        file,
        1,
        1,
        'error',
        'front-matter-missing',
        t(
          'File has no front matter: it must start with a "---" line, then "key: value" lines, then "---".',
        ),
      ),
    );
  }
  let bodyFrom = 0;
  if (block) {
    const parsed = parseFrontMatter(file, text, lines, block);
    doc.problems.push(...parsed.problems);
    if (!parsed.value) {
      doc.fatal = true;
      return doc;
    }
    doc.frontMatter = parsed.value;
    bodyFrom = block.closeLine;
  }
  doc.headings = scanHeadings(lines, bodyFrom);
  doc.sections = sectionsOf(doc.headings, lines.length);
  return doc;
}
