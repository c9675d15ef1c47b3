import { NulTokens } from './logParser';

/** The arguments for `git log` that RawDiffParser reads: per commit its sha, then `--raw` entries. */
export const RAW_DIFF_FORMAT_ARGS: readonly string[] = [
  '-z',
  '--raw',
  '--no-abbrev',
  // Renames are paired by the caller from the numstat read (FileChange.oldPath): git would
  // otherwise compare blob contents a second time.
  '--no-renames',
  '--encoding=UTF-8',
  '--format=format:%x00%H',
];

/** One file of one commit's `--raw` diff against its first parent. */
export interface RawChange {
  path: string;
  /** The blob before the commit, or undefined when the file is new (git's all-zero id). */
  oldBlob?: string;
  /** The blob after the commit, or undefined when the commit deleted the file. */
  newBlob?: string;
  /** The file mode after the commit ("100644"; "120000" a symlink, "160000" a submodule). */
  newMode: string;
}

// Paths longer than this are not ours to read (git allows 4096 on most systems).
const PATH_MAX = 4096;

/**
 * Parses `git log` output with RAW_DIFF_FORMAT_ARGS, incrementally: NUL-separated tokens where a
 * commit's token is "<sha>\n" followed by its first entry's header, each header
 * ":<old mode> <new mode> <old blob> <new blob> <status>" is followed by its path, and an empty
 * token separates commits.
 */
export class RawDiffParser {
  /** Per commit sha, its changes in git's order. */
  readonly changes = new Map<string, RawChange[]>();
  private sha: string | undefined;
  private header: string | undefined;
  private readonly tokens = new NulTokens(
    () => PATH_MAX,
    (token, truncated) => this.take(token, truncated),
  );

  /** Feeds git's output. */
  push(text: string): void {
    this.tokens.push(text);
  }

  /** Reads a last token without a NUL after it. */
  end(): void {
    this.tokens.flush();
  }

  private take(token: string, truncated: boolean): void {
    if (this.header !== undefined) {
      const header = this.header;
      this.header = undefined;
      if (!truncated) this.entry(header, token);
      return;
    }
    if (token === '') return;
    const newline = token.indexOf('\n');
    let rest = token;
    if (newline >= 0 || isObjectId(token)) {
      const sha = newline >= 0 ? token.slice(0, newline) : token;
      this.sha = isObjectId(sha) ? sha : undefined;
      rest = newline >= 0 ? token.slice(newline + 1) : '';
    }
    if (rest.startsWith(':')) this.header = rest;
  }

  private entry(header: string, path: string): void {
    if (this.sha === undefined) return;
    const [oldMode, newMode, oldBlob, newBlob] = header.slice(1).split(' ');
    if (oldMode === undefined || newBlob === undefined || !isObjectId(oldBlob)) return;
    if (!isObjectId(newBlob)) return;
    let list = this.changes.get(this.sha);
    if (!list) this.changes.set(this.sha, (list = []));
    list.push({
      path,
      oldBlob: isNullId(oldBlob) ? undefined : oldBlob,
      newBlob: isNullId(newBlob) ? undefined : newBlob,
      newMode,
    });
  }
}

/** True for a full hex object name (SHA-1 or SHA-256). */
function isObjectId(text: string): boolean {
  if (text.length !== 40 && text.length !== 64) return false;
  for (const ch of text) if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
  return true;
}

function isNullId(id: string): boolean {
  for (const ch of id) if (ch !== '0') return false;
  return true;
}
