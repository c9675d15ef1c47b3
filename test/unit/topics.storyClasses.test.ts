// Classes of wrong rankings found by reading the judged evaluation set's tuning contributors
// (test/fixtures/topic-eval), each shown on a synthetic history: what a mentor would say, not a
// copy of any real commit.
import * as assert from 'node:assert/strict';
import { computeTopics } from '../../src/core/topics/computeTopics';
import { groupStories } from '../../src/core/topics/groupStories';
import type { HistoryData } from '../../src/core/topics/historyData';
import type { Topic } from '../../src/core/topics/topic';
import { commit, DAY, history, NOW, sha } from '../support/historyBuilder';

/** Earlier history, so that the range's work is not all first touches. */
const EARLIER = ['src/app.py', 'src/cli.py', 'docs/config.rst', 'requirements/dev.txt'];

function topicsOf(data: HistoryData): Topic[] {
  return computeTopics(data, { now: NOW, identities: [], limit: 100 });
}

function storyWith(topics: Topic[], n: number): Topic {
  const t = topics.find((x) => x.evidence.commits.includes(sha(n)));
  assert.ok(t, `no topic holds commit ${n}: ${topics.map((x) => x.title).join(' | ')}`);
  return t;
}

describe('topics: classes found on the judged set', () => {
  it('holds routine dependency refreshes low, even with new pins and a little fallout in code', () => {
    // A refresh touches many pin files (requirements, CI action versions, pre-commit) and a few
    // lines of code the new tool versions asked for; a small feature with a test is real work.
    const refresh = (n: number, daysAgo: number) =>
      commit({
        n,
        daysAgo,
        subject: 'update dev dependencies',
        files: [
          ['requirements/dev.txt', 60, 50],
          ['requirements/docs.txt', 20, 18],
          ['.github/workflows/tests.yaml', 6, 6],
          ['.pre-commit-config.yaml', 2, 2],
          ['tox.ini', 2, 2],
          ['src/app.py', 3, 3],
        ],
      });
    const data = history(
      [
        refresh(1, 5),
        refresh(2, 20),
        refresh(3, 40),
        commit({
          n: 4,
          daysAgo: 30,
          subject: 'add an option for the env file',
          files: [
            ['src/cli.py', 25, 4],
            ['tests/test_cli.py', 30],
          ],
        }),
      ],
      {
        earlier: EARLIER,
        dependencyAdds: [{ sha: sha(1), manifest: 'requirements/dev.txt', name: 'tomli' }],
      },
    );
    const topics = topicsOf(data);
    assert.equal(topics[0].evidence.commits[0], sha(4));
    for (const n of [1, 2, 3]) assert.ok(storyWith(topics, n).score <= 10, String(n));
  });

  it('still weighs a commit that adds a dependency for new code as work', () => {
    const data = history(
      [
        commit({
          n: 1,
          daysAgo: 3,
          subject: 'update dependencies and use httpx for the client',
          files: [
            ['requirements/dev.txt', 4],
            ['src/client.py', 120, 10],
          ],
        }),
      ],
      {
        earlier: EARLIER,
        dependencyAdds: [{ sha: sha(1), manifest: 'requirements/dev.txt', name: 'httpx' }],
      },
    );
    assert.ok(storyWith(topicsOf(data), 1).score > 10);
  });

  it('makes a series resubmitted after a revert (same patch, same file) one story with its first take', () => {
    // Take 1: three patches applied at once; reverted upstream (by someone else: not in the range's
    // commits); take 2 a month later, five patches, one of them the same patch again.
    const take1 = NOW - 60 * DAY;
    const take2 = NOW - 30 * DAY;
    const data = history(
      [
        commit({
          n: 1,
          daysAgo: 62,
          commitTime: take1,
          subject: 'pool: add a helper for child states',
          files: ['src/run.c'],
        }),
        commit({
          n: 2,
          daysAgo: 61,
          commitTime: take1,
          subject: 'pool: use the worker API instead of spawning',
          files: ['src/pool.c', 'src/refs.c'],
        }),
        commit({
          n: 3,
          daysAgo: 61,
          commitTime: take1,
          subject: 'pool: allow overriding the grouping',
          files: ['src/pool.c'],
        }),
        ...[10, 11, 12, 13].map((n) =>
          commit({
            n,
            daysAgo: 32,
            commitTime: take2,
            subject: `pool: take two, step ${n}`,
            files: ['src/pool.c'],
          }),
        ),
        commit({
          n: 14,
          daysAgo: 31,
          commitTime: take2,
          subject: 'pool: use the worker API instead of spawning',
          files: ['src/refs.c'],
        }),
      ],
      { earlier: EARLIER },
    );
    const topics = topicsOf(data);
    const story = storyWith(topics, 1);
    for (const n of [2, 3, 10, 11, 12, 13, 14])
      assert.equal(storyWith(topics, n).id, story.id, String(n));
  });

  it('keeps short or churn subjects that repeat ("fix a typo", "update dev dependencies") apart', () => {
    const stories = groupStories([
      commit({ n: 1, daysAgo: 40, subject: 'fix a typo', files: ['docs/guide.md'] }),
      commit({ n: 2, daysAgo: 10, subject: 'fix a typo', files: ['docs/guide.md'] }),
      commit({
        n: 3,
        daysAgo: 35,
        subject: 'update dev dependencies',
        files: [['requirements/dev.txt', 40, 40]],
      }),
      commit({
        n: 4,
        daysAgo: 5,
        subject: 'update dev dependencies',
        files: [['requirements/dev.txt', 40, 40]],
      }),
    ]);
    assert.equal(stories.length, 4);
  });

  it('keeps the same subject on other files apart: a new patch that happens to be named alike', () => {
    const stories = groupStories([
      commit({
        n: 1,
        daysAgo: 40,
        subject: 'add a section about upstream branches',
        files: ['docs/push.md'],
      }),
      commit({
        n: 2,
        daysAgo: 10,
        subject: 'add a section about upstream branches',
        files: ['docs/fetch.md'],
      }),
    ]);
    assert.equal(stories.length, 2);
  });
});
