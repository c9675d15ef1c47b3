// A child process for the crash tests: edits a record through the store, and stops dead at a
// chosen point of the write (half the bytes in the temporary file, or just after the rename),
// printing "paused" so the test can SIGKILL it there. The hook is in this test helper only.
import fsModule from 'node:fs';
import { editRecordFile } from '../../src/store/recordFiles';

const [root, file, lines, stage] = process.argv.slice(2);
/** The new text: a heading and `lines` lines, large enough that half a write is visibly half. */
const newText = `# New\n${'a line of the new text\n'.repeat(Number(lines))}`;
const real = fsModule as unknown as Record<string, (...args: unknown[]) => unknown>;

function pauseForever(): never {
  process.stdout.write('paused\n');
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

if (stage === 'mid-write') {
  const writeSync = real.writeSync;
  real.writeSync = (fd: unknown, bytes: unknown, offset: unknown, length: unknown) => {
    // Only the record's bytes: the lock's small owner file is written the same way.
    if (typeof length !== 'number' || length < 100_000) return writeSync(fd, bytes, offset, length);
    const half = Math.floor((length as number) / 2);
    writeSync(fd, bytes, offset, half);
    pauseForever();
  };
} else if (stage === 'after-rename') {
  const renameSync = real.renameSync;
  real.renameSync = (from: unknown, to: unknown) => {
    renameSync(from, to);
    pauseForever();
  };
}

const outcome = editRecordFile(root, file, 'record', (text) => ({
  ok: true,
  edits: [{ start: 0, end: text.length, text: newText }],
}));
process.stdout.write(`${JSON.stringify(outcome)}\n`);
