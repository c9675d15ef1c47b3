// The reads of one history run side by side under src/git/jobs.ts. A read that fails while the
// reader still waits on another must reach the caller as that read's error, and never as an
// unhandled rejection: node ends the whole process on one (seen on a repository whose
// core.worktree points outside it, where one read in six crashed the CLI with a stack trace).
import * as assert from 'node:assert/strict';
import { Jobs } from '../../src/git/jobs';

const cancelled = () => new Error('cancelled');
const ticks = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('Jobs: reads side by side, failures kept for settle()', () => {
  let unhandled: unknown[] = [];
  const listen = (reason: unknown) => unhandled.push(reason);
  let mochaListeners: NodeJS.UnhandledRejectionListener[] = [];
  beforeEach(() => {
    unhandled = [];
    // Only this test's listener hears it, so the test asserts instead of mocha failing it late.
    mochaListeners = process.listeners('unhandledRejection');
    process.removeAllListeners('unhandledRejection');
    process.on('unhandledRejection', listen);
  });
  afterEach(() => {
    process.removeListener('unhandledRejection', listen);
    for (const l of mochaListeners) process.on('unhandledRejection', l);
  });

  it('a job that fails before anything awaits it is reported by settle(), not left unhandled', async () => {
    const jobs = new Jobs(undefined, cancelled);
    const failure = new Error('not a git repository');
    const job = jobs.add(Promise.reject(failure));
    const slow = jobs.add(ticks().then(() => 'done'));
    await ticks();
    await ticks();
    assert.deepEqual(unhandled, []);
    await assert.rejects(jobs.settle(), (e) => e === failure);
    await assert.rejects(job, (e) => e === failure, 'awaiting the job itself still throws');
    assert.equal(await slow, 'done');
    assert.equal(jobs.signal.aborted, true, 'the first failure stops the other reads');
  });

  it('settle() rethrows the first failure, not a later one', async () => {
    const jobs = new Jobs(undefined, cancelled);
    const first = new Error('first');
    void jobs.add(Promise.reject(first));
    void jobs.add(ticks().then(() => Promise.reject(new Error('second'))));
    await assert.rejects(jobs.settle(), (e) => e === first);
    await ticks();
    assert.deepEqual(unhandled, []);
  });

  it("the caller's abort fails the jobs with the cancelled error", async () => {
    const outer = new AbortController();
    const jobs = new Jobs(outer.signal, cancelled);
    void jobs.add(ticks());
    outer.abort();
    assert.equal(jobs.signal.aborted, true);
    await assert.rejects(jobs.settle(), /cancelled/);
    jobs.dispose();
  });

  it('settles quietly when every job succeeds', async () => {
    const jobs = new Jobs(undefined, cancelled);
    const a = jobs.add(Promise.resolve(1));
    void jobs.add(a.then((n) => jobs.add(Promise.resolve(n + 1))));
    await jobs.settle();
    assert.equal(jobs.signal.aborted, false);
  });
});
