import type { RecordDocument } from '../records/recordDocument';
import { findSection } from '../text/markdown';
import { refuseUnparsable, type EditResult } from './editResult';
import { appendToSection, checkedInsertions, createSection } from './insertLines';

/**
 * Appends text to a level-2 section, creating the section in its usual place (by `order`) when
 * it is missing. Nothing else in the file moves.
 */
export function putInSection(
  doc: RecordDocument,
  sectionName: string,
  content: string,
  order: readonly string[],
): EditResult {
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const newLines = content.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const section = findSection(doc.sections, sectionName);
  return checkedInsertions(doc, [
    section
      ? appendToSection(doc, section, newLines)
      : createSection(doc, sectionName, order, newLines),
  ]);
}
