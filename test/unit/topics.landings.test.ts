// How commits are grouped into landings and reverts (issue 16, tuning set 3): a rebase that
// paused for a conflict is still one series, a series is one story however long, and a revert
// written by hand that names the commit in its subject is rework of that commit's story.
import * as assert from 'node:assert/strict';
import { groupStories } from '../../src/core/topics/groupStories';
import type { Commit } from '../../src/core/topics/historyData';
import { subjectRevertedSha } from '../../src/core/topics/subjectRevertedSha';
import { commit, DAY, NOW, sha } from '../support/historyBuilder';

/** The story (its index) holding commit `n`. */
function storyOf(stories: ReturnType<typeof groupStories>, n: number): number {
  const i = stories.findIndex((s) => s.commits.some((c) => c.sha === sha(n)));
  assert.ok(i >= 0, `no story holds commit ${n}`);
  return i;
}

describe('topics: landings and hand-written reverts', () => {
  it('keeps a 46-patch pull request applied by a rebase that paused for a minute as one story', () => {
    const applied = NOW - 5 * DAY;
    // Written over three weeks; the rebase stopped for a conflict after the 17th patch and
    // applied the rest 51 seconds later.
    const commits = Array.from({ length: 46 }, (_, i) =>
      commit({
        n: i + 1,
        daysAgo: 30 - Math.floor(i / 2),
        commitTime: applied + (i < 17 ? 0 : 51),
        subject: `Mapping step ${i + 1}`,
        files: [i % 2 === 0 ? 'src/mapping.rs' : `build/step${i}.rs`],
      }),
    );
    const stories = groupStories(commits);
    assert.equal(stories.length, 1);
    assert.equal(stories[0].commits.length, 46);
    assert.equal(stories[0].landings, 1);
    assert.ok(stories[0].roles.every((r) => r === 'work'));
  });

  it('keeps two pull requests committed a minute apart as they were written apart', () => {
    // Committed when written (a merge workflow): a minute apart is two landings, two stories.
    const first = commit({
      n: 1,
      daysAgo: 3,
      subject: 'Add the pager helper',
      files: ['src/pager.rs'],
    });
    const second: Commit = {
      ...commit({ n: 2, daysAgo: 3, subject: 'Speed up the theme cache', files: ['src/theme.rs'] }),
      time: first.time + 60,
    };
    const stories = groupStories([first, second]);
    assert.equal(stories.length, 2);
  });

  it('does not join commits applied later whose landings are more than two minutes apart', () => {
    const applied = NOW - 2 * DAY;
    const a = commit({
      n: 1,
      daysAgo: 9,
      commitTime: applied,
      subject: 'Add the pager helper',
      files: ['src/pager.rs'],
    });
    const b = commit({
      n: 2,
      daysAgo: 8,
      commitTime: applied + 600,
      subject: 'Speed up the theme cache',
      files: ['src/theme.rs'],
    });
    const stories = groupStories([a, b]);
    assert.notEqual(storyOf(stories, 1), storyOf(stories, 2));
  });

  it('ties a hand-written partial revert that names a commit to that commit’s story, as rework', () => {
    const changed: Commit = {
      ...commit({
        n: 1,
        daysAgo: 10,
        subject: 'Small syntax modification of some commands',
        files: ['shell/key-bindings.fish'],
      }),
      sha: '0167691' + '5'.repeat(33),
    };
    const other = commit({
      n: 2,
      daysAgo: 11,
      subject: 'Add a man page section',
      files: ['man/man1/fzf.1'],
    });
    const revert = commit({
      n: 3,
      daysAgo: 9,
      subject: 'Partly revert change of 0167691 (#4137)',
      files: ['shell/key-bindings.fish'],
    });
    const stories = groupStories([changed, other, revert]);
    const story = stories.find((s) => s.commits.some((c) => c.sha === changed.sha));
    assert.ok(story);
    assert.ok(story.commits.includes(revert), JSON.stringify(stories.map((s) => s.key)));
    assert.equal(story.roles[story.commits.indexOf(revert)], 'rework');
    assert.notEqual(storyOf(stories, 2), stories.indexOf(story));
  });

  it('reads the reverted id from hand-written revert subjects, and nothing from words that look hex', () => {
    assert.equal(subjectRevertedSha('Partly revert change of 0167691 (#4137)'), '0167691');
    assert.equal(subjectRevertedSha('Revert 1A2B3C4D: too eager'), '1a2b3c4d');
    assert.equal(subjectRevertedSha('Partially reverts commit abc1234def'), 'abc1234def');
    assert.equal(subjectRevertedSha('Revert the defaced page'), undefined);
    assert.equal(subjectRevertedSha('Revert "Add 1234567 rows"'), undefined);
    assert.equal(subjectRevertedSha('Fix 0167691 regression'), undefined);
  });
});
