import type { Commit, FileChange } from '../core/topics/historyData';
import { t } from '../core/l10n';
import { trailersOf } from './trailersOf';

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
/** Longest name or email kept (characters). */
export const IDENT_MAX = 200;
// Trailer values arrive as one field; a message made of thousands of trailers is cut.
const TRAILERS_MAX = 16_384;
const MAX_CO_AUTHORS = 20;
// Enough of a numstat entry of a commit we skip to tell `N\tN\t` (a rename) from one with a path.
const SKIPPED_MAX = 64;

// Hoisted: a regular expression literal in a function is a new object at every call.
const SHA = /^[0-9a-f]{40,64}$/;
const SECONDS = /^-?\d{1,15}$/;
const DIGITS = /^\d+$/;
// countIn's answer for "-", numstat's count of a binary file.
const BINARY = -1;
const GOAL_REF = /^G\d{1,9}$/;
// Any character cleanLine would change (isUnsafe, which covers tab, LF and CR); most text has none.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_CHANGES = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// Any character cleanBody would change: the unsafe ones but tab and LF (CR goes or is replaced).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BODY_CHANGES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

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
  '%ct',
] as const;

/**
 * The arguments that make `git log` print what LogParser reads: NUL-separated fields (full sha,
 * parents, mailmapped author name and email, author time, subject, body, the Co-authored-by and
 * Mentoring-Goal trailer values one per line, committer time), then numstat with renames. `--encoding` pins the
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
      if (nul < 0) {
        this.append(text, from, text.length);
        return;
      }
      if (this.partial === '' && !this.cut && nul - from <= this.cap()) {
        // A whole token inside this piece (the common case): handed over as it is, nothing held.
        this.onToken(text.slice(from, nul), false);
      } else {
        this.append(text, from, nul);
        this.emit();
      }
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
      throw new Error(t('git log output ended inside a commit header'));
    }
    if (this.state === 'renameFrom' || this.state === 'renameTo') {
      throw new Error(t('git log output ended inside a rename'));
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
        if (this.pending && this.commit) {
          const { added, deleted, binary, oldPath } = this.pending;
          this.commit.files.push({ added, deleted, binary, oldPath, path: token });
        }
        this.pending = undefined;
        this.state = 'files';
        return;
    }
  }

  private startCommit(): void {
    const [sha, parents, name, email, time, subject, body, coAuthors, goals, commitTime] =
      this.fields;
    if (!SHA.test(sha)) {
      throw new Error(
        t('git log output is not in the expected format (at "{0}")', sha.slice(0, 40)),
      );
    }
    this.seen++;
    this.skipping = this.options.accept ? !this.options.accept(name, email) : false;
    const seconds = SECONDS.test(time) ? Number(time) : 0;
    this.commit = this.skipping
      ? undefined
      : {
          sha,
          parents: parents === '' ? [] : parents.split(' ').filter((p) => p !== ''),
          authorName: cleanLine(name, IDENT_MAX),
          authorEmail: cleanLine(email, IDENT_MAX),
          time: seconds,
          date: utcDate(seconds),
          subject: capText(cleanLine(subject), SUBJECT_MAX, this.cuts[5]),
          body: capText(cleanBody(body), BODY_MAX, this.cuts[6]),
          coAuthors:
            coAuthors === ''
              ? []
              : trailerLines(coAuthors)
                  .map((v) => cleanLine(v, IDENT_MAX))
                  .slice(0, MAX_CO_AUTHORS),
          goalRefs: goals === '' ? [] : [...new Set(trailerLines(goals).filter(isGoalRef))],
          files: [],
          commitTime: SECONDS.test(commitTime) ? Number(commitTime) : seconds,
        };
    // Trailers come from the body already read (no git process per commit), cleaned like it.
    if (this.commit && this.commit.body !== '') {
      const trailers = trailersOf(this.commit.body).map((t) => ({
        key: cleanLine(t.key, IDENT_MAX),
        value: cleanLine(t.value, IDENT_MAX),
      }));
      if (trailers.length > 0) this.commit.trailers = trailers;
    }
    // Reused, not reallocated: the fields were destructured above and the commit keeps none of
    // the arrays themselves.
    this.fields.length = 0;
    this.cuts.length = 0;
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
    // Read in place: no string per count (a log lists thousands of entries).
    const added = tab2 < 0 ? Number.NaN : countIn(token, 0, tab1);
    const deleted = tab2 < 0 ? Number.NaN : countIn(token, tab1 + 1, tab2);
    if (Number.isNaN(added) || Number.isNaN(deleted)) {
      throw new Error(t('git log output is not in the expected format (a numstat entry)'));
    }
    const binary = added === BINARY || deleted === BINARY;
    const path = token.slice(tab2 + 1);
    if (path === '' && !cut) {
      this.pending = {
        added: binary ? 0 : added,
        deleted: binary ? 0 : deleted,
        binary,
      };
      this.state = 'renameFrom';
    } else if (this.commit) {
      // Built in one literal (no spread): one object shape for every change, no copy.
      this.commit.files.push({
        path,
        added: binary ? 0 : added,
        deleted: binary ? 0 : deleted,
        binary,
      });
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
 * (TOUCH_FORMAT_ARGS) or by nothing (a log that asks for no diff, as hintNames does).
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
      throw new Error(t('git log output ended inside a commit header'));
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

// utcDate's one-entry memo (NaN never equals itself, so a NaN time is never served from it).
let lastDay = Number.NaN;
let lastDayDate = '';

/** YYYY-MM-DD in UTC of a time in seconds since the epoch. */
export function utcDate(seconds: number): string {
  // A log lists many commits of one day in a row: the last day's answer saves a Date and a string.
  const day = Math.floor(seconds / 86_400);
  if (day === lastDay) return lastDayDate;
  const d = new Date(seconds * 1000);
  const date = Number.isNaN(d.getTime()) ? '1970-01-01' : d.toISOString().slice(0, 10);
  lastDay = day;
  lastDayDate = date;
  return date;
}

