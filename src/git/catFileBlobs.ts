import { streamGit } from './streamGit';
import { t } from '../core/l10n';

/** What `git cat-file --batch` gave for one requested blob. */
export type BlobRead =
  | { kind: 'text'; text: string }
  /** Over the size cap: its bytes were skipped, never held. */
  | { kind: 'too-large'; size: number }
  /** Not in the repository (a partial clone, a broken one): never fetched. */
  | { kind: 'missing' };

/** How readBlobs runs. */
export interface ReadBlobsOptions {
  cwd: string;
  /** Full hex blob ids, in the order their results are wanted; repeats are read again. */
  ids: readonly string[];
  /** A blob larger than this many bytes comes out 'too-large'. */
  maxBytes: number;
  /** Called once per id, in order. */
  onBlob: (index: number, read: BlobRead) => void;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Reads blobs through one `git cat-file --batch` process (hardened by streamGit), ids on its
 * standard input: only hex ids we parsed from git's own output ever reach it, and no repository
 * text becomes an argument. Each blob is decoded as UTF-8 (a BOM dropped) once all its bytes are
 * in, and handed over at once, so memory holds one blob at a time.
 */
export async function readBlobs(options: ReadBlobsOptions): Promise<void> {
  if (options.ids.length === 0) return;
  for (const id of options.ids) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(id)) throw new Error(t('Not a blob id: {0}', id));
  }
  const parser = new BlobBatchParser(options.maxBytes, options.onBlob);
  await streamGit({
    cwd: options.cwd,
    args: ['cat-file', '--batch'],
    stdin: options.ids.map((id) => `${id}\n`).join(''),
    onStdoutBytes: (chunk) => parser.push(chunk),
    signal: options.signal,
    timeoutMs: options.timeoutMs,
  });
  parser.end(options.ids.length);
}

// A header line is "<id> <type> <size>" or "<id> missing": never longer than this.
const HEADER_MAX = 200;

/**
 * Parses `git cat-file --batch` output as bytes arrive: "<id> <type> <size>\n", the object's
 * bytes and "\n"; or "<id> missing\n".
 */
export class BlobBatchParser {
  private index = 0;
  private header: Buffer[] = [];
  private headerLength = 0;
  /** The body being read: its bytes so far (none when skipped), and how many remain. */
  private body: { parts: Buffer[]; remaining: number; size: number; keep: boolean } | undefined;
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly maxBytes: number,
    private readonly onBlob: (index: number, read: BlobRead) => void,
  ) {}

  /** Feeds bytes of git's output. */
  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.body) {
        // The body's bytes and the "\n" after them.
        const take = Math.min(this.body.remaining, chunk.length - at);
        if (this.body.keep && take > 0) this.body.parts.push(chunk.subarray(at, at + take));
        this.body.remaining -= take;
        at += take;
        if (this.body.remaining === 0) this.finishBody();
        continue;
      }
      const newline = chunk.indexOf(0x0a, at);
      const end = newline < 0 ? chunk.length : newline;
      this.headerLength += end - at;
      if (this.headerLength > HEADER_MAX) throw new Error(t('git cat-file: unexpected output.'));
      this.header.push(chunk.subarray(at, end));
      at = end;
      if (newline < 0) break;
      at++;
      this.startBody(Buffer.concat(this.header).toString('latin1'));
      this.header = [];
      this.headerLength = 0;
    }
  }

  /** Checks that every one of `count` requested blobs came out. */
  end(count: number): void {
    if (this.body || this.headerLength > 0 || this.index !== count) {
      throw new Error(t('git cat-file: the output ended early.'));
    }
  }

  private startBody(header: string): void {
    const [, type, sizeText] = header.split(' ');
    if (type === 'missing' || sizeText === undefined) {
      this.onBlob(this.index++, { kind: 'missing' });
      return;
    }
    const size = Number(sizeText);
    if (!Number.isSafeInteger(size) || size < 0) throw new Error(t('git cat-file: bad size.'));
    // A non-blob (a submodule's commit id, say) is skipped like a large one: no text to read.
    const keep = type === 'blob' && size <= this.maxBytes;
    this.body = { parts: [], remaining: size + 1, size, keep };
  }

  private finishBody(): void {
    const body = this.body;
    this.body = undefined;
    if (!body) return;
    if (!body.keep) {
      this.onBlob(this.index++, { kind: 'too-large', size: body.size });
      return;
    }
    const bytes = Buffer.concat(body.parts).subarray(0, body.size);
    let text = this.decoder.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.onBlob(this.index++, { kind: 'text', text });
  }
}
