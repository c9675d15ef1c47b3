import * as fs from 'node:fs';
import * as path from 'node:path';

const WAIT_MS = 10_000;
const STALE_MS = 30_000;

/**
 * Runs `work` holding an exclusive lock on `file` (a `.<name>.lock` file beside it), so two
 * mentoring-journal processes editing the same record never lose each other's change. A lock
 * older than 30 s is taken to be left over from a crash.
 */
export function withFileLock<T>(file: string, work: () => T): T {
  const lock = path.join(path.dirname(file), `.${path.basename(file)}.lock`);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (isStale(lock)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `${path.basename(file)} is being changed by another process (if none is, remove ${lock}).`,
        );
      }
      sleep(10 + Math.random() * 40);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - fs.statSync(lock).mtimeMs > STALE_MS;
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