/**
 * The numstat count in token[from, to): its digits' value, BINARY for "-", NaN for anything else
 * (what `/^(\d+|-)$/` accepts, read without cutting the count out).
 */
function countIn(token: string, from: number, to: number): number {
  if (to - from === 1 && token.charCodeAt(from) === 0x2d) return BINARY;
  if (to <= from) return Number.NaN;
  // Past 15 digits a running sum could round differently from Number(): the slow way.
  if (to - from > 15) {
    const text = token.slice(from, to);
    return DIGITS.test(text) ? Number(text) : Number.NaN;
  }
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = token.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return Number.NaN;
    n = n * 10 + digit;
  }
  return n;
}

function isGoalRef(value: string): boolean {
  return GOAL_REF.test(value);
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
export function cleanLine(text: string, max?: number): string {
  // Most lines have nothing to replace: no per-character copy for them.
  if (!LINE_CHANGES.test(text)) {
    const trimmed = text.trim();
    return max === undefined ? trimmed : capText(trimmed, max, false);
  }
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
  let out = text;
  // Most bodies have nothing to replace: no per-character copy for them.
  if (BODY_CHANGES.test(text)) out = replaceInBody(text);
  let end = out.length;
  while (end > 0 && out.charCodeAt(end - 1) === 0x0a) end--;
  return end === out.length ? out : out.slice(0, end);
}

/** cleanBody's replacements, character by character. */
function replaceInBody(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    out += code === 0x09 || code === 0x0a || !isUnsafe(code) ? text[i] : '\uFFFD';
  }
  return out;
}

/** At most `max` characters; a cut text ends with "…" and never with half a surrogate pair. */
export function capText(text: string, max: number, wasCut: boolean): string {
  if (!wasCut && text.length <= max) return text;
  let head = text.slice(0, max - 1);
  const last = head.charCodeAt(head.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1);
  return `${head}…`;
}
