import * as assert from 'node:assert/strict';
import {
  groupTopicsByRepository,
  mergeHistoryData,
  mergeRepositoryTopics,
} from '../../src/core/topics/mergeRepositoryTopics';
import type { Topic } from '../../src/core/topics/topic';
import { commit, history } from '../support/historyBuilder';

function topic(id: string, score: number, repository?: string): Topic {
  return {
    id,
    kind: 'area',
    title: id,
    score,
    evidence: { commits: [], files: [] },
    question: 'What did you learn?',
    repository,
  };
}

describe('topics from several repositories', () => {
  it('merges rankings by score, each topic saying its repository, ties in repository then rank order', () => {
    const merged = mergeRepositoryTopics([
      {
        repository: 'github.com/acme/api',
        data: history([]),
        topics: [topic('a1', 5), topic('a2', 3), topic('a3', 3)],
      },
      {
        repository: 'github.com/acme/web',
        data: history([]),
        topics: [topic('w1', 4), topic('w2', 3)],
      },
    ]);
    assert.deepEqual(
      merged.map((t) => `${t.id}@${t.repository}`),
      [
        'a1@github.com/acme/api',
        'w1@github.com/acme/web',
        'a2@github.com/acme/api',
        'a3@github.com/acme/api',
        'w2@github.com/acme/web',
      ],
    );
  });

  it('names the repository in an id two repositories share, so that each topic is found by its id', () => {
    const merged = mergeRepositoryTopics([
      {
        repository: 'github.com/acme/api',
        data: history([]),
        topics: [topic('story:releases', 40), topic('story:abc', 30)],
      },
      {
        repository: 'github.com/acme/web',
        data: history([]),
        topics: [topic('story:releases', 35), topic('story:def', 20)],
      },
    ]);
    assert.deepEqual(
      merged.map((t) => t.id),
      [
        'story:releases@github.com/acme/api',
        'story:releases@github.com/acme/web',
        'story:abc',
        'story:def',
      ],
    );
    assert.equal(new Set(merged.map((t) => t.id)).size, merged.length);
  });

  it('groups topics by repository in the order of each group best topic', () => {
    const groups = groupTopicsByRepository([
      topic('w1', 9, 'web'),
      topic('a1', 8, 'api'),
      topic('w2', 7, 'web'),
      topic('x', 1),
    ]);
    assert.deepEqual(
      groups.map((g) => [g.repository, g.topics.map((t) => t.id)]),
      [
        ['web', ['w1', 'w2']],
        ['api', ['a1']],
        ['', ['x']],
      ],
    );
  });

  it('counts the commits and merges of every repository and says which repository a note is about', () => {
    const merge = (sha: string, time: number) => ({
      sha,
      time,
      date: '2026-02-20',
      subject: `Merge pull request from ${sha}`,
      tipName: 'Bo',
      tipEmail: 'bo@example.com',
      tipByMentee: false,
    });
    const api = history([commit({ n: 1, daysAgo: 3 })], {
      notes: ['HEAD is detached'],
      ownMerges: [merge('a'.repeat(40), 100)],
    });
    const web = history([commit({ n: 2, daysAgo: 1 })], {
      ownMerges: [merge('b'.repeat(40), 200)],
    });
    const data = mergeHistoryData([
      { repository: 'api', data: api, topics: [] },
      { repository: 'web', data: web, topics: [] },
    ]);
    assert.equal(data.commits.length, 2);
    assert.equal(data.commits[0].sha, web.commits[0].sha, 'newest first');
    assert.deepEqual(data.notes, ['api: HEAD is detached']);
    assert.deepEqual(
      data.ownMerges?.map((m) => m.sha),
      ['b'.repeat(40), 'a'.repeat(40)],
      "every repository's merges, newest first (the views name them by subject)",
    );
    const one = mergeHistoryData([{ repository: 'api', data: api, topics: [] }]);
    assert.equal(one, api, 'one repository: its own data');
  });
});
