// Issue 16, point 1, "one merge": the mentee's commits one pull request brought in (the merge on
// HEAD's first-parent line, Commit.merge) are one story, with no rework claimed inside it; a
// branch of others' work, a merge of too many commits and a fix naming a landed commit are not.
import * as assert from 'node:assert/strict';
import { computeTopics } from '../../src/core/topics/computeTopics';
import {
  groupStories,
  MAX_MERGE_COMMITS,
  type Story,
} from '../../src/core/topics/groupStories';
import type { Commit } from '../../src/core/topics/historyData';
import { markFrom, markMergedBy, mergesBringing } from '../../src/core/topics/mergedBy';
import { broughtByLine } from '../../src/git/readMerges';
import { commit, DAY, history, NOW, sha } from '../support/historyBuilder';

const PR = { sha: 'f'.repeat(40), subject: 'Merge pull request #12 from alex/pool' };

/** A commit of the pull request PR: its own commit time (written and committed on a branch). */
function prCommit(n: number, daysAgo: number, subject: string, files: string[]): Commit {
  const c = commit({ n, daysAgo, subject, files, commitTime: NOW - daysAgo * DAY });
  c.merge = { ...PR };
  return c;
}

function storyOf(stories: Story[], n: number): Story {
  const s = stories.find((x) => x.commits.some((c) => c.sha === sha(n)));
  assert.ok(s, `no story holds commit ${n}`);
  return s;
}

