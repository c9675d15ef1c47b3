// A linter's own fixes applied ("Apply clippy fixes") are mechanical churn like formatting, held
// low however many lines they touch; changing what the linter checks is real work.
import * as assert from 'node:assert/strict';
import { commitTraits } from '../../src/core/topics/commitTraits';
import { computeTopics } from '../../src/core/topics/computeTopics';
import { commit, history, NOW, sha } from '../support/historyBuilder';

describe('topics: lint fixes', () => {
  it('takes a linter’s fixes or silenced warnings for churn, and a change of its rules for work', () => {
    const churn = (subject: string) =>
      commitTraits(commit({ n: 1, subject, files: [['src/main.rs', 40, 30]] })).churn;
    assert.equal(churn('Apply clippy fixes (#2864)'), true);
    assert.equal(churn('Fix clippy::if_same_then_else warning in --paging=auto logic'), true);
    assert.equal(churn('Fix eslint warnings'), true);
    assert.equal(churn('ruff: apply suggestions'), true);
    assert.equal(churn("clippy: Only enforce 'correctness' lints, just print the rest"), false);
    assert.equal(churn('Add Clippy linter step to CICD'), false);
    assert.equal(churn('Fix the linter crash on empty files'), false);
  });

  it('ranks a large "Apply clippy fixes" commit below a smaller feature', () => {
    const data = history(
      [
        commit({
          n: 1,
          daysAgo: 3,
          subject: 'Apply clippy fixes',
          files: [
            ['src/a.rs', 120, 110],
            ['src/b.rs', 90, 80],
            ['src/c.rs', 60, 60],
          ],
        }),
        commit({
          n: 2,
          daysAgo: 3.5,
          subject: 'Add brace expansion to mapping rules',
          files: [['src/mapping.rs', 60, 10]],
        }),
      ],
      { earlier: ['src/a.rs', 'src/b.rs', 'src/c.rs', 'src/mapping.rs'] },
    );
    const topics = computeTopics(data, { now: NOW, identities: [], limit: 10 });
    const rank = (n: number) => topics.findIndex((t) => t.evidence.commits.includes(sha(n)));
    assert.ok(rank(2) >= 0 && rank(1) > rank(2), topics.map((t) => t.title).join(' | '));
  });
});
