import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseQuestions } from '../../src/core/records/questions';
import { listRecordFiles } from '../../src/store/listRecordFiles';
import {
  ensureCliBuilt,
  removeDir,
  runCli,
  runCliAsync,
  runCliWithin,
  tempDir,
} from '../support/cli';

const PAUSED_WRITER = path.join(__dirname, '..', 'support', 'pausedWriter.js');
/** The new text the paused writer puts in: `# New` and this many lines (about 480 KB). */
const NEW_LINES = 20_000;
const NEW_TEXT = `# New\n${'a line of the new text\n'.repeat(NEW_LINES)}`;

/** A pid that no process has: a child that has exited and been reaped. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(r.stdout);
}

describe('security: concurrent writers and crashes', function () {
  this.timeout(90_000);
  let dir: string;
  let rel: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    rel = path.join(dir, 'mentoring', 'alex-rivera');
    const r = runCli(
      ['init', '--mentee', 'Alex Rivera', '--mentor', 'Sam Chen', '--started', '2026-09-01'],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
  });
  afterEach(() => removeDir(dir));

  function questionsIn(file: string): string[] {
    return parseQuestions('q', fs.readFileSync(file, 'utf8')).questions.map((q) => q.text);
  }

  it('gives 12 new-session processes on the same date 12 distinct session logs, every one succeeding', async () => {
    const runs = await Promise.all(
      Array.from({ length: 12 }, () =>
        runCliAsync(['new-session', 'alex-rivera', '--date', '2026-11-23'], dir),
      ),
    );
    assert.deepEqual(
      runs.map((r) => [r.status, r.stderr]),
      runs.map(() => [0, '']),
    );
    const printed = new Set(runs.map((r) => r.stdout.trim()));
    assert.equal(printed.size, 12, [...printed].join('\n'));
    const names = fs.readdirSync(path.join(rel, 'sessions')).sort();
    const expected = [
      '2026-11-23.md',
      ...Array.from({ length: 11 }, (_, i) => `2026-11-23-${i + 2}.md`),
    ];
    assert.deepEqual(names, expected.sort());
  });

  it('loses no question when 12 processes queue one each while questions.md does not exist yet', async () => {
    fs.rmSync(path.join(rel, 'questions.md'));
    const runs = await Promise.all(
      Array.from({ length: 12 }, (_, i) => runCliAsync(['question', 'alex-rivera', `Q${i}?`], dir)),
    );
    assert.deepEqual(
      runs.map((r) => [r.status, r.stderr]),
      runs.map(() => [0, '']),
    );
    assert.deepEqual(
      questionsIn(path.join(rel, 'questions.md')).sort(),
      Array.from({ length: 12 }, (_, i) => `Q${i}?`).sort(),
    );
  });

  it('takes over at once a lock left by a process that is gone', async () => {
    const lock = path.join(rel, '.questions.md.lock');
    fs.writeFileSync(
      lock,
      JSON.stringify({
        pid: deadPid(),
        host: os.hostname(),
        started: '2026-11-23T10:00:00.000Z',
        token: 'x',
      }),
    );
    const started = Date.now();
    // Well under the 10 s a live lock is waited for: the dead owner is recognised, not outwaited.
    const r = await runCliWithin(['question', 'alex-rivera', 'After a crash?'], dir, 5_000);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(Date.now() - started < 5_000);
    assert.ok(questionsIn(path.join(rel, 'questions.md')).includes('After a crash?'));
    assert.equal(fs.existsSync(lock), false, 'the lock is gone');
  });

  it('takes over at once an old-style lock holding only the pid of a process that is gone', async () => {
    fs.writeFileSync(path.join(rel, '.questions.md.lock'), String(deadPid()));
    const r = await runCliWithin(['question', 'alex-rivera', 'Old lock?'], dir, 5_000);
    assert.equal(r.status, 0, r.stderr);
  });

  it('names the file, the process holding its lock and what to do when a live process keeps it', async () => {
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    });
    try {
      const lock = path.join(rel, '.questions.md.lock');
      fs.writeFileSync(
        lock,
        JSON.stringify({
          pid: holder.pid,
          host: os.hostname(),
          started: '2026-11-23T10:00:00.000Z',
          token: 'x',
        }),
      );
      const before = fs.readFileSync(path.join(rel, 'questions.md'));
      const r = await runCliWithin(['question', 'alex-rivera', 'Blocked?'], dir, 30_000);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /questions\.md is locked by process \d+ on /);
      assert.ok(r.stderr.includes(`process ${holder.pid} `), r.stderr);
      assert.ok(r.stderr.includes(lock), r.stderr);
      assert.match(r.stderr, /let it finish and try again/);
      assert.deepEqual(fs.readFileSync(path.join(rel, 'questions.md')), before);
      assert.ok(fs.existsSync(lock), 'a live lock is left alone');
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('waits for a young lock from another host and names that host, since its process cannot be asked', async () => {
    const lock = path.join(rel, '.questions.md.lock');
    fs.writeFileSync(
      lock,
      JSON.stringify({
        pid: 1234,
        host: 'elsewhere.example',
        started: '2026-11-23T10:00:00.000Z',
        token: 'x',
      }),
    );
    const r = await runCliWithin(['question', 'alex-rivera', 'Shared folder?'], dir, 30_000);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /questions\.md is locked by process 1234 on elsewhere\.example/);
  });

  it('takes over a lock from another host once it is ten minutes old', async () => {
    const lock = path.join(rel, '.questions.md.lock');
    fs.writeFileSync(
      lock,
      JSON.stringify({
        pid: 1234,
        host: 'elsewhere.example',
        started: '2026-11-23T10:00:00.000Z',
        token: 'x',
      }),
    );
    const old = new Date(Date.now() - 11 * 60 * 1000);
    fs.utimesSync(lock, old, old);
    const r = await runCliWithin(['question', 'alex-rivera', 'Long gone?'], dir, 5_000);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(fs.existsSync(lock), false);
  });

  /** Runs the paused writer on questions.md up to `stage`, then SIGKILLs it there. */
  async function killWriterAt(stage: 'mid-write' | 'after-rename'): Promise<void> {
    const child = spawn(
      process.execPath,
      [
        PAUSED_WRITER,
        path.join(dir, 'mentoring'),
        path.join(rel, 'questions.md'),
        String(NEW_LINES),
        stage,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the writer never paused: ${out}${err}`)),
        10_000,
      );
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        if (out.includes('paused')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('close', () => {
        clearTimeout(timer);
        reject(new Error(`the writer exited before pausing: ${out}${err}`));
      });
    });
    child.kill('SIGKILL');
    await exited;
  }

  it('leaves the old questions.md, byte for byte, when the writer is killed halfway through writing', async () => {
    const file = path.join(rel, 'questions.md');
    const old = fs.readFileSync(file);
    await killWriterAt('mid-write');
    assert.deepEqual(fs.readFileSync(file), old);
    const leftovers = fs.readdirSync(rel).filter((n) => n.endsWith('.tmp'));
    assert.equal(leftovers.length, 1, fs.readdirSync(rel).join(' '));
    // The half-written temporary file is never taken for a record.
    assert.deepEqual(listRecordFiles(path.join(dir, 'mentoring')), [
      'alex-rivera/plan.md',
      'alex-rivera/questions.md',
    ]);
    const v = runCli(['validate'], dir);
    assert.equal(v.status, 0, v.stdout + v.stderr);
  });

  it('leaves the new questions.md, whole, when the writer is killed just after the rename', async () => {
    const file = path.join(rel, 'questions.md');
    await killWriterAt('after-rename');
    assert.equal(fs.readFileSync(file, 'utf8'), NEW_TEXT);
  });

  it('after a writer was killed, the next write takes over its lock at once and removes its temporary file once it is old', async () => {
    await killWriterAt('mid-write');
    const tmp = fs.readdirSync(rel).find((n) => n.endsWith('.tmp'));
    assert.ok(tmp);
    assert.ok(
      fs.existsSync(path.join(rel, '.questions.md.lock')),
      'the killed writer left its lock',
    );
    // Young leftovers stay (another writer may be using one); an hour old, they are a crash's.
    const r1 = await runCliWithin(
      ['question', 'alex-rivera', 'First after the crash?'],
      dir,
      5_000,
    );
    assert.equal(r1.status, 0, r1.stderr);
    assert.ok(fs.existsSync(path.join(rel, tmp)));
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(path.join(rel, tmp), twoHoursAgo, twoHoursAgo);
    const r2 = await runCliWithin(
      ['question', 'alex-rivera', 'Second after the crash?'],
      dir,
      5_000,
    );
    assert.equal(r2.status, 0, r2.stderr);
    assert.equal(fs.existsSync(path.join(rel, tmp)), false, 'the old leftover is removed');
    assert.deepEqual(questionsIn(path.join(rel, 'questions.md')), [
      'First after the crash?',
      'Second after the crash?',
    ]);
    assert.deepEqual(fs.readdirSync(rel).sort(), ['plan.md', 'questions.md', 'sessions']);
  });
});
