/**
 * The lines a commit added and removed, per file, read from `git log -p -U0
 * --format=format:%x00%H` as it streams (PatchLinesParser keeps sets, never the patch text).
 * Only lines that say something are kept: at least MIN_WORD_CHARS letters or digits, so a "}" or
 * a blank line the mentee added and someone later moved does not make a "same lines" follow-up.
 */

/** One file's changed lines in one commit, trimmed. */
export interface FileLines {
  added: Set<string>;
  removed: Set<string>;
}

/** Per path (after the commit, or before it for a deletion), the changed lines. */
export type PatchLines = Map<string, FileLines>;

const MIN_WORD_CHARS = 4;
// A line is compared by its first characters; a longer one is cut, not kept whole.
const LINE_MAX = 400;
// Per file and side: enough to tell an overlap, bounded for a generated file of a million lines.
const MAX_LINES = 5000;

/** Incremental parser of `git log -p -U0 --format=format:%x00%H` output. */
export class PatchLinesParser {
  private readonly out = new Map<string, PatchLines>();
  private partial = '';
  private cut = false;
  private expectSha = false;
  private commit: PatchLines | undefined;
  private file: FileLines | undefined;
  private oldPath: string | undefined;
  private inHunk = false;

  /** Feeds text split anywhere. */
  push(text: string): void {
    let from = 0;
    while (from < text.length) {
      let stop = from;
      while (stop < text.length && text[stop] !== '\n' && text[stop] !== '\0') stop++;
      this.append(text.slice(from, stop));
      if (stop >= text.length) return;
      this.line(this.partial);
      this.partial = '';
      this.cut = false;
      if (text[stop] === '\0') this.expectSha = true;
      from = stop + 1;
    }
  }

  /** Ends the output; the lines of every commit read. */
  end(): Map<string, PatchLines> {
    if (this.partial !== '') this.line(this.partial);
    this.partial = '';
    return this.out;
  }

  private append(piece: string): void {
    if (this.cut) return;
    const room = LINE_MAX - this.partial.length;
    if (piece.length <= room) this.partial += piece;
    else {
      this.partial += piece.slice(0, room);
      this.cut = true;
    }
  }

  private line(line: string): void {
    if (this.expectSha) {
      this.expectSha = false;
      if (/^[0-9a-f]{40,64}$/.test(line)) {
        this.commit = new Map();
        this.out.set(line, this.commit);
        this.file = undefined;
        this.inHunk = false;
        return;
      }
    }
    if (!this.commit) return;
    if (line.startsWith('diff --git ')) {
      this.file = undefined;
      this.oldPath = undefined;
      this.inHunk = false;
      return;
    }
    if (!this.inHunk) {
      if (line.startsWith('--- ')) this.oldPath = headerPath(line.slice(4), 'a/');
      else if (line.startsWith('+++ ')) {
        const path = headerPath(line.slice(4), 'b/') ?? this.oldPath;
        if (path !== undefined) {
          this.file = this.commit.get(path) ?? { added: new Set(), removed: new Set() };
          this.commit.set(path, this.file);
        }
      } else if (line.startsWith('@@')) this.inHunk = true;
      return;
    }
    if (line.startsWith('@@')) return;
    const side =
      line[0] === '+' ? this.file?.added : line[0] === '-' ? this.file?.removed : undefined;
    if (!side || side.size >= MAX_LINES) return;
    const content = line.slice(1).trim();
    if (wordChars(content) >= MIN_WORD_CHARS) side.add(content);
  }
}

/** Letters and digits in a line, counted up to MIN_WORD_CHARS. */
function wordChars(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (/[\p{L}\p{N}]/u.test(ch) && ++n >= MIN_WORD_CHARS) return n;
  }
  return n;
}

/** The path of a `--- a/x` or `+++ b/x` header; undefined for /dev/null. */
function headerPath(raw: string, prefix: string): string | undefined {
  const text = raw.startsWith('"') ? unquote(raw) : raw;
  return text.startsWith(prefix) ? text.slice(prefix.length) : undefined;
}

/** git's C-style quoting of a path with special characters ("a/tab\there"), undone. */
function unquote(raw: string): string {
  const body = raw.slice(1, raw.endsWith('"') ? -1 : undefined);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[++i];
    const simple: Record<string, number> = {
      n: 10,
      t: 9,
      '"': 34,
      '\\': 92,
      a: 7,
      b: 8,
      f: 12,
      r: 13,
      v: 11,
    };
    if (next !== undefined && /[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else if (next !== undefined) bytes.push(simple[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
