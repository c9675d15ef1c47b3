import type { Commit, FileChange } from '../core/topics/historyData';

/*
 * Incremental parsers of the exact git output formats the history read asks for. They do no I/O:
 * text goes in as it arrives (split anywhere, even inside a field), complete records come out.
 *
 * Why NUL: with `-z` git ends every field, path and commit with NUL, and NUL is the one character
 * that can be in neither a commit message (git refuses it) nor a path. Everything else, including
 * newlines, tabs and control characters, arrives verbatim, so no field is ever split by content.
 *
 * The shape of `git log -z --numstat --format=format:F1%x00...Fn%x00` (seen on git 2.39):
 *   F1 \0 ... Fn \0 [ \n N \t N \t path \0 ]... \0 F1 \0 ...
 * The fields come first, each ended by our %x00; then, when the commit changed files, a newline
 * and the numstat entries (a rename is `N \t N \t \0 old \0 new \0`); then an empty token (git's
 * NUL between commits). `--name-only` has the same shape with bare paths. A field may be empty
 * (a root commit has no parents), so the header is counted, never recognised by its content.
 * A commit that changed no files is its fields and the empty token, with no newline between.
 *
 * Memory: a field is never held longer than its cap (a subject 200 characters, a body 4,096), so
 * a 1 MB commit message is dropped as it streams past instead of being built up and cut.
 */

/** The subject's cap in characters (historyData.ts promises it). */
export const SUBJECT_MAX = 200;
/** The body's cap in characters (historyData.ts promises it). */
export const BODY_MAX = 4096;

// Longer than any real path (Linux PATH_MAX is 4,096 bytes); a longer one is cut, not kept whole.
const PATH_MAX = 65_536;
// An identity is one line; a very long one is cut for display.
const IDENT_MAX = 200;
// Trailer values arrive as one field; a message made of thousands of trailers is cut.
const TRAILERS_MAX = 16_384;
const MAX_CO_AUTHORS = 20;
// Enough of a numstat entry of a commit we skip to tell `N\tN\t` (a rename) from one with a path.
const SKIPPED_MAX = 64;

const LOG_FIELDS = [
  '%H',
  '%P',
  '%aN',
  '%aE',
  '%at',
  '%s',
  '%b',
  '%(trailers:key=Co-authored-by,valueonly,unfold)',
  '%(trailers:key=Mentoring-Goal,valueonly,unfold)',
] as const;

/**
 * The arguments that make `git log` print what LogParser reads: NUL-separated fields (full sha,
 * parents, mailmapped author name and email, author time, subject, body, the Co-authored-by and
 * Mentoring-Goal trailer values one per line), then numstat with renames. `--encoding` pins the
 * messages to UTF-8 whatever `i18n.logOutputEncoding` the repository sets. The caller adds
 * `--use-mailmap` so that %aN/%aE and `--author` see the mapped identity.
 */
export const LOG_FORMAT_ARGS: readonly string[] = [
  '-z',
  '--numstat',
  '-M',
  '--encoding=UTF-8',
  `--format=format:${LOG_FIELDS.join('%x00')}%x00`,
];

/**
 * The arguments for `git log` when blobs may be missing (a blobless partial clone): the fields of
 * LOG_FORMAT_ARGS, then the bare paths each commit changed, which git reads from trees alone.
 * `--no-renames` because finding a rename that is not exact compares blob contents, which git
 * would have to fetch. LogParser reads it with the option `names`.
 */
export const LOG_NAMES_FORMAT_ARGS: readonly string[] = [
  '-z',
  '--name-only',
  '--no-renames',
  '--encoding=UTF-8',
  `--format=format:${LOG_FIELDS.join('%x00')}%x00`,
];

/** How many header fields TOUCH_FORMAT_ARGS prints; TouchParser is built with it. */
export const TOUCH_FIELD_COUNT = 5;

/**
 * The arguments for a `git log` that TouchParser reads with TOUCH_FIELD_COUNT fields: the
 * mailmapped author name and email, the author time, the full sha and the parents (so a shallow
 * clone's boundary commit can be recognised), then the paths each commit touched. `--no-renames`
 * lists both sides of a rename, since the author touched both paths.
 */
export const TOUCH_FORMAT_ARGS: readonly string[] = [
  '-z',
  '--name-only',
  '--no-renames',
  '--encoding=UTF-8',
  '--format=format:%aN%x00%aE%x00%at%x00%H%x00%P%x00',
];

