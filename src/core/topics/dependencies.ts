import { HUNK_PARSERS } from './hunkDependencies';
import { manifestFormat, type ManifestFormat } from './paths';
import { SECTION_PARSERS, type SideLine } from './sectionDependencies';

export { MAX_DEPENDENCY_NAME } from './manifestText';

/*
 * Reading added dependencies from a manifest's diff. The git layer asks for the whole file as
 * context (`-U<large>`): then the one hunk starts at line 1 and each format's sections can be
 * followed exactly (sectionDependencies). A hunk that does not start at the top (a `-U0` or
 * `-U3` diff, or bare "+"/"-" lines) is read best effort, line by line (hunkDependencies).
 *
 * Every parser scans by hand or with anchored indexOf calls, in time linear in the patch's
 * length: a hostile 50,000-character line must not stall the read, and no regular expression
 * ever sees repository text.
 */

/** One line of a hunk: context (" "), added ("+") or removed ("-"). */
interface HunkLine {
  kind: ' ' | '+' | '-';
  text: string;
}

/** One hunk of a diff: the text after its "@@ ... @@" header, and its lines. */
interface Hunk {
  context: string;
  /** The file's first hunk, starting at line 1 of both sides: every line before it is known. */
  fromTop: boolean;
  lines: HunkLine[];
}

/**
 * The dependencies a change to a manifest adds, from the manifest's unified diff (the hunks of
 * one file): names on added lines, in a dependency section where the diff shows the sections,
 * that the old side of the diff does not name already (a version bump or a move between tables
 * removes and adds the same name: not a new dependency).
 */
export function addedDependencies(manifest: string, patch: string): string[] {
  const format = manifestFormat(manifest);
  if (format === undefined) return [];
  const known = new Set<string>();
  const added: string[] = [];
  for (const hunk of splitHunks(patch)) {
    if (hunk.fromTop) {
      const parse = SECTION_PARSERS[format];
      const before: SideLine[] = [];
      const after: SideLine[] = [];
      for (const line of hunk.lines) {
        if (line.kind !== '+') before.push({ text: line.text, changed: line.kind === '-' });
        if (line.kind !== '-') after.push({ text: line.text, changed: line.kind === '+' });
      }
      for (const found of parse(before, 'removed')) known.add(keyOf(format, found.name));
      for (const found of parse(after, 'added')) if (found.changed) added.push(found.name);
    } else {
      const parse = HUNK_PARSERS[format];
      const removed = hunk.lines.filter((l) => l.kind === '-').map((l) => l.text);
      const plus = hunk.lines.filter((l) => l.kind === '+').map((l) => l.text);
      for (const name of parse(removed, hunk.context, 'removed')) known.add(keyOf(format, name));
      for (const name of parse(plus, hunk.context, 'added')) added.push(name);
    }
  }
  const seen = new Set<string>();
  const result: string[] = [];
  for (const name of added) {
    const key = keyOf(format, name);
    if (known.has(key) || seen.has(key)) continue;
    seen.add(key);
    result.push(name);
  }
  return result;
}

/** The key two spellings of one dependency share: Python names normalise "-", "_" and ".". */
function keyOf(format: ManifestFormat, name: string): string {
  const lower = name.toLowerCase();
  if (format === 'pom.xml') return lower.slice(lower.lastIndexOf(':') + 1);
  if (format !== 'requirements.txt' && format !== 'pyproject.toml') return lower;
  let key = '';
  for (const ch of lower) {
    const separator = ch === '-' || ch === '_' || ch === '.';
    if (!separator) key += ch;
    else if (!key.endsWith('-')) key += '-';
  }
  return key;
}

/** The number at `at` in a hunk header, or undefined when there is none. */
function numberAt(header: string, at: number): number | undefined {
  let end = at;
  while (end < header.length && header[end] >= '0' && header[end] <= '9') end++;
  return end === at || end - at > 12 ? undefined : Number(header.slice(at, end));
}

/** True for a hunk header "@@ -a[,b] +c[,d] @@" whose both sides start at line 1 (or 0: empty). */
function startsAtTop(header: string): boolean {
  const minus = header.indexOf(' -');
  const plus = minus < 0 ? -1 : header.indexOf(' +', minus + 2);
  if (plus < 0) return false;
  const oldStart = numberAt(header, minus + 2);
  const newStart = numberAt(header, plus + 2);
  return oldStart !== undefined && newStart !== undefined && oldStart <= 1 && newStart <= 1;
}

/**
 * The hunks of a unified diff. File headers ("--- a/x", "+++ b/x") come before a file's first
 * "@@", so they are skipped there and read as content inside a hunk; lines before any "@@" still
 * count (as a hunk not from the top), for callers that pass bare "+"/"-" lines. An empty line
 * inside a hunk is an empty context line.
 */
function splitHunks(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let hunk: Hunk = { context: '', fromTop: false, lines: [] };
  let inHeader = true;
  let first = true;
  for (const raw of patch.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('@@')) {
      hunks.push(hunk);
      const close = line.indexOf('@@', 2);
      hunk = {
        context: close < 0 ? '' : line.slice(close + 2).trim(),
        fromTop: first && close > 0 && startsAtTop(line.slice(0, close)),
        lines: [],
      };
      inHeader = false;
      first = false;
    } else if (line.startsWith('diff ')) {
      inHeader = true;
      first = true;
    } else if (inHeader && (line.startsWith('+++') || line.startsWith('---'))) {
      continue;
    } else if (line.startsWith('+') || line.startsWith('-')) {
      hunk.lines.push({ kind: line[0] === '+' ? '+' : '-', text: line.slice(1) });
    } else if (!inHeader && (line.startsWith(' ') || line === '')) {
      hunk.lines.push({ kind: ' ', text: line.slice(1) });
    }
  }
  hunks.push(hunk);
  return hunks.filter((h) => h.lines.some((l) => l.kind !== ' '));
}
