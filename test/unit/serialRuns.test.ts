import * as assert from 'node:assert/strict';
import { serialRuns } from '../../src/vscode/serialRuns';

const noError = (e: unknown) => assert.fail(String(e));

/** A task whose runs end when the test says, recording what each run saw. */
function controlled() {
  const ends: (() => void)[] = [];
  const started: number[] = [];
  let state = 0;
  const task = () => {
    started.push(state);
    return new Promise<void>((resolve) => ends.push(resolve));
  };
  return {
    task,
    started,
    setState: (n: number) => (state = n),
    endNext: async () => {
      ends.shift()?.();
      await new Promise((r) => setImmediate(r));
    },
    waiting: () => ends.length,
  };
}

describe('serialRuns', () => {
  it('runs one at a time and once more after requests made during a run', async () => {
    const c = controlled();
    const request = serialRuns(c.task, noError);
    void request();
    c.setState(1);
    void request();
    void request();
    c.setState(2);
    void request();
    assert.deepEqual(c.started, [0], 'no second run while the first is under way');
    await c.endNext();
    assert.deepEqual(c.started, [0, 2], 'one more run, which sees the newest state');
    await c.endNext();
    assert.equal(c.waiting(), 0);
    assert.deepEqual(c.started, [0, 2]);
  });

  it('never starves: requests faster than a run still end in runs that complete', async () => {
    const c = controlled();
    let completed = 0;
    const request = serialRuns(async () => {
      await c.task();
      completed++;
    }, noError);
    void request();
    // Every run is asked for again while it is under way, with newer state each time.
    for (let i = 1; i <= 10; i++) {
      c.setState(i);
      void request();
      await c.endNext();
    }
    assert.equal(completed, 10, 'each run completed');
    assert.equal(c.started.at(-1), 10, 'the run under way saw the newest state');
    await c.endNext();
    assert.equal(completed, 11);
    assert.equal(c.waiting(), 0);
  });

  it('hands a failure to onError and keeps serving requests', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const request = serialRuns(async () => {
      calls++;
      if (calls === 1) throw new Error('first');
    }, (e) => errors.push(e));
    await request();
    await request();
    assert.equal(calls, 2);
    assert.equal(errors.length, 1);
  });

  it('a request made as a run ends is not lost', async () => {
    let calls = 0;
    let request: () => Promise<void> = async () => undefined;
    request = serialRuns(async () => {
      calls++;
      // A request from inside the run (as an event fired by the task's own write would).
      if (calls === 1) void request();
    }, noError);
    await request();
    await new Promise((r) => setImmediate(r));
    assert.equal(calls, 2);
  });
});