/**
 * The arguments for a `git log` that TouchParser reads with the same three fields as
 * TOUCH_FORMAT_ARGS but no paths (no diff is asked for: each commit is its header and an empty
 * token).
 */
export const ACTIVITY_FORMAT_ARGS: readonly string[] = [
  '-z',
  '--encoding=UTF-8',
  '--format=format:%aN%x00%aE%x00%at%x00',
];

/**
 * The most characters of one file's patch PatchParser keeps; a longer one comes out `truncated`.
 * Also the context asked of git in lines: a file with more lines than that has a patch of more
 * characters (every patch line is at least a prefix and a newline), so any patch under the cap
 * holds the whole file.
 */
export const PATCH_SECTION_MAX = 2 * 1024 * 1024;

/**
 * The arguments for `git log -p` that PatchParser reads: each commit starts with a line of NUL and
 * the sha; every file as one hunk with all its lines as context (the dependency reader needs to
 * know which section of a manifest a line is in); prefixes fixed as a/ and b/ whatever
 * `diff.noprefix` or `diff.mnemonicPrefix` say. The caller also sets `diff.suppressBlankEmpty=false`
 * so that an empty context line keeps its leading space.
 */
export const PATCH_FORMAT_ARGS: readonly string[] = [
  '-p',
  `--unified=${PATCH_SECTION_MAX}`,
  '-M',
  '--no-color',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--encoding=UTF-8',
  '--format=format:%x00%H',
];

/**
 * Splits text into NUL-ended tokens across pushes, keeping at most `cap()` characters of each
 * token (the caller's cap for the field it expects next) and saying when it cut one. Also reads
 * plain NUL-separated lists such as `git ls-tree -z --name-only`.
 */
export class NulTokens {
  private partial = '';
  private cut = false;

  constructor(
    private readonly cap: () => number,
    private readonly onToken: (token: string, truncated: boolean) => void,
  ) {}

  /** Feeds text; calls back once for each token it completes. */
  push(text: string): void {
    let from = 0;
    for (;;) {
      const nul = text.indexOf('\0', from);
      this.append(text, from, nul < 0 ? text.length : nul);
      if (nul < 0) return;
      this.emit();
      from = nul + 1;
    }
  }

  /** Emits an unterminated last token, if any; true when there was one. */
  flush(): boolean {
    if (this.partial === '' && !this.cut) return false;
    this.emit();
    return true;
  }

  /** Characters held for the token in progress (bounded by its cap). */
  get buffered(): number {
    return this.partial.length;
  }

  private emit(): void {
    const token = this.partial;
    const truncated = this.cut;
    this.partial = '';
    this.cut = false;
    this.onToken(token, truncated);
  }

  private append(text: string, from: number, to: number): void {
    if (from >= to) return;
    const room = this.cap() - this.partial.length;
    if (to - from <= room) {
      this.partial += from === 0 && to === text.length ? text : text.slice(from, to);
      return;
    }
    if (room > 0) this.partial += text.slice(from, from + room);
    this.cut = true;
  }
}

/** Options of LogParser. */
export interface LogParserOptions {
  /**
   * Decides from the mailmapped author name and email (as git printed them) whether a commit is
   * kept; a commit left out costs no FileChange objects.
   */
  accept?: (name: string, email: string) => boolean;
  /**
   * The output is LOG_NAMES_FORMAT_ARGS': bare paths instead of numstat entries, each read as a
   * change of 0 lines (the counts are unknown, not zero).
   */
  names?: boolean;
}

type LogState = 'header' | 'files' | 'renameFrom' | 'renameTo';

/** Parses the output of `git log` with LOG_FORMAT_ARGS into Commit objects, incrementally. */
export class LogParser {
  private readonly tokens: NulTokens;
  private state: LogState = 'header';
  private fields: string[] = [];
  private cuts: boolean[] = [];
  private commit: Commit | undefined;
  private skipping = false;
  private firstFile = true;
  private pending: Omit<FileChange, 'path'> | undefined;
  private out: Commit[] = [];
  private seen = 0;

  constructor(private readonly options: LogParserOptions = {}) {
    this.tokens = new NulTokens(
      () => this.capOfNext(),
      (t, cut) => this.token(t, cut),
    );
  }

  /** Feeds the next piece of output; returns the commits completed by it. */
  push(text: string): Commit[] {
    this.tokens.push(text);
    return this.take();
  }

