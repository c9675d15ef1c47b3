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

  describe('small follow-ups of earlier work', () => {
    const guideSeries = (daysAgo: number) =>
      [1, 2, 3, 4].map((n) =>
        commit({
          n,
          daysAgo: daysAgo + 4 - n,
          commitTime: NOW - daysAgo * DAY,
          subject: `doc: guide: part ${n}`,
          files: [['docs/guide.md', 50, 10]],
        }),
      );

    it('joins a typo fixed weeks later in a document the mentee wrote to that story, never as rework', () => {
      const typo = commit({
        n: 9,
        daysAgo: 10,
        subject: 'doc: guide: fix a typo',
        files: [['docs/guide.md', 1, 1]],
      });
      const stories = groupStories([...guideSeries(60), typo]);
      assert.equal(stories.length, 1);
      assert.deepEqual(stories[0].roles, ['work', 'work', 'work', 'work', 'work']);
    });

    it('gives a small change to the story that made the file most, not the last one to touch it', () => {
      const made = commit({
        n: 1,
        daysAgo: 60,
        subject: 'Add fish completion',
        files: [['fish.go', 170]],
      });
      const touched = commit({
        n: 2,
        daysAgo: 40,
        subject: 'Revamp zsh completion',
        files: [
          ['zsh.go', 500],
          ['fish.go', 40],
        ],
      });
      const fix = commit({
        n: 3,
        daysAgo: 20,
        subject: 'Fish does not accept dashes in names',
        files: [['fish.go', 20, 10]],
      });
      const stories = groupStories([made, touched, fix]);
      const holding = (n: number) => stories.find((st) => st.commits.some((c) => c.sha === sha(n)));
      assert.equal(holding(3), holding(1));
      assert.notEqual(holding(3), holding(2));
    });

    it('keeps apart a later change that drew help, a big one, one too late, and one alongside other patches', () => {
      const helped = commit({
        n: 10,
        daysAgo: 30,
        subject: 'doc: guide: avoid a confusing example',
        files: [['docs/guide.md', 2, 2]],
        trailers: [['Reported-by', 'Sam <sam@example.com>']],
      });
      const big = commit({
        n: 11,
        daysAgo: 25,
        subject: 'doc: guide: rewrite the intro',
        files: [['docs/guide.md', 90, 40]],
      });
      const late = commit({
        n: 12,
        daysAgo: 5,
        subject: 'doc: guide: fix a link',
        files: [['docs/guide.md', 1, 1]],
      });
      const inSeries = [13, 14].map((n) =>
        commit({
          n,
          daysAgo: 20,
          commitTime: NOW - 20 * DAY,
          subject: `doc: notes ${n}`,
          files: [[n === 13 ? 'docs/guide.md' : 'docs/notes.md', 1, 1]],
        }),
      );
      const stories = groupStories([...guideSeries(60), helped, big, ...inSeries]);
      const first = stories.find((st) => st.commits.some((c) => c.sha === sha(1)));
      assert.ok(first);
      assert.deepEqual(
        first.commits.map((c) => c.sha),
        [1, 2, 3, 4].map(sha),
      );
      // Too late: more than FOLLOW_UP_DAYS after the work ended.
      assert.equal(groupStories([...guideSeries(200), late]).length, 2);
    });
  });
});
