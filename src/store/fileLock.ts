import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { t } from '../core/l10n';

const WAIT_MS = 10_000;
/** Only for a lock from another host, whose process we cannot ask about: then age is all we have. */
const OTHER_HOST_STALE_MS = 10 * 60 * 1000;

/** What a lock file holds: who took it, where and when. */
interface LockOwner {
  pid: number;
  host: string;
  started: string;
  token: string;
}

/**
 * Runs `work` holding an exclusive lock on `file` (a `.<name>.lock` file beside it), so two
 * writers (CLI processes, the editor) never lose each other's change. The lock says which process
 * holds it (pid, host, start time): a lock whose process is gone on this host is taken over at
 * once; one from another host only after ten minutes. When a live process keeps it past the wait,
 * the error names the file, the process and what to do.
 */
export function withFileLock<T>(file: string, work: () => T): T {
  const lock = lockPathOf(file);
  const me: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    started: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  acquire(file, lock, me);
  try {
    return work();
  } finally {
    release(lock, me);
  }
}

/** The lock file of a record: `.<name>.lock` in the same folder. */
export function lockPathOf(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.lock`);
}

function acquire(file: string, lock: string, me: LockOwner): void {
  const deadline = Date.now() + WAIT_MS;
  // The owner is written to a private name first and linked into place, so a lock file is never
  // seen half written (an empty lock would look like a crashed owner's).
  // Named like atomicWrite's temporary files, so one a crash leaves behind is cleaned up with them.
  const mine = `${lock}.${me.pid}.${me.token}.tmp`;
  fs.writeFileSync(mine, JSON.stringify(me), { flag: 'wx' });
  try {
    for (;;) {
      try {
        fs.linkSync(mine, lock);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const held = inspect(lock);
      if (held && held.stale) {
        breakLock(lock, held.ino);
        continue;
      }
      if (Date.now() > deadline) throw heldError(file, lock, held?.owner);
      sleep(5 + Math.random() * 25);
    }
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

function release(lock: string, me: LockOwner): void {
  // Removed only while it is still ours: had it been taken over, the file is someone else's now.
  const held = inspect(lock);
  if (held?.owner?.token === me.token) fs.rmSync(lock, { force: true });
}

/** Who holds the lock and whether they are gone; undefined when there is no lock any more. */
function inspect(
  lock: string,
): { owner: LockOwner | undefined; stale: boolean; ino: number } | undefined {
  let stat: fs.Stats;
  let text: string;
  try {
    stat = fs.statSync(lock);
    text = fs.readFileSync(lock, 'utf8');
  } catch {
    return undefined;
  }
  const owner = parseOwner(text);
  const old = Date.now() - stat.mtimeMs > OTHER_HOST_STALE_MS;
  if (!owner) return { owner, stale: old, ino: stat.ino };
  if (owner.host !== os.hostname()) return { owner, stale: old, ino: stat.ino };
  return { owner, stale: !processAlive(owner.pid), ino: stat.ino };
}

/**
 * Takes a stale lock away. It is renamed to a name of our own first and checked to be the very
 * file judged stale; if another process replaced it meanwhile with a live lock, that lock is
 * put back.
 */
function breakLock(lock: string, ino: number): void {
  const aside = `${lock}.stale.${process.pid}.${randomBytes(8).toString('hex')}`;
  try {
    fs.renameSync(lock, aside);
  } catch {
    return; // Someone else broke it first.
  }
  try {
    if (fs.statSync(aside).ino !== ino) {
      try {
        fs.linkSync(aside, lock);
      } catch {
        // A newer lock is in place already; ours to drop.
      }
    }
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (
      typeof v.pid === 'number' &&
      Number.isInteger(v.pid) &&
      v.pid > 0 &&
      typeof v.host === 'string' &&
      typeof v.started === 'string' &&
      typeof v.token === 'string'
    )
      return v as LockOwner;
  } catch {
    // An older lock (a bare pid) or garbage: judged by age.
  }
  const pid = Number(text.trim());
  if (Number.isInteger(pid) && pid > 0) return { pid, host: os.hostname(), started: '', token: '' };
  return undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function heldError(file: string, lock: string, owner: LockOwner | undefined): Error {
  const who = owner
    ? owner.started
      ? t('process {0} on {1} (since {2})', owner.pid, owner.host, owner.started)
      : t('process {0} on {1}', owner.pid, owner.host)
    : t('another process');
  // Another host's process cannot be asked whether it runs; say so rather than guess.
  const state =
    owner && owner.host !== os.hostname()
      ? t('which may still be running there')
      : t('which is still running');
  return new Error(
    t('{0} is locked by {1}, {2}: let it finish and try again, ', path.basename(file), who, state) +
      t(
        'or end that process; if it is not a mentoring-journal or editor process, remove {0}.',
        lock,
      ),
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
