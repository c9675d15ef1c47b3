import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_BYTES } from '../core/text/decode';
import { isWithin, privateSegment } from './safePath';
import { t } from '../core/l10n';

/** Why a file was not read. */
export type ReadRefusal =
  'missing' | 'link' | 'outside-root' | 'private' | 'not-regular' | 'too-large' | 'unreadable';

/** A file's bytes, or why it was not read (`message` says it in words, without the file's name). */
export type RegularFileRead =
  { ok: true; bytes: Buffer } | { ok: false; reason: ReadRefusal; message: string; size?: number };

/** How readRegularFile may relax its rule. */
export interface ReadRegularFileOptions {
  /** A private note may be read (never for anything copied into a shared file). */
  allowPrivate?: boolean;
  /** The cap; the records cap unless said. */
  maxBytes?: number;
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
// O_NOFOLLOW: the last component is never followed, so a link is refused by the open itself.
const OPEN_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;

/**
 * The one way the store reads a file from a repository: only a regular file inside `root`, not
 * a link, not through a folder that links out of the root, not in a private folder (unless
 * allowed), and at most the cap. The checks that matter are made on the opened descriptor
 * (`fstat`, the descriptor's own path), so a file swapped between a check and the read is still
 * caught, and at most cap+1 bytes are read, so a file that grows while it is read stays capped.
 */
export function readRegularFile(
  root: string,
  file: string,
  options: ReadRegularFileOptions = {},
): RegularFileRead {
  const cap = options.maxBytes ?? MAX_FILE_BYTES;
  const place = checkPlace(root, file, options.allowPrivate ?? false);
  if (typeof place !== 'string') return place;
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    return openFailure(file, e);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return refuse('not-regular', t('is {0}, not a regular file', kindOf(stat)));
    const again = checkOpened(place, file, fd, stat, options.allowPrivate ?? false);
    if (again) return again;
    if (stat.size > cap) return tooLarge(stat.size, cap);
    // Unsafe is fine: only the bytes read are returned.
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, cap) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // Fuller than fstat said: the file is growing. Read on, but never past cap + 1.
        if (buffer.length > cap) break;
        const bigger = Buffer.allocUnsafe(cap + 1);
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    // More than the cap means the file grew while it was read: refused like a large file.
    if (length > cap) return tooLarge(length, cap);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    return refuse('unreadable', t('cannot be read: {0}', (e as Error).message));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The file's place, judged before opening: inside the root, through no link out of it. Gives the
 * root's real path when the place is fine.
 */
function checkPlace(root: string, file: string, allowPrivate: boolean): RegularFileRead | string {
  const base = path.resolve(root);
  const full = path.resolve(file);
  if (!isWithin(base, full) || full === base)
    return refuse('outside-root', t('is outside the records root, so it is not read'));
  let realBase: string;
  let realDir: string;
  try {
    // .native: one system call, where the JS version lstats every component.
    realBase = realRoot(base, false);
    realDir = fs.realpathSync.native(path.dirname(full));
  } catch {
    return refuse('missing', t('does not exist'));
  }
  const real = path.join(realDir, path.basename(full));
  // A kept root that no longer fits is resolved again before the file is refused.
  if (!isWithin(realBase, real)) realBase = realRoot(base, true);
  if (!isWithin(realBase, real))
    return refuse(
      'outside-root',
      t('is in a folder that links outside the records root, so it is not read'),
    );
  if (!allowPrivate && privateSegment(path.relative(realBase, real)))
    return refuse(
      'private',
      t('is a private note (or leads to one); private notes are never copied'),
    );
  return realBase;
}

const realRoots = new Map<string, string>();

/**
 * The real path of a records root, resolved once per process (`fresh` resolves it again). Keeping
 * it is safe: should the root later become a link to elsewhere, a file under it resolves outside
 * the kept path, and the root is resolved again before anything is decided.
 */
function realRoot(base: string, fresh: boolean): string {
  let real = fresh ? undefined : realRoots.get(base);
  if (real === undefined) {
    real = fs.realpathSync.native(base);
    realRoots.set(base, real);
  }
  return real;
}

/**
 * The place of what was actually opened. On Linux the descriptor's own path says it exactly;
 * elsewhere the checked path must still name the same file (device and inode).
 */
function checkOpened(
  realBase: string,
  file: string,
  fd: number,
  stat: fs.Stats,
  allowPrivate: boolean,
): RegularFileRead | undefined {
  let opened: string | undefined;
  try {
    opened = fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    opened = undefined;
  }
  if (opened !== undefined && path.isAbsolute(opened)) {
    if (!isWithin(realBase, opened))
      return refuse(
        'outside-root',
        t('was replaced by a path outside the records root while it was opened'),
      );
    if (!allowPrivate && privateSegment(path.relative(realBase, opened)))
      return refuse('private', t('leads to a private note; private notes are never copied'));
    return undefined;
  }
  try {
    const now = fs.lstatSync(
      path.join(fs.realpathSync.native(path.dirname(path.resolve(file))), path.basename(file)),
    );
    if (now.dev === stat.dev && now.ino === stat.ino) return undefined;
  } catch {
    // Gone or unreadable since the open: the same answer as a swapped file.
  }
  return refuse('link', t('changed while it was being opened, so it is not read'));
}

function openFailure(file: string, e: unknown): RegularFileRead {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return refuse('missing', t('does not exist'));
  if (code === 'ELOOP') return refuse('link', t('is a symbolic link; links are never followed'));
  if (code === 'ENXIO' || code === 'EOPNOTSUPP') {
    // A socket (or a device without a driver) cannot be opened: name what it is.
    let kind = t('not a regular file');
    try {
      kind = kindOf(fs.lstatSync(file));
    } catch {
      // Keep the general wording.
    }
    return refuse('not-regular', t('is {0}, not a regular file', kind));
  }
  return refuse('unreadable', t('cannot be read: {0}', (e as Error).message));
}

function kindOf(stat: fs.Stats): string {
  if (stat.isFIFO()) return t('a FIFO (named pipe)');
  if (stat.isCharacterDevice()) return t('a character device');
  if (stat.isBlockDevice()) return t('a block device');
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isSymbolicLink()) return t('a symbolic link');
  return t('not a regular file');
}

/** The refusal of a file over the cap (shared with the extension's reader of other file systems). */
export function tooLarge(size: number, cap: number): RegularFileRead {
  return refuse(
    'too-large',
    t(
      'is {0} MB; records files are limited to {1} MB, so it is not read',
      (size / (1024 * 1024)).toFixed(1),
      cap / (1024 * 1024),
    ),
    size,
  );
}

/** A refusal, for the readers that apply this rule (message without the file's name). */
export function refuse(reason: ReadRefusal, message: string, size?: number): RegularFileRead {
  return { ok: false, reason, message, ...(size === undefined ? {} : { size }) };
}
