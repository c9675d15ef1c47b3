import * as assert from 'node:assert/strict';
import { computeTopics } from '../../src/core/topics/computeTopics';
import { newAreas } from '../../src/core/topics/firstTouches';
import { canonicalGoalId } from '../../src/core/topics/goalTopics';
import { isBot } from '../../src/core/topics/isBot';
import { isPureRename } from '../../src/core/topics/isPureRename';
import { withoutExcluded } from '../../src/core/topics/withoutExcluded';
import { commit, history, moved, NOW, sha } from '../support/historyBuilder';

describe('topics: what the ranking leaves out', () => {
  describe('excluded folders', () => {
    it('drops their files, and a commit left with no files, from the view only', () => {
      const data = history(
        [
          commit({ n: 1, files: ['mentoring/alex/s.md', 'mentoring/alex/plan.md'] }),
          commit({ n: 2, files: ['src/a.ts', 'mentoring/alex/s.md'] }),
          commit({ n: 3, files: [] }),
          commit({ n: 4, files: ['mentoringx/a.md'] }),
        ],
        {
          earlier: ['mentoring/alex/old.md', 'src/b.ts'],
          dependencyAdds: [{ sha: sha(1), manifest: 'mentoring/package.json', name: 'x' }],
          experts: [{ dir: 'mentoring/alex', name: 'K', email: 'k@x', commits: 3, lastTime: NOW }],
          docs: ['mentoring/README.md', 'README.md'],
        },
      );
      const view = withoutExcluded(data, ['./mentoring/']);
      assert.deepEqual(
        view.commits.map((c) => [c.sha, c.files.map((f) => f.path)]),
        [
          [sha(2), ['src/a.ts']],
          [sha(3), []],
          [sha(4), ['mentoringx/a.md']],
        ],
      );
      assert.deepEqual([...view.earlier.paths], ['src/b.ts']);
      assert.deepEqual(view.dependencyAdds, []);
      assert.deepEqual(view.experts, []);
      assert.deepEqual(view.docs, ['README.md']);
      // The caller's data still holds every commit: the count it reports does not change.
      assert.equal(data.commits.length, 4);
      assert.equal(data.commits[0].files.length, 2);
    });

    it('returns the data itself when nothing is excluded, and ignores an empty folder', () => {
      const data = history([commit({ n: 1, files: ['a.ts'] })]);
      assert.equal(withoutExcluded(data, []), data);
      assert.deepEqual(withoutExcluded(data, ['', '.', '/']).commits, data.commits);
    });

    it('gives no topics when every file is excluded', () => {
      const data = history([commit({ n: 1, files: ['mentoring/s.md'], goalRefs: ['G1'] })]);
      const goals = [{ id: 'G1', title: 'x', areas: [] }];
      assert.deepEqual(computeTopics(data, { now: NOW, goals, exclude: ['mentoring'] }), []);
    });
  });

  describe('bots', () => {
    it('knows GitHub apps, common bots and GitHub itself', () => {
      const bots: [string, string][] = [
        ['dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'],
        ['renovate[bot]', '29139614+renovate[bot]@users.noreply.github.com'],
        ['github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com'],
        ['Some App', '1+some-app[bot]@users.noreply.github.com'],
        ['Renovate Bot', 'bot@renovateapp.com'],
        ['dependabot', 'support@dependabot.com'],
        ['GitHub', 'noreply@github.com'],
      ];
      for (const [name, email] of bots) assert.equal(isBot(name, email), true, name);
    });

    it('does not take people for bots', () => {
      const people: [string, string][] = [
        ['Abbot Smith', 'abbot@x.org'],
        ['Sam', '123+sam@users.noreply.github.com'],
        ['Robot Fan', 'robot@x.org'],
      ];
      for (const [name, email] of people) assert.equal(isBot(name, email), false, name);
    });
  });

  describe('goal ids', () => {
    it('reads G-numbers with any case and zero padding as one id', () => {
      assert.equal(canonicalGoalId('G1'), 'G1');
      assert.equal(canonicalGoalId(' g01 '), 'G1');
      assert.equal(canonicalGoalId('G000'), 'G0');
      assert.equal(canonicalGoalId('G1a'), 'G1a');
      assert.equal(canonicalGoalId('Goal'), 'Goal');
    });
  });

  describe('pure moves', () => {
    it('tells a file only moved from one moved and changed', () => {
      assert.equal(isPureRename(moved('a/x.ts', 'b/x.ts')), true);
      assert.equal(isPureRename(moved('a/x.ts', 'b/x.ts', 1, 0)), false);
      assert.equal(isPureRename({ path: 'b/x.ts', added: 0, deleted: 0, binary: false }), false);
      // git shows a moved binary file as "-": nothing says it changed.
      assert.equal(
        isPureRename({ path: 'b/x.png', oldPath: 'a/x.png', added: 0, deleted: 0, binary: true }),
        true,
      );
    });
  });

  describe('merged new areas', () => {
    it('lists the areas merged into each new area', () => {
      const data = history(
        [commit({ n: 1, files: ['svc/pay/README.md', 'svc/pay/api/x.go', 'svc/pay/db/v1/y.sql'] })],
        { earlier: ['other/x.go'] },
      );
      assert.deepEqual(
        newAreas(data.commits, data.earlier).map((a) => [a.dir, a.members]),
        [['svc/pay', ['svc/pay', 'svc/pay/api', 'svc/pay/db']]],
      );
    });
  });
});