describe('topics: one merge, one story', () => {
  it('takes the commits one pull request brought in, revised over days among other work, for one story', () => {
    const commits = [
      prCommit(1, 20, 'Add a connection pool', ['src/pool.c']),
      commit({ n: 2, daysAgo: 19, subject: 'docs: typo in the FAQ', files: ['docs/faq.md'] }),
      prCommit(3, 15, 'Address review: rename the option', ['src/options.c']),
      commit({ n: 4, daysAgo: 12, subject: 'ci: cache pip', files: ['.ci/run.yml'] }),
      prCommit(5, 9, 'Add tests for the pool', ['tests/test_pool.py']),
      prCommit(6, 2, 'Update the changelog', ['CHANGES.md']),
    ];
    const stories = groupStories(commits);
    const pr = storyOf(stories, 1);
    assert.deepEqual(
      pr.commits.map((c) => c.sha),
      [1, 3, 5, 6].map(sha),
    );
    assert.notEqual(storyOf(stories, 2), pr);
    assert.notEqual(storyOf(stories, 4), pr);
  });

  it('never counts a review revision inside a pull request as rework, however it is worded', () => {
    const commits = [
      prCommit(1, 10, 'pool: add the pool', ['src/pool.c']),
      prCommit(2, 7, 'pool: fix the leak on shutdown', ['src/pool.c']),
      prCommit(3, 5, 'Revert "pool: add the pool"', ['src/pool.c']),
    ];
    const [story, ...rest] = groupStories(commits);
    assert.equal(rest.length, 0);
    assert.deepEqual(story.roles, ['work', 'work', 'work']);
  });

  it('still counts a fix after the pull request landed, outside it, as rework of its story', () => {
    const commits = [
      prCommit(1, 12, 'pool: add the pool', ['src/pool.c']),
      prCommit(2, 11, 'pool: tune the pool', ['src/pool.c']),
      commit({ n: 3, daysAgo: 4, subject: 'fix the pool leak', files: ['src/pool.c'] }),
    ];
    const [story] = groupStories(commits);
    assert.deepEqual(story.roles, ['work', 'work', 'rework']);
  });

  it('keeps a commit whose Fixes: trailer names a landed commit out of the pull request story', () => {
    const fix = prCommit(3, 2, 'receive-pack: avoid spinning threads', ['builtin/receive.c']);
    fix.trailers = [{ key: 'Fixes', value: `${sha(1).slice(0, 12)} (hook: convert)` }];
    const commits = [
      prCommit(1, 40, 'hook: convert to the hook API', ['hook.c']),
      prCommit(2, 39, 'hook: add tests', ['t/t1800-hook.sh']),
      fix,
    ];
    const stories = groupStories(commits);
    assert.equal(storyOf(stories, 1), storyOf(stories, 2));
    assert.notEqual(storyOf(stories, 3), storyOf(stories, 1));
  });

  it('groups the commits of a merge bringing in more than MAX_MERGE_COMMITS by the usual rules', () => {
    const commits = Array.from({ length: MAX_MERGE_COMMITS + 1 }, (_, i) =>
      prCommit(i + 1, 200 - 3 * i, `area${i}: change ${i}`, [`src/area${i}.c`]),
    );
    assert.ok(groupStories(commits).length > 1);
  });

  it('groups the commits of a merge written more than MAX_MERGE_DAYS apart by the usual rules', () => {
    const commits = [
      prCommit(1, 300, 'parser: add the parser', ['src/parser.c']),
      prCommit(2, 10, 'ui: add the dark theme', ['src/theme.c']),
    ];
    assert.equal(groupStories(commits).length, 2);
  });

  it('names the pull request number from the merge subject in the story title', () => {
    const commits = [
      prCommit(1, 10, 'Add a connection pool', ['src/pool.c']),
      prCommit(2, 8, 'Add pool tests', ['tests/test_pool.py']),
    ];
    const [topic] = computeTopics(history(commits), { now: NOW, identities: [], limit: 10 });
    assert.match(topic.title, /\(#12\)/);
  });

  it('titles a pull request story with the PR title when the merge subject is that title', () => {
    const commits = [
      prCommit(1, 10, 'Add a connection pool', ['src/pool.c']),
      prCommit(2, 8, 'Add pool tests', ['tests/test_pool.py']),
    ];
    for (const c of commits) c.merge = { sha: PR.sha, subject: 'Pool connections per host (#44)' };
    const [topic] = computeTopics(history(commits), { now: NOW, identities: [], limit: 10 });
    assert.match(topic.title, /^Pool connections per host \(#44\)/);
  });
});

describe('topics: which merge brought a commit in', () => {
  // main: b0 -- m1 -------- M2 (PR: a1, a2 on a branch from b0)
  const b0 = 'b0'.padEnd(40, '0');
  const m1 = commit({ n: 1, daysAgo: 9, subject: 'direct push' });
  const a1 = commit({ n: 2, daysAgo: 8, subject: 'branch work 1' });
  const a2 = commit({ n: 3, daysAgo: 7, subject: 'branch work 2' });
  m1.parents = [b0];
  a1.parents = [b0];
  a2.parents = [a1.sha];
  const merge = { sha: 'e'.repeat(40), parents: [m1.sha, a2.sha], subject: 'Merge pull request #7' };
  const parentsOf = new Map<string, string[]>([
    [merge.sha, merge.parents],
    [m1.sha, [b0]],
    [a2.sha, [a1.sha]],
    [a1.sha, [b0]],
    [b0, []],
  ]);

  it('marks the commits reachable from the second parent, never those on the first-parent line', () => {
    const commits = [m1, a1, a2].map((c) => ({ ...c }));
    markMergedBy(commits, [merge], parentsOf);
    assert.deepEqual(
      commits.map((c) => c.merge?.sha),
      [undefined, merge.sha, merge.sha],
    );
    assert.equal(commits[1].merge?.subject, 'Merge pull request #7');
  });

  it('works out the same merges from the commits’ names alone, before they are read whole', () => {
    const names = new Map([m1, a1, a2].map((c) => [c.sha, undefined]));
    const brought = mergesBringing(names, [merge], parentsOf);
    assert.deepEqual(
      [...brought].map(([sha, m]) => [sha, m.sha]),
      [
        [a2.sha, merge.sha],
        [a1.sha, merge.sha],
      ],
    );
    const commits = [m1, a1, a2].map((c) => ({ ...c }));
    markFrom(commits, brought);
    const marked = [m1, a1, a2].map((c) => ({ ...c }));
    markMergedBy(marked, [merge], parentsOf);
    assert.deepEqual(commits, marked);
    // From the walk's names and the merge line: the same; none when a name is outside the line's
    // window (its parents unknown), so the read marks the commits once they are in.
    const line = {
      merges: [{ ...merge, authorName: 'M', authorEmail: 'm@x', time: 0 }],
      parentsOf,
    };
    assert.deepEqual(broughtByLine([a2.sha, m1.sha, a1.sha], line), brought);
    assert.equal(broughtByLine(['9'.repeat(40)], line), undefined);
  });

  it('marks nothing for a branch that brought in more of others work than the mentee', () => {
    const others = ['c1', 'c2', 'c3'].map((s) => s.padEnd(40, '0'));
    const sync = { sha: 'd'.repeat(40), parents: [m1.sha, others[2]], subject: 'Merge stable' };
    const mine = { ...a1, parents: [b0] };
    const map = new Map<string, string[]>([
      [sync.sha, sync.parents],
      [m1.sha, [b0]],
      [others[2], [others[1]]],
      [others[1], [others[0]]],
      [others[0], [mine.sha]],
      [mine.sha, [b0]],
      [b0, []],
    ]);
    markMergedBy([mine], [sync], map);
    assert.equal(mine.merge, undefined);
  });
});