  /** Ends the output; returns the last commits. Throws when it stopped inside a commit's header. */
  end(): Commit[] {
    this.tokens.flush();
    if (this.state === 'header' && this.fields.length > 0) {
      throw new Error('git log output ended inside a commit header');
    }
    if (this.state === 'renameFrom' || this.state === 'renameTo') {
      throw new Error('git log output ended inside a rename');
    }
    this.finishCommit();
    return this.take();
  }

  /** How many commits were read so far, kept or not. */
  get commitsRead(): number {
    return this.seen;
  }

  /** Characters held for an unfinished token: stays under the largest cap however much is fed. */
  get bufferedChars(): number {
    return this.tokens.buffered;
  }

  private take(): Commit[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private capOfNext(): number {
    if (this.state !== 'header') return this.skipping ? SKIPPED_MAX : PATH_MAX;
    switch (this.fields.length) {
      case 2:
      case 3:
        return IDENT_MAX * 4;
      case 5:
        return SUBJECT_MAX;
      case 6:
        return BODY_MAX;
      case 7:
      case 8:
        return TRAILERS_MAX;
      default:
        return PATH_MAX;
    }
  }

  private token(token: string, cut: boolean): void {
    switch (this.state) {
      case 'header':
        this.fields.push(token);
        this.cuts.push(cut);
        if (this.fields.length === LOG_FIELDS.length) this.startCommit();
        return;
      case 'files':
        if (token === '') {
          this.finishCommit();
          return;
        }
        if (this.options.names) this.name(token);
        else this.numstat(token, cut);
        return;
      case 'renameFrom':
        if (this.pending) this.pending.oldPath = token;
        this.state = 'renameTo';
        return;
      case 'renameTo':
        if (this.pending && this.commit) this.commit.files.push({ ...this.pending, path: token });
        this.pending = undefined;
        this.state = 'files';
        return;
    }
  }

  private startCommit(): void {
    const [sha, parents, name, email, time, subject, body, coAuthors, goals] = this.fields;
    if (!/^[0-9a-f]{40,64}$/.test(sha)) {
      throw new Error(`git log output is not in the expected format (at "${sha.slice(0, 40)}")`);
    }
    this.seen++;
    this.skipping = this.options.accept ? !this.options.accept(name, email) : false;
    const seconds = /^-?\d{1,15}$/.test(time) ? Number(time) : 0;
    this.commit = this.skipping
      ? undefined
      : {
          sha,
          parents: parents.split(' ').filter((p) => p !== ''),
          authorName: cleanLine(name, IDENT_MAX),
          authorEmail: cleanLine(email, IDENT_MAX),
          time: seconds,
          date: utcDate(seconds),
          subject: capText(cleanLine(subject), SUBJECT_MAX, this.cuts[5]),
          body: capText(cleanBody(body), BODY_MAX, this.cuts[6]),
          coAuthors: trailerLines(coAuthors)
            .map((v) => cleanLine(v, IDENT_MAX))
            .slice(0, MAX_CO_AUTHORS),
          goalRefs: [...new Set(trailerLines(goals).filter((v) => /^G\d{1,9}$/.test(v)))],
          files: [],
        };
    this.fields = [];
    this.cuts = [];
    this.state = 'files';
    this.firstFile = true;
  }

  private name(raw: string): void {
    // As with numstat, one newline comes between the header and the first path.
    const path = this.firstFile && raw.startsWith('\n') ? raw.slice(1) : raw;
    this.firstFile = false;
    this.commit?.files.push({ path, added: 0, deleted: 0, binary: false });
  }

  private numstat(raw: string, cut: boolean): void {
    // git puts one newline between the header and the first entry.
    const token = this.firstFile && raw.startsWith('\n') ? raw.slice(1) : raw;
    this.firstFile = false;
    const tab1 = token.indexOf('\t');
    const tab2 = tab1 < 0 ? -1 : token.indexOf('\t', tab1 + 1);
    const added = token.slice(0, tab1);
    const deleted = token.slice(tab1 + 1, tab2);
    if (tab2 < 0 || !/^(\d+|-)$/.test(added) || !/^(\d+|-)$/.test(deleted)) {
      throw new Error('git log output is not in the expected format (a numstat entry)');
    }
    const binary = added === '-' || deleted === '-';
    const change = {
      added: binary ? 0 : Number(added),
      deleted: binary ? 0 : Number(deleted),
      binary,
    };
    const path = token.slice(tab2 + 1);
    if (path === '' && !cut) {
      this.pending = change;
      this.state = 'renameFrom';
    } else if (this.commit) {
      this.commit.files.push({ path, ...change });
    }
  }

  private finishCommit(): void {
    if (this.commit) this.out.push(this.commit);
    this.commit = undefined;
    this.skipping = false;
    this.state = 'header';
  }
}

/** A commit from a TouchParser read: its header fields and the paths it touched. */
export interface TouchRecord {
  fields: string[];
  paths: string[];
}

/**
 * Parses `git log -z` output made of `fieldCount` NUL-ended fields per commit followed by paths
 * (TOUCH_FORMAT_ARGS) or by nothing (ACTIVITY_FORMAT_ARGS).
 */
export class TouchParser {
  private readonly tokens: NulTokens;
  private inPaths = false;
  private fields: string[] = [];
  private paths: string[] = [];
  private skipping = false;
  private out: TouchRecord[] = [];
  private seen = 0;

