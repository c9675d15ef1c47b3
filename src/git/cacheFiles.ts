import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

// O_NOFOLLOW: a link in a cache file's place is refused by the open itself, never followed.
const OPEN_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;

/**
 * The text of one of our cache files, or why it is not read ('missing' when there is none): a
 * link, something other than a regular file, or more than `maxBytes` is refused before reading.
 */
export function readCacheText(
  file: string,
  maxBytes: number,
): { ok: true; text: string } | { ok: false; reason: string } {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'missing' };
    if (code === 'ELOOP' || code === 'EMLINK') return { ok: false, reason: 'a symbolic link' };
    return { ok: false, reason: `unreadable (${code ?? 'error'})` };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes) return { ok: false, reason: 'too large' };
    const text = fs.readFileSync(fd, 'utf8');
    if (text.length > maxBytes) return { ok: false, reason: 'too large' };
    return { ok: true, text };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes a cache file atomically: a temporary file created exclusively (so a link planted under
 * its name is never written through) in the same folder, then renamed over the file (which
 * replaces a link, never follows it). The folder is created private to the user.
 */
export function writeCacheText(file: string, text: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(8).toString('hex')}.tmp`,
  );
  try {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
