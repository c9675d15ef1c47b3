import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_BYTES } from '../core/text/decode';
import { t } from '../core/l10n';

/** Temporary files older than this are left over from a crash and are removed by the next write. */
const LEFTOVER_MS = 60 * 60 * 1000;

/** The shape of our temporary names: `.<name>.<pid>.<random>.tmp`, dot-first so no lister takes it for a record. */
const TEMP_NAME = /^\..+\.\d+\.[0-9a-f]{16}\.tmp$/;

/**
 * Writes a file atomically: a temporary file in the same folder (a name no other process can
 * pick), its bytes flushed to disk, then a rename, so a reader never sees half a file and a crash
 * leaves the old file or the new one, never a mix. `exclusive` refuses to replace an existing
 * file (the error's `code` is `EEXIST`, so a caller can take another name). Nothing over the
 * records cap is written.
 */
export function atomicWrite(
  file: string,
  bytes: Uint8Array,
  options: { exclusive?: boolean } = {},
): void {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new Error(
      t(
        'Refused: {0} would be {1} MB; records files are limited to {2} MB.',
        path.basename(file),
        (bytes.length / (1024 * 1024)).toFixed(1),
        MAX_FILE_BYTES / (1024 * 1024),
      ),
    );
  }
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  refuseLink(file);
  if (options.exclusive && fs.existsSync(file)) throw alreadyExists(file);
  const tmp = path.join(
    dir,
    `.${path.basename(file)}.${process.pid}.${randomBytes(8).toString('hex')}.tmp`,
  );
  let mode: number | undefined;
  try {
    mode = fs.statSync(file).mode;
  } catch {
    mode = undefined;
  }
  try {
    writeDurably(tmp, bytes, mode);
    if (options.exclusive) {
      // link() fails when the target exists, closing the gap between the check and the rename.
      try {
        fs.linkSync(tmp, file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(file);
        throw e;
      }
      fs.unlinkSync(tmp);
    } else {
      fs.renameSync(tmp, file);
    }
    syncFolder(dir);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  removeLeftovers(dir);
}

/** Refuses a path that is a symbolic link: renaming over it would replace the link, and
 * writing through it could reach outside the records root. */
export function refuseLink(file: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) {
    throw new Error(
      t(
        'Refused: {0} is a symbolic link; records files are never written through links.',
        path.basename(file),
      ),
    );
  }
}

/** True for a name atomicWrite gives its temporary files (never a record). */
export function isTemporaryName(name: string): boolean {
  return TEMP_NAME.test(name);
}

function writeDurably(tmp: string, bytes: Uint8Array, mode: number | undefined): void {
  const fd = fs.openSync(tmp, 'wx', mode);
  try {
    let written = 0;
    while (written < bytes.length) {
      written += fs.writeSync(fd, bytes, written, bytes.length - written);
    }
    // Flushed before the rename: otherwise a power cut could leave the new name on empty blocks.
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function syncFolder(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some systems cannot open or sync a folder; the rename itself is still atomic.
  }
}

/** Removes our temporary files that a crashed writer left, once they are old enough to be sure. */
function removeLeftovers(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    if (!isTemporaryName(name)) continue;
    const p = path.join(dir, name);
    try {
      const stat = fs.lstatSync(p);
      if (stat.isFile() && now - stat.mtimeMs > LEFTOVER_MS) fs.rmSync(p, { force: true });
    } catch {
      // Another writer removed it first.
    }
  }
}

function alreadyExists(file: string): Error {
  return Object.assign(new Error(t('Refused: {0} already exists.', file)), { code: 'EEXIST' });
}