  /**
   * `accept` sees the header fields (as git printed them) and decides whether the commit is
   * kept; the paths of a commit left out are not collected.
   */
  constructor(
    private readonly fieldCount: number,
    private readonly accept: (fields: readonly string[]) => boolean = () => true,
  ) {
    this.tokens = new NulTokens(
      () => (this.inPaths ? (this.skipping ? 1 : PATH_MAX) : IDENT_MAX * 4),
      (t) => this.token(t),
    );
  }

  /** Feeds the next piece of output; returns the commits completed by it. */
  push(text: string): TouchRecord[] {
    this.tokens.push(text);
    return this.take();
  }

  /** Ends the output; returns the last commits. Throws when it stopped inside a header. */
  end(): TouchRecord[] {
    this.tokens.flush();
    if (!this.inPaths && this.fields.length > 0) {
      throw new Error('git log output ended inside a commit header');
    }
    this.finish();
    return this.take();
  }

  /** How many commits were read so far, kept or not. */
  get commitsRead(): number {
    return this.seen;
  }

  private take(): TouchRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private token(token: string): void {
    if (!this.inPaths) {
      this.fields.push(token);
      if (this.fields.length === this.fieldCount) {
        this.seen++;
        this.inPaths = true;
        this.skipping = !this.accept(this.fields);
      }
      return;
    }
    if (token === '') {
      this.finish();
      return;
    }
    if (this.skipping) return;
    // The first path follows the header after one newline (which a path may itself start with).
    this.paths.push(this.paths.length === 0 && token.startsWith('\n') ? token.slice(1) : token);
  }

  private finish(): void {
    if (this.inPaths && !this.skipping) this.out.push({ fields: this.fields, paths: this.paths });
    this.inPaths = false;
    this.skipping = false;
    this.fields = [];
    this.paths = [];
  }
}

/** One file's part of a commit's patch: its path after the commit and its hunk. */
export interface PatchSection {
  sha: string;
  path: string;
  /**
   * The hunk lines (`@@`, `+`, `-`, ` ` context, `\`), newline-joined; a line over 64 KiB is left
   * out. At most PATCH_SECTION_MAX characters.
   */
  patch: string;
  /** The patch was longer than PATCH_SECTION_MAX: `patch` holds only its start. */
  truncated: boolean;
}

// A hostile manifest can hold a megabyte on one line; no dependency name needs that much.
const PATCH_LINE_MAX = 65_536;

/** Parses `git log` output with PATCH_FORMAT_ARGS into per-file sections, incrementally. */
export class PatchParser {
  private line = '';
  private lineCut = false;
  private sha: string | undefined;
  private section:
    | { path?: string; lines: string[]; size: number; inHunks: boolean; truncated: boolean }
    | undefined;
  private out: PatchSection[] = [];

  /** Feeds the next piece of output; returns the sections completed by it. */
  push(text: string): PatchSection[] {
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      const to = nl < 0 ? text.length : nl;
      const room = PATCH_LINE_MAX - this.line.length;
      if (to - from > room) {
        this.line += text.slice(from, from + Math.max(room, 0));
        this.lineCut = true;
      } else this.line += text.slice(from, to);
      if (nl < 0) break;
      this.onLine(this.line, this.lineCut);
      this.line = '';
      this.lineCut = false;
      from = nl + 1;
    }
    return this.take();
  }

