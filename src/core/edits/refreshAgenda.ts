import type { RecordDocument } from '../records/recordDocument';
import { SESSION_SECTIONS } from '../records/session';
import { findSection, lastContentLine } from '../text/markdown';
import type { TextEdit } from '../text/textEdit';
import { refuseUnparsable, type EditResult } from './editResult';
import { checkedInsertions } from './insertLines';
import { lineDiffEdits } from './lineDiffEdits';
import { putInSection } from './putInSection';

/*
 * Preparing an agenda again must not stack a second agenda under the first. The generated lines
 * are remembered in the log itself, as short hashes in one HTML comment at the end of the
 * generated block (invisible in every markdown preview): a later preparation replaces exactly
 * the lines still identical to what was generated, part by part ("### Carried over" where the
 * old carried part was), and leaves every line a person edited, ticked or added where it is.
 */

/** The comment that lists the hashes of the generated lines. */
const MARKER = /^<!-- agenda: ([0-9a-f ]*)-->$/;

/** The comment line for a generated block. */
export function agendaMarker(generated: readonly string[]): string {
  const hashes = generated.filter((l) => l.trim() !== '').map(lineHash);
  return `<!-- agenda: ${hashes.join(' ')}${hashes.length ? ' ' : ''}-->`;
}

/**
 * Puts a freshly generated agenda into a session log's Agenda section, replacing the lines that
 * are unchanged from the last generation (see the comment at the top of this file). A log
 * without the marker (written by hand or by an older version) has its lines identical to the
 * new generation replaced, so at least nothing is doubled. The section is created in its usual
 * place when missing.
 */
export function refreshAgenda(doc: RecordDocument, markdown: string): EditResult {
  const refused = refuseUnparsable(doc);
  if (refused) return refused;
  const fresh = markdown
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''));
  const section = findSection(doc.sections, 'Agenda');
  if (!section) {
    return putInSection(doc, 'Agenda', [...fresh, agendaMarker(fresh)].join('\n'), SESSION_SECTIONS);
  }
  const end = lastContentLine(doc.lines, section.bodyFrom, section.bodyTo);
  const old = doc.lines.slice(section.bodyFrom, end).map((l) => l.text);
  const body = mergeAgenda(old, fresh);
  if (old.length === 0) body.unshift('');
  const edits: TextEdit[] = lineDiffEdits(doc, section.bodyFrom, end, body);
  return checkedInsertions(doc, edits);
}

/** The new body of the Agenda section: the old one with its generated lines replaced. */
export function mergeAgenda(old: readonly string[], fresh: readonly string[]): string[] {
  const markerAt = old.findIndex((l) => MARKER.test(l.trim()));
  const known =
    markerAt >= 0
      ? new Set(MARKER.exec(old[markerAt].trim())![1].split(' ').filter(Boolean))
      : new Set(fresh.filter((l) => l.trim() !== '').map(lineHash));
  const kind = old.map((line, i): 'marker' | 'generated' | 'blank' | 'person' => {
    if (i === markerAt) return 'marker';
    if (line.trim() === '') return 'blank';
    return known.has(lineHash(line.replace(/\s+$/, ''))) ? 'generated' : 'person';
  });
  const personLines = new Set(old.filter((_, i) => kind[i] === 'person'));
  const parts = splitParts(fresh);
  const emitted = new Set<string>();
  const out: string[] = [];
  let lastGenerated = -1;
  // The lines of one new part, less those a person already wrote word for word.
  const partLines = (title: string): string[] => {
    const lines = parts.get(title);
    if (!lines || emitted.has(title)) return [];
    emitted.add(title);
    return lines.filter((l, i) => (i === 0 && title !== '') || !personLines.has(l));
  };
  const emitAt = (at: number, titles: readonly string[]) => {
    const block: string[] = [];
    for (const t of titles) {
      const lines = partLines(t);
      if (lines.length === 0) continue;
      const prev = block.length ? block[block.length - 1] : at > 0 ? out[at - 1] : undefined;
      if (prev !== undefined && prev.trim() !== '') block.push('');
      block.push(...lines);
    }
    if (block.length === 0) return;
    const next = out[at];
    if (next !== undefined && next.trim() !== '') block.push('');
    out.splice(at, 0, ...block);
    lastGenerated = at + block.length - 1 - (next !== undefined && next.trim() !== '' ? 1 : 0);
  };
  let anchored = false;
  old.forEach((line, i) => {
    switch (kind[i]) {
      case 'marker':
        return;
      case 'blank':
        // Blank lines next to generated lines are the generator's own separators: dropped, and
        // made again where they are needed.
        if (out.length === 0 || (out[out.length - 1].trim() !== '' && nextKind(kind, i) === 'person'))
          out.push('');
        return;
      case 'generated': {
        const title = headingTitle(line);
        const first = !anchored;
        anchored = true;
        if (title === undefined || !parts.has(title)) {
          if (first) emitAt(out.length, ['']);
          return;
        }
        // The new parts up to this one that the old agenda had no heading for come first.
        const titles: string[] = [];
        for (const t of parts.keys()) {
          if (t === title) break;
          if (!oldHasHeading(old, kind, t)) titles.push(t);
        }
        emitAt(out.length, [...titles, title]);
        return;
      }
      case 'person':
        out.push(line);
        return;
    }
  });
  // Parts with no place in the old agenda: after the last generated line, or at the end.
  const pending = [...parts.keys()].filter((t) => !emitted.has(t));
  emitAt(anchored && lastGenerated >= 0 ? lastGenerated + 1 : out.length, pending);
  // The marker closes the generated block.
  out.splice(lastGenerated >= 0 ? lastGenerated + 1 : out.length, 0, agendaMarker(fresh));
  while (out.length > 1 && out[out.length - 1].trim() === '') out.pop();
  return out;
}

function nextKind(kind: readonly string[], i: number): string | undefined {
  for (let j = i + 1; j < kind.length; j++) if (kind[j] !== 'blank') return kind[j];
  return undefined;
}

function oldHasHeading(old: readonly string[], kind: readonly string[], title: string): boolean {
  return old.some((l, i) => kind[i] === 'generated' && headingTitle(l) === title);
}

/** "### Carried over" -> "Carried over"; undefined for any other line. */
function headingTitle(line: string): string | undefined {
  const m = /^###\s+(.+?)\s*$/.exec(line);
  return m ? m[1] : undefined;
}

/** The generated agenda by part: '' for lines before the first "###" heading, then each part. */
function splitParts(lines: readonly string[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  let title = '';
  for (const line of lines) {
    const t = headingTitle(line);
    if (t !== undefined) title = t;
    if (line.trim() === '') continue;
    if (!parts.has(title)) parts.set(title, []);
    parts.get(title)!.push(line);
  }
  return parts;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell a line from the others of one agenda. */
export function lineHash(line: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < line.length; i++) {
    h ^= line.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
