// Review work: the mentee's merges of others' pull requests or branches are one topic naming
// whose work it was; merges keeping long-lived branches in step are one upkeep topic; bots' pull
// requests, the mentee's own branches, `git pull` merges and catching a work branch up are not
// review. A window of merges alone still gives topics.
import * as assert from 'node:assert/strict';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import { computeTopics } from '../../src/core/topics/computeTopics';
import type { OwnMerge } from '../../src/core/topics/historyData';
import { reviewTopics } from '../../src/core/topics/reviewTopics';
import { commit, history, NOW, sha } from '../support/historyBuilder';

const DAY = 86_400;
const ANA = { tipName: 'Ana Lee', tipEmail: 'ana@example.com' };
const BO = { tipName: 'Bo Park', tipEmail: 'bo@example.com' };
const CY = { tipName: 'Cy Ito', tipEmail: 'cy@example.com' };

/** One of Alex's merges, `daysAgo` before NOW, of a tip by `by`. */
function merge(
  n: number,
  subject: string,
  by: { tipName: string; tipEmail: string } = ANA,
  daysAgo = 3,
  tipByMentee = false,
): OwnMerge {
  const time = NOW - daysAgo * DAY;
  return {
    sha: sha(n),
    time,
    date: new Date(time * 1000).toISOString().slice(0, 10),
    subject,
    ...by,
    tipByMentee,
  };
}

const pr = (n: number, by = ANA, daysAgo = 3) =>
  merge(n, `Merge pull request #${n} from ${by.tipName.split(' ')[0].toLowerCase()}/fix-${n}`, by, daysAgo);

describe('topics: review work from the mentee’s merges', () => {
  it('raises the merges of others’ pull requests as ONE topic naming the people, most merged first', () => {
    const drafts = reviewTopics([pr(1, BO), pr(2, ANA), pr(3, ANA), pr(4, CY), pr(5, ANA)], NOW);
    assert.equal(drafts.length, 1);
    const [review] = drafts;
    assert.equal(
      review.draft.title,
      'Reviewed and merged 5 pull requests from 3 contributors: Ana Lee (3), Bo Park and Cy Ito',
    );
    assert.equal(review.draft.subject, 'pull requests from 3 contributors');
    assert.deepEqual(review.tags, ['review-work']);
    assert.equal(review.draft.evidence.commits.length, 5);
    assert.deepEqual(review.draft.evidence.files, []);
    assert.ok(review.draft.facets?.every((f) => f.kind === 'merge' && f.sha));
  });

  it('says branches, not pull requests, for merges of topic branches (a mailing-list project)', () => {
    const drafts = reviewTopics(
      [merge(1, "Merge branch 'ab/fix-parser'"), merge(2, "Merge branch 'cd/docs'", BO)],
      NOW,
    );
    assert.match(drafts[0].draft.title, /^Reviewed and merged 2 branches from 2 contributors/);
  });

  it('needs two merges of others’ work', () => {
    assert.deepEqual(reviewTopics([pr(1)], NOW), []);
  });

  it('leaves out bots, the mentee’s own branches, git pull merges and catching a branch up', () => {
    const left = [
      merge(1, 'Merge pull request #1 from org/dependabot/npm/lodash-4.17.21', {
        tipName: 'dependabot[bot]',
        tipEmail: '49699333+dependabot[bot]@users.noreply.github.com',
      }),
      merge(2, 'Merge pull request #2 from alex/my-feature', ANA, 3, true),
      merge(3, "Merge branch 'main' of github.com:org/project"),
      merge(4, "Merge remote-tracking branch 'origin/main'"),
      merge(5, "Merge branch 'main' into fix-parser"),
    ];
    assert.deepEqual(reviewTopics([...left, pr(6)], NOW), []);
  });

  it('counts a pull request from a fork’s main branch as review, not upkeep', () => {
    const drafts = reviewTopics(
      [merge(1, 'Merge pull request #1 from ana/master'), merge(2, 'Merge pull request #2 from bo/main', BO)],
      NOW,
    );
    assert.deepEqual(
      drafts.map((d) => d.draft.id),
      ['story:review'],
    );
  });

  it('raises three or more merges of long-lived branches as one upkeep topic', () => {
    const drafts = reviewTopics(
      [
        merge(1, "Merge branch 'stable'"),
        merge(2, "Merge branch '3.0.x'", BO),
        merge(3, "Merge tag '4.19.1' into 5.x"),
        merge(4, 'Merge stable into main (#3120)'),
      ],
      NOW,
    );
    assert.equal(drafts.length, 1);
    assert.equal(drafts[0].draft.id, 'story:upkeep');
    assert.match(drafts[0].draft.title, /^Kept branches in step: 4 merges of stable, 3\.0\.x/);
    assert.deepEqual(drafts[0].tags, ['upkeep']);
    assert.deepEqual(reviewTopics([merge(1, "Merge branch 'stable'"), merge(2, "Merge branch '3.0.x'")], NOW), []);
  });

  it('ranks more review higher, and recent review higher than old', () => {
    const few = reviewTopics([pr(1), pr(2)], NOW)[0].draft.score;
    const many = reviewTopics(
      Array.from({ length: 20 }, (_, i) => pr(i + 1)),
      NOW,
    )[0].draft.score;
    const old = reviewTopics([pr(1, ANA, 200), pr(2, ANA, 200)], NOW)[0].draft.score;
    assert.ok(many > few, `${many} > ${few}`);
    assert.ok(few > old, `${few} > ${old}`);
  });

  it('gives a maintainer whose window holds merges alone a topic, with a review question that passes the checker', () => {
    const topics = computeTopics(history([], { ownMerges: [pr(1), pr(2, BO)] }), { now: NOW });
    assert.equal(topics.length, 1);
    assert.equal(topics[0].id, 'story:review');
    assert.match(topics[0].question, /pull requests from 2 contributors/);
    assert.equal(checkQuestion(topics[0].question), undefined, topics[0].question);
  });

  it('ranks review among the stories and asks it a question no story gets', () => {
    const topics = computeTopics(
      history(
        [
          commit({ n: 10, subject: 'Add the pool', files: [['src/pool.c', 200]] }),
          commit({ n: 11, subject: 'Fix the parser', daysAgo: 9, files: [['src/parse.c', 30]] }),
        ],
        { ownMerges: [pr(1), pr(2, BO), pr(3, CY)], earlier: ['src/pool.c', 'src/parse.c'] },
      ),
      { now: NOW },
    );
    const review = topics.find((t) => t.id === 'story:review');
    assert.ok(review);
    const questions = topics.map((t) => t.question);
    assert.equal(new Set(questions).size, questions.length);
    assert.match(review.question, /review|merge/);
  });
});
