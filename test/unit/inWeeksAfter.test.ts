// Which of the walk's commits the older stories' same-lines read takes (src/git/readFileWork.ts):
// only those in the weeks after one of the stories' commits, never the weeks between them.
import * as assert from 'node:assert/strict';
import { inWeeksAfter, SAME_LINES_DAYS } from '../../src/git/readFileWork';

const DAY = 86_400;

describe('inWeeksAfter: the weeks after the older stories’ commits', () => {
  // Two stories' commits far apart, given out of order.
  const march = Date.parse('2026-03-01T00:00:00Z') / 1000;
  const january = Date.parse('2026-01-10T00:00:00Z') / 1000;
  const within = inWeeksAfter([march, january]);

  it('takes a time at a commit and up to SAME_LINES_DAYS after it', () => {
    assert.equal(within(january), true);
    assert.equal(within(january + 3 * DAY), true);
    assert.equal(within(january + SAME_LINES_DAYS * DAY), true);
    assert.equal(within(march + 1), true);
  });

  it('leaves out the weeks between the stories and the time before the first', () => {
    assert.equal(within(january + SAME_LINES_DAYS * DAY + 1), false);
    assert.equal(within(march - 1), false);
    assert.equal(within(january - 1), false);
    assert.equal(within(march + SAME_LINES_DAYS * DAY + 1), false);
  });

  it('takes nothing when there are no older stories', () => {
    assert.equal(inWeeksAfter([])(march), false);
  });
});
