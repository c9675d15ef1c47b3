import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename, so a reader never
 * sees half a file and a crash never leaves one. `exclusive` refuses to replace an existing file.
 */
export function atomicWrite(
  file: string,
  bytes: Uint8Array,
  options: { exclusive?: boolean } = {},
): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  refuseLink(file);
  if (options.exclusive && fs.existsSync(file)) throw new Error(`Refused: ${file} already exists.`);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(file).mode;
  } catch {
    mode = undefined;
  }
  try {
    fs.writeFileSync(tmp, bytes, { flag: 'wx', mode });
    if (options.exclusive) {
      // link() fails when the target exists, closing the gap between the check and the rename.
      fs.linkSync(tmp, file);
      fs.unlinkSync(tmp);
    } else {
      fs.renameSync(tmp, file);
    }
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
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
      `Refused: ${path.basename(file)} is a symbolic link; records files are never written through links.`,
    );
  }
}
