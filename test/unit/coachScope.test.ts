import * as assert from 'node:assert/strict';
import { coachesQuestion } from '../../src/core/questionCheck/coachScope';

const plan = { mentee: 'Alex Rivera', mentors: ['Sam Chen'], handles: {} };

describe('which questions the checker coaches', () => {
  it("coaches a mentor's queued question and never a mentee's, whoever is editing", () => {
    for (const editor of ['mentee', 'mentor', undefined] as const) {
      assert.equal(coachesQuestion({ by: 'sam' }, plan, editor), true);
      assert.equal(coachesQuestion({ by: 'alex' }, plan, editor), false);
      assert.equal(coachesQuestion({ by: 'dba-oncall' }, plan, editor), false);
    }
  });

  it('coaches a question with no author only while a mentor of the relationship edits it', () => {
    assert.equal(coachesQuestion({}, plan, 'mentor'), true);
    assert.equal(coachesQuestion({}, plan, 'mentee'), false);
    assert.equal(coachesQuestion({}, plan, undefined), false);
  });
});
