// Classes of wrong rankings found by reading the judged evaluation set's tuning contributors
// (test/fixtures/topic-eval), each shown on a synthetic history: what a mentor would say, not a
// copy of any real commit.
import * as assert from 'node:assert/strict';
import { computeTopics } from '../../src/core/topics/computeTopics';
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
});

void DAY;