  /** Ends the output; returns the last sections. */
  end(): PatchSection[] {
    if (this.line !== '') this.onLine(this.line, this.lineCut);
    this.line = '';
    this.finishSection();
    return this.take();
  }

  private take(): PatchSection[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private onLine(line: string, cut: boolean): void {
    // Hunk lines always start with '+', '-', ' ' or '\', so these cannot come from file content.
    if (line.startsWith('\0')) {
      this.finishSection();
      const sha = line.slice(1);
      this.sha = /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
      return;
    }
    if (line.startsWith('diff --git ')) {
      this.finishSection();
      this.section = { lines: [], size: 0, inHunks: false, truncated: false };
      return;
    }
    const s = this.section;
    if (!s) return;
    if (!s.inHunks) {
      if (line.startsWith('+++ ')) s.path = diffHeaderPath(line.slice(4));
      else if (line.startsWith('@@')) s.inHunks = true;
      if (!s.inHunks) return;
    }
    if (!/^[-+ @\\]/.test(line) || cut || s.truncated) return;
    if (s.size + line.length > PATCH_SECTION_MAX) {
      // Every later line is dropped too, so `patch` stays an unbroken start of the file's patch.
      s.truncated = true;
      return;
    }
    s.lines.push(line);
    s.size += line.length + 1;
  }

  private finishSection(): void {
    const s = this.section;
    this.section = undefined;
    if (!s || !this.sha || s.path === undefined || s.lines.length === 0) return;
    this.out.push({
      sha: this.sha,
      path: s.path,
      patch: s.lines.join('\n'),
      truncated: s.truncated,
    });
  }
}

/**
 * The path in a `+++ ` line: `b/<path>` (with a tab after it when it holds a space), `"b/..."`
 * in C quoting when it holds a quote, backslash or control character, or /dev/null (deleted).
 */
export function diffHeaderPath(rest: string): string | undefined {
  const text = rest.endsWith('\t') ? rest.slice(0, -1) : rest;
  if (text === '/dev/null') return undefined;
  const name = text.startsWith('"') ? unquoteC(text) : text;
  if (name === undefined || !name.startsWith('b/')) return undefined;
  return name.slice(2);
}

const C_ESCAPES: Record<string, number> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  '\\': 92,
};

/** Undoes git's C-style quoting of a path ("a\tb\303\251"); undefined when it is malformed. */
export function unquoteC(quoted: string): string | undefined {
  if (quoted.length < 2 || !quoted.startsWith('"') || !quoted.endsWith('"')) return undefined;
  const body = quoted.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) return undefined;
    if (next in C_ESCAPES) {
      bytes.push(C_ESCAPES[next]);
      i++;
    } else if (/^[0-3][0-7]{2}$/.test(body.slice(i + 1, i + 4))) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else return undefined;
  }
  return Buffer.from(bytes).toString('utf8');
}

/** YYYY-MM-DD in UTC of a time in seconds since the epoch. */
export function utcDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime()) ? '1970-01-01' : d.toISOString().slice(0, 10);
}

function trailerLines(field: string): string[] {
  return field
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

// Characters that would let repository text rewrite a terminal or mislead a reader: C0 and C1
// controls, DEL, and the bidirectional overrides and isolates ("trojan source").
function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    code === 0x7f ||
    (code >= 0x80 && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** One line of text: tabs and newlines become spaces, other unsafe characters U+FFFD. */
function cleanLine(text: string, max?: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
    else out += isUnsafe(code) ? '\uFFFD' : text[i];
  }
  const trimmed = out.trim();
  return max === undefined ? trimmed : capText(trimmed, max, false);
}

/** A message body: CRLF becomes LF; tabs and newlines stay; other unsafe characters U+FFFD. */
function cleanBody(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    out += code === 0x09 || code === 0x0a || !isUnsafe(code) ? text[i] : '\uFFFD';
  }
  let end = out.length;
  while (end > 0 && out.charCodeAt(end - 1) === 0x0a) end--;
  return out.slice(0, end);
}

/** At most `max` characters; a cut text ends with "…" and never with half a surrogate pair. */
function capText(text: string, max: number, wasCut: boolean): string {
  if (!wasCut && text.length <= max) return text;
  let head = text.slice(0, max - 1);
  const last = head.charCodeAt(head.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1);
  return `${head}…`;
}
