// A check of the HistoryData builder the topic tests share (test/support/historyBuilder.ts).
import * as assert from 'node:assert/strict';
import { commit, history } from '../support/historyBuilder';

describe('topics: the history builder of the tests', () => {
  it('builds commits newest first with fixed shas and dates', () => {
    const data = history([commit({ n: 1, daysAgo: 3 }), commit({ n: 2, daysAgo: 1 })]);
    assert.deepEqual(
      data.commits.map((c) => [c.sha.slice(-1), c.date]),
      [
        ['2', '2026-02-28'],
        ['1', '2026-02-26'],
      ],
    );
    assert.equal(data.earlier.commits, 0);
  });
});
