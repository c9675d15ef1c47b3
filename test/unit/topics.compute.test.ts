import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { computeTopics, DEFAULT_TOPIC_LIMIT } from '../../src/core/topics/computeTopics';
import { docsFor, MAX_DOCS } from '../../src/core/topics/docsFor';
import { expertFor } from '../../src/core/topics/expertFor';
import type { HistoryData } from '../../src/core/topics/historyData';
import { matchesArea } from '../../src/core/topics/matchesArea';
import { isFixSubject } from '../../src/core/topics/reworkTopics';
import type { Topic, TopicKind } from '../../src/core/topics/topic';
import { MAX_EVIDENCE, truncate } from '../../src/core/topics/topicDraft';
import { commit, DAY, history, moved, NOW, sha } from '../support/historyBuilder';

/** The topics of a history at NOW. */
function topicsOf(data: HistoryData, goals: { id: string; title: string; areas: string[] }[] = []) {
  return computeTopics(data, { now: NOW, goals });
}

/** The topics of one kind. */
function ofKind(topics: Topic[], kind: TopicKind): Topic[] {
  return topics.filter((t) => t.kind === kind);
}

/** The one topic with this id, failing when there is none. */
function byId(topics: Topic[], id: string): Topic {
  const topic = topics.find((t) => t.id === id);
  assert.ok(topic, `no topic ${id} in ${topics.map((t) => t.id).join(', ')}`);
  return topic;
}

/** Earlier history with code in src/ui in TypeScript, so a little work makes few first touches. */
const EARLIER = ['src/ui/button.ts', 'README.md', 'package.json'];

describe('topics: ranking learning topics', () => {
  it('returns no topics for no commits', () => {
    assert.deepEqual(topicsOf(history([], { earlier: EARLIER })), []);
    assert.deepEqual(topicsOf(history([]), [{ id: 'G1', title: 'x', areas: ['src'] }]), []);
  });

  describe('area', () => {
    it('names where the work went, heaviest first, with docs in or above it', () => {
      const data = history(
        [
          commit({ n: 1, daysAgo: 3, files: [['src/ui/button.ts', 300]] }),
          commit({ n: 2, daysAgo: 2, files: [['src/ui/menu/item.ts', 100]] }),
          commit({ n: 3, daysAgo: 1, files: [['scripts/x.sh', 2]] }),
        ],
        {
          earlier: [...EARLIER, 'scripts/old.sh'],
          docs: ['src/ui/README.md', 'README.md', 'docs/x.md'],
        },
      );
      const areas = ofKind(topicsOf(data), 'area');
      // src/ui/menu is new: its work is told by its new-area topic, not again here.
      assert.deepEqual(
        areas.map((t) => [t.id, t.title]),
        [
          ['area:src/ui', 'Work in src/ui (1 commit, 300 lines)'],
          ['area:scripts', 'Work in scripts (1 commit, 2 lines)'],
        ],
      );
      assert.deepEqual(areas[0].evidence, { commits: [sha(1)], files: ['src/ui/button.ts'] });
      assert.deepEqual(areas[0].docs, ['src/ui/README.md', 'README.md']);
      assert.ok(areas[0].score > areas[1].score && areas[0].score <= 40 && areas[1].score >= 20);
    });

    it('keeps the five heaviest areas', () => {
      // Lines four times apart make the rounded scores differ.
      const files = Array.from({ length: 8 }, (_, i) => [`a${i}/x.ts`, 4 ** i] as [string, number]);
      const data = history([commit({ n: 1, files })], { earlier: files.map(([p]) => p) });
      assert.deepEqual(
        ofKind(topicsOf(data), 'area').map((t) => t.id),
        ['area:a7', 'area:a6', 'area:a5', 'area:a4', 'area:a3'],
      );
    });
  });

  describe('area and new-area together', () => {
    it('does not repeat a new area that lies inside a work area', () => {
      const commits = [1, 2, 3].map((n) => commit({ n, files: [`src/core/records/f${n}.ts`] }));
      const topics = topicsOf(history(commits, { earlier: ['src/x.ts'] }));
      assert.ok(topics.some((t) => t.id === 'new-area:src/core/records'));
      assert.deepEqual(ofKind(topics, 'area'), []);
    });

    it('counts only the other work of a work area that holds a new area', () => {
      const data = history(
        [
          commit({ n: 1, files: [['src/core/records/a.ts', 50]] }),
          commit({ n: 2, files: [['src/core/ui/b.ts', 7]] }),
        ],
        { earlier: ['src/core/ui/old.ts'] },
      );
      const topics = topicsOf(data);
      assert.deepEqual(
        ofKind(topics, 'area').map((t) => [t.title, t.evidence]),
        [
          [
            'Work in src/core (1 commit, 7 lines)',
            { commits: [sha(2)], files: ['src/core/ui/b.ts'] },
          ],
        ],
      );
      assert.ok(topics.some((t) => t.id === 'new-area:src/core/records'));
    });
  });

  describe('new-area', () => {
    it('names first work in a directory with an active expert and nearby docs', () => {
      const data = history([commit({ n: 1, files: [['src/db/pool.ts', 120]] })], {
        earlier: EARLIER,
        experts: [
          { dir: 'src/db', name: 'Sam', email: 'sam@x', commits: 30, lastTime: NOW - 200 * DAY },
          { dir: 'src/db', name: 'Kim', email: 'kim@x', commits: 12, lastTime: NOW - 10 * DAY },
          { dir: 'src/db', name: 'Lee', email: 'lee@x', commits: 3, lastTime: NOW - DAY },
          { dir: 'src/ui', name: 'Max', email: 'max@x', commits: 99, lastTime: NOW },
        ],
        docs: [
          'src/db/README.md',
          'src/README.md',
          'docs/adr/0001-db.md',
          'src/db/adr/0002-pool.md',
        ],
      });
      const topics = topicsOf(data);
      const topic = byId(topics, 'new-area:src/db');
      assert.equal(topic.title, 'First work in src/db (1 commit)');
      assert.deepEqual(topic.expert, { name: 'Kim', email: 'kim@x', commits: 12 });
      assert.deepEqual(topic.docs, [
        'src/db/README.md',
        'src/db/adr/0002-pool.md',
        'src/README.md',
      ]);
      assert.deepEqual(topic.evidence, { commits: [sha(1)], files: ['src/db/pool.ts'] });
      assert.equal(topic.score, 65);
      assert.match(topic.question, /src\/db/);
      // The area topic for the same directory is left to the new-area topic.
      assert.equal(
        topics.find((t) => t.id === 'area:src/db'),
        undefined,
      );
    });

    it('is not a topic where the mentee worked before', () => {
      const data = history([commit({ n: 1, files: ['src/ui/x.ts'] })], { earlier: EARLIER });
      assert.deepEqual(ofKind(topicsOf(data), 'new-area'), []);
    });

    it('caps new areas at five when there is no earlier history', () => {
      const files = Array.from(
        { length: 9 },
        (_, i) => [`d${i}/x.ts`, 100 - i] as [string, number],
      );
      const topics = topicsOf(history([commit({ n: 1, files })]));
      assert.equal(ofKind(topics, 'new-area').length, 5);
    });
  });

  describe('new-area, merged and moved', () => {
    it('merges new sub-folders into their parent when the parent is new', () => {
      const c = commit({
        n: 1,
        files: ['services/pay/README.md', 'services/pay/api/x.go', 'services/pay/db/y.go'],
      });
      const topics = topicsOf(history([c], { earlier: ['other/x.go'] }));
      assert.deepEqual(
        ofKind(topics, 'new-area').map((t) => [t.title, t.evidence.files]),
        [
          [
            'First work in services/pay (1 commit)',
            ['services/pay/README.md', 'services/pay/api/x.go', 'services/pay/db/y.go'],
          ],
        ],
      );
      assert.deepEqual(ofKind(topics, 'area'), []);
    });

    it('merges sibling new folders up to the highest new parent, never into the top folder', () => {
      const c = commit({ n: 1, files: ['services/pay/api/x.go', 'services/ship/y.go', 'z.go'] });
      const topics = topicsOf(history([c], { earlier: ['other/x.go'] }));
      assert.deepEqual(
        ofKind(topics, 'new-area').map((t) => t.id),
        ['new-area:', 'new-area:services'],
      );
    });

    it('keeps new sub-folders apart when the mentee worked in their parent before', () => {
      const c = commit({ n: 1, files: ['services/pay/api/x.go', 'services/pay/db/y.go'] });
      const topics = topicsOf(history([c], { earlier: ['services/pay/old.go'] }));
      assert.deepEqual(
        ofKind(topics, 'new-area').map((t) => t.id),
        ['new-area:services/pay/api', 'new-area:services/pay/db'],
      );
    });

    it('takes a pure folder move for no new work: no first work, large change or area', () => {
      const files = Array.from({ length: 35 }, (_, i) =>
        moved(`src/utils/f${i}.py`, `lib/f${i}.py`),
      );
      const data = history([commit({ n: 1, subject: 'Move utils to lib', files })], {
        earlier: ['src/utils/f0.py', 'README.md'],
      });
      const topics = topicsOf(data);
      for (const kind of ['new-area', 'new-language', 'large-change', 'area'] as const) {
        assert.deepEqual(ofKind(topics, kind), [], kind);
      }
    });

    it('does not take a file renamed from one the mentee touched before for a first touch', () => {
      const data = history([commit({ n: 1, files: [moved('src/utils/a.ts', 'lib/a.ts', 3, 3)] })], {
        earlier: ['src/utils/a.ts'],
      });
      assert.deepEqual(ofKind(topicsOf(data), 'new-area'), []);
      const fresh = history([commit({ n: 1, files: [moved('src/x/a.ts', 'lib/a.ts', 3, 3)] })], {
        earlier: ['src/utils/b.ts'],
      });
      assert.deepEqual(
        ofKind(topicsOf(fresh), 'new-area').map((t) => t.id),
        ['new-area:lib'],
      );
    });
  });

  describe('new-language', () => {
    it('names first code in a language by extension, not data files', () => {
      const data = history(
        [
          commit({
            n: 1,
            files: ['tools/gen.py', 'tools/util.py', 'tools/config.yaml', 'src/ui/a.ts'],
          }),
        ],
        { earlier: EARLIER },
      );
      const languages = ofKind(topicsOf(data), 'new-language');
      assert.deepEqual(
        languages.map((t) => [t.id, t.title, t.score]),
        [['new-language:Python', 'First work in Python (2 files)', 56]],
      );
      assert.match(languages[0].question, /Python/);
    });
  });

  describe('new-dependency', () => {
    it('makes one topic per manifest change, naming each dependency with the change that first added it', () => {
      const data = history(
        [
          commit({ n: 1, daysAgo: 3, files: ['package.json'] }),
          commit({ n: 2, files: ['web/package.json'] }),
        ],
        {
          earlier: EARLIER,
          dependencyAdds: [
            { sha: sha(1), manifest: 'package.json', name: 'zod' },
            { sha: sha(2), manifest: 'web/package.json', name: 'zod' },
            { sha: sha(2), manifest: 'web/package.json', name: 'react' },
            { sha: sha(99), manifest: 'package.json', name: 'not-in-range' },
          ],
        },
      );
      const deps = ofKind(topicsOf(data), 'new-dependency');
      assert.deepEqual(
        deps.map((t) => [t.id, t.title, t.score]),
        [
          [`new-dependency:package.json@${sha(1)}`, 'New dependency zod in package.json', 70],
          [
            `new-dependency:web/package.json@${sha(2)}`,
            'New dependency react in web/package.json',
            70,
          ],
        ],
      );
      assert.deepEqual(byId(deps, `new-dependency:web/package.json@${sha(2)}`).evidence, {
        commits: [sha(2)],
        files: ['web/package.json'],
      });
    });

    it('names up to three dependencies of one change in its title, with how many more', () => {
      const names = ['vitest', '@types/node', 'eslint', 'prettier', 'tsx'];
      const data = history([commit({ n: 1, files: ['package.json'] })], {
        earlier: EARLIER,
        dependencyAdds: names.map((name) => ({ sha: sha(1), manifest: 'package.json', name })),
      });
      const deps = ofKind(topicsOf(data), 'new-dependency');
      assert.equal(deps.length, 1);
      assert.equal(
        deps[0].title,
        'New dependencies in package.json: vitest, @types/node, eslint and 2 more',
      );
      assert.equal(deps[0].score, 74);
    });
  });

  describe('build-or-ci', () => {
    it('names a build or CI file touched for the first time, not one touched before', () => {
      const data = history(
        [
          commit({ n: 1, files: ['.github/workflows/ci.yml', 'Dockerfile'] }),
          commit({ n: 2, files: ['.github/workflows/ci.yml'] }),
        ],
        { earlier: [...EARLIER, 'Dockerfile'] },
      );
      const build = ofKind(topicsOf(data), 'build-or-ci');
      assert.deepEqual(
        build.map((t) => [t.id, t.title, t.score]),
        [
          [
            'build-or-ci:.github/workflows/ci.yml',
            'First change to .github/workflows/ci.yml (2 commits)',
            56,
          ],
        ],
      );
    });

    it('is not a first touch when the file was renamed from one touched before', () => {
      const c = commit({ n: 1 });
      c.files = [
        { path: 'build/Makefile', oldPath: 'Makefile', added: 1, deleted: 1, binary: false },
      ];
      const data = history([c], { earlier: [...EARLIER, 'Makefile'] });
      assert.deepEqual(ofKind(topicsOf(data), 'build-or-ci'), []);
    });
  });

  describe('rework', () => {
    it('names a file changed in three commits within three days', () => {
      const data = history(
        [
          commit({ n: 1, daysAgo: 10, files: ['src/ui/a.ts'] }),
          commit({ n: 2, daysAgo: 5, files: ['src/ui/a.ts', 'src/ui/b.ts'] }),
          commit({ n: 3, daysAgo: 4, files: ['src/ui/a.ts'] }),
          commit({ n: 4, daysAgo: 3, files: ['src/ui/a.ts'] }),
          // Other work, so that a.ts is not a file most commits pass through.
          ...[5, 6, 7, 8, 9].map((n) => commit({ n, daysAgo: 20 + n, files: [`src/ui/x${n}.ts`] })),
        ],
        { earlier: EARLIER },
      );
      const rework = ofKind(topicsOf(data), 'rework');
      assert.deepEqual(
        rework.map((t) => [t.id, t.title, t.evidence.commits, t.score]),
        [['rework:src/ui/a.ts', 'Reworked src/ui/a.ts in 3 commits', [sha(4), sha(3), sha(2)], 61]],
      );
    });

    it('is not rework when the changes are spread out', () => {
      const data = history(
        [1, 5, 9, 13].map((d, n) => commit({ n, daysAgo: d, files: ['src/ui/a.ts'] })),
        { earlier: EARLIER },
      );
      assert.deepEqual(ofKind(topicsOf(data), 'rework'), []);
    });

    it('links a fix to the earlier commit on the same files, one topic for files fixed together', () => {
      const data = history(
        [
          commit({
            n: 1,
            daysAgo: 6,
            subject: 'Add pool',
            files: ['src/ui/pool.ts', 'src/ui/conn.ts'],
          }),
          commit({
            n: 2,
            daysAgo: 2,
            subject: 'Fix leak in pool',
            files: ['src/ui/pool.ts', 'src/ui/conn.ts'],
          }),
          commit({ n: 3, daysAgo: 1, subject: 'Add prefix option', files: ['src/ui/other.ts'] }),
        ],
        { earlier: EARLIER },
      );
      const rework = ofKind(topicsOf(data), 'rework');
      assert.deepEqual(
        rework.map((t) => [t.id, t.title, t.evidence]),
        [
          [
            'rework:src/ui/conn.ts',
            'Reworked src/ui/conn.ts and 1 more file in 2 commits',
            { commits: [sha(2), sha(1)], files: ['src/ui/conn.ts', 'src/ui/pool.ts'] },
          ],
        ],
      );
    });

    it('does not link a fix to a commit more than a week before', () => {
      const data = history(
        [
          commit({ n: 1, daysAgo: 20, files: ['src/ui/pool.ts'] }),
          commit({ n: 2, daysAgo: 2, subject: 'fix: pool', files: ['src/ui/pool.ts'] }),
        ],
        { earlier: EARLIER },
      );
      assert.deepEqual(ofKind(topicsOf(data), 'rework'), []);
    });

    it('links fixup! and squash! commits to the commit their subject names', () => {
      const data = history(
        [
          commit({ n: 1, daysAgo: 20, subject: 'Add cache', files: ['src/ui/cache.ts'] }),
          commit({
            n: 2,
            daysAgo: 1,
            subject: 'fixup! Add cache',
            files: ['src/ui/cache-test.ts'],
          }),
        ],
        { earlier: EARLIER },
      );
      assert.deepEqual(
        ofKind(topicsOf(data), 'rework').map((t) => t.evidence.commits),
        [[sha(2), sha(1)]],
      );
    });

    it('tells fix words from words that contain them', () => {
      for (const s of [
        'Fix leak',
        'fix: x',
        'hotfix for login',
        'Bug 12 in parser',
        'fixup! Add x',
        'amend! y',
        'fixes #3',
      ]) {
        assert.equal(isFixSubject(s), true, s);
      }
      for (const s of [
        'Add prefix option',
        'Update fixtures',
        'Debug output',
        'suffix',
        'Bugsnag setup',
      ]) {
        assert.equal(isFixSubject(s), false, s);
      }
    });
  });

  describe('rework, not hubs', () => {
    it('does not take a registry file that every feature commit touches for rework', () => {
      const commits = [1, 2, 3].map((n) =>
        commit({
          n,
          daysAgo: n,
          subject: `Add feature ${n}`,
          files: [`src/feature${n}/cmd.ts`, 'src/commands/index.ts'],
        }),
      );
      const topics = topicsOf(history(commits, { earlier: EARLIER }));
      assert.deepEqual(ofKind(topics, 'rework'), []);
    });

    it('never takes a manifest or a lock file for rework, even in a fix chain', () => {
      const commits = [
        commit({ n: 1, daysAgo: 3, files: ['package.json', 'package-lock.json', 'src/a.ts'] }),
        commit({ n: 2, daysAgo: 2, files: ['package.json', 'package-lock.json', 'src/b.ts'] }),
        commit({ n: 3, daysAgo: 1, subject: 'fix deps', files: ['package.json', 'yarn.lock'] }),
        ...[4, 5, 6, 7].map((n) => commit({ n, daysAgo: 10 + n, files: [`src/o${n}.ts`] })),
      ];
      assert.deepEqual(ofKind(topicsOf(history(commits, { earlier: EARLIER })), 'rework'), []);
    });

    it('is not churn when the later commits are large, but is when they are small', () => {
      const big = (n: number) =>
        commit({
          n,
          daysAgo: 2,
          files: ['src/ui/a.ts', 'src/ui/b.ts', 'src/ui/c.ts', 'src/ui/d.ts'],
        });
      const others = [4, 5, 6, 7, 8].map((n) =>
        commit({ n, daysAgo: 20 + n, files: [`src/ui/o${n}.ts`] }),
      );
      const large = history([big(1), big(2), big(3), ...others], { earlier: EARLIER });
      assert.deepEqual(ofKind(topicsOf(large), 'rework'), []);
      const small = history(
        [
          { ...big(1), time: NOW - 3 * DAY },
          commit({ n: 2, daysAgo: 2, files: ['src/ui/a.ts'] }),
          commit({ n: 3, daysAgo: 1, files: ['src/ui/a.ts', 'src/ui/b.ts'] }),
          ...others,
        ],
        { earlier: EARLIER },
      );
      assert.deepEqual(
        ofKind(topicsOf(small), 'rework').map((t) => [t.title, t.evidence.commits]),
        [['Reworked src/ui/a.ts in 3 commits', [sha(3), sha(2), sha(1)]]],
      );
    });

    it('takes again, typo, oops, address review and revert for fix-like subjects', () => {
      for (const s of [
        'Handle empty input again',
        'typo',
        'Oops, forgot a file',
        'Address review comments',
        'addressed review feedback',
        'Revert "Add cache"',
      ]) {
        assert.equal(isFixSubject(s), true, s);
      }
      for (const s of ['Add review page', 'Address book', 'Typography', 'Against the odds']) {
        assert.equal(isFixSubject(s), false, s);
      }
    });
  });

  describe('revert', () => {
    it('names a revert and links the reverted commit when it is in the range', () => {
      const data = history(
        [
          commit({ n: 0xabc, daysAgo: 3, subject: 'Add cache', files: ['src/ui/cache.ts'] }),
          commit({
            n: 2,
            daysAgo: 1,
            subject: 'Revert "Add cache"',
            body: `This reverts commit ${sha(0xabc)}.`,
            files: ['src/ui/cache.ts'],
          }),
        ],
        { earlier: EARLIER },
      );
      const revert = byId(topicsOf(data), `revert:${sha(2)}`);
      assert.equal(revert.title, 'Reverted "Add cache"');
      assert.equal(revert.score, 82);
      assert.deepEqual(revert.evidence, {
        commits: [sha(2), sha(0xabc)],
        files: ['src/ui/cache.ts'],
      });
    });

    it('names a revert by its body alone, with an abbreviated sha out of range', () => {
      const data = history(
        [
          commit({
            n: 2,
            subject: 'Back out the cache',
            body: 'This reverts commit 1234567.',
            files: ['a.ts'],
          }),
        ],
        { earlier: EARLIER },
      );
      const revert = byId(topicsOf(data), `revert:${sha(2)}`);
      assert.equal(revert.title, 'Reverted "Back out the cache"');
      assert.equal(revert.score, 80);
      assert.deepEqual(revert.evidence.commits, [sha(2)]);
    });
  });

  describe('large-change', () => {
    it('names commits of 500+ lines or 30+ files, leaving out lock files and vendored code', () => {
      const many = Array.from({ length: 30 }, (_, i) => [`src/ui/f${i}.ts`, 1] as [string, number]);
      const data = history(
        [
          commit({ n: 1, subject: 'Rewrite the parser', files: [['src/ui/parser.ts', 1400, 200]] }),
          commit({ n: 2, subject: 'Touch many files', files: many }),
          commit({
            n: 3,
            subject: 'Update deps',
            files: [
              ['package-lock.json', 9000],
              ['vendor/x/y.go', 900],
            ],
          }),
          commit({ n: 4, subject: 'Small', files: [['src/ui/a.ts', 499]] }),
        ],
        { earlier: EARLIER },
      );
      const large = ofKind(topicsOf(data), 'large-change');
      assert.deepEqual(
        large.map((t) => [t.id, t.title, t.score]),
        [
          [`large-change:${sha(1)}`, 'Large change "Rewrite the parser" (1600 lines, 1 file)', 51],
          [`large-change:${sha(2)}`, 'Large change "Touch many files" (30 lines, 30 files)', 50],
        ],
      );
    });
  });

  describe('tests', () => {
    it('names code changed without tests in three or more commits', () => {
      const data = history(
        [1, 2, 3].map((n) => commit({ n, daysAgo: n * 5, files: ['src/ui/a.ts', 'README.md'] })),
        { earlier: EARLIER },
      );
      const tests = ofKind(topicsOf(data), 'tests');
      assert.deepEqual(
        tests.map((t) => [t.id, t.title, t.score]),
        [['tests:without', 'Code changed without tests in 3 commits', 45]],
      );
      assert.match(tests[0].question, /src\/ui/);
    });

    it('names code changed with tests beside it, and does not count docs-only commits', () => {
      const data = history(
        [
          commit({ n: 1, files: ['src/ui/a.ts', 'test/unit/a.test.ts'] }),
          commit({ n: 2, files: ['pkg/x.go', 'pkg/x_test.go'] }),
          commit({ n: 3, files: ['README.md'] }),
          commit({ n: 4, files: ['src/ui/b.ts'] }),
        ],
        { earlier: [...EARLIER, 'pkg/old.go'] },
      );
      const tests = ofKind(topicsOf(data), 'tests');
      assert.deepEqual(
        tests.map((t) => [t.id, t.title, t.score]),
        [['tests:with', 'Tests written alongside code in 2 commits', 41]],
      );
      assert.deepEqual(tests[0].evidence.files.slice(0, 2), [
        'test/unit/a.test.ts',
        'pkg/x_test.go',
      ]);
    });
  });

  describe('pairing', () => {
    it('makes one topic per co-author by email, named as the newest commit spells it', () => {
      const data = history(
        [
          commit({ n: 1, daysAgo: 3, files: ['a.ts'], coAuthors: ['Sam Lee <sam@x.org>'] }),
          commit({
            n: 2,
            daysAgo: 2,
            files: ['b.ts'],
            coAuthors: ['Sam L. <SAM@x.org>', 'Kim <kim@x.org>'],
          }),
          commit({ n: 3, daysAgo: 1, files: ['c.ts'], coAuthors: ['Alex <alex@example.com>'] }),
        ],
        { earlier: EARLIER },
      );
      const pairing = ofKind(topicsOf(data), 'pairing');
      assert.deepEqual(
        pairing.map((t) => [t.id, t.title, t.score]),
        [
          ['pairing:sam@x.org', 'Paired with Sam L. (2 commits)', 41],
          ['pairing:kim@x.org', 'Paired with Kim (1 commit)', 40],
        ],
      );
      assert.ok(!pairing[0].title.includes('@'));
    });
  });

  describe('pairing, not with oneself or bots', () => {
    it('leaves out co-authors matching one of the mentee identities, by email or name', () => {
      const data = history(
        [
          commit({
            n: 1,
            files: ['a.ts'],
            coAuthors: [
              'Alex Home <ALEX@home.example>',
              'A. Smith <a.smith@corp.example>',
              'Kim <kim@x.org>',
            ],
          }),
          commit({ n: 2, files: ['b.ts'], coAuthors: ['alex <other@x.org>'] }),
        ],
        { earlier: EARLIER },
      );
      const topics = computeTopics(data, {
        now: NOW,
        identities: ['alex@home.example', 'a. SMITH'],
      });
      assert.deepEqual(
        ofKind(topics, 'pairing').map((t) => t.id),
        ['pairing:kim@x.org'],
      );
    });

    it('leaves out bots as co-authors', () => {
      const data = history(
        [
          commit({
            n: 1,
            files: ['a.ts'],
            coAuthors: [
              'dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>',
              'github-actions <41898282+github-actions[bot]@users.noreply.github.com>',
              'GitHub <noreply@github.com>',
              'Sam <sam@x.org>',
            ],
          }),
        ],
        { earlier: EARLIER },
      );
      assert.deepEqual(
        ofKind(topicsOf(data), 'pairing').map((t) => t.id),
        ['pairing:sam@x.org'],
      );
    });
  });

  describe('goal', () => {
    it('names work in a goal area or under its trailer, above everything else', () => {
      const data = history(
        [
          commit({ n: 1, daysAgo: 3, files: ['src/db/pool.ts', 'src/ui/a.ts'] }),
          commit({ n: 2, daysAgo: 2, files: ['docs/notes.md'], goalRefs: ['G1'] }),
          commit({ n: 3, daysAgo: 1, files: ['src/ui/b.ts'] }),
        ],
        { earlier: EARLIER },
      );
      const topics = topicsOf(data, [
        { id: 'G1', title: 'Learn the database layer', areas: ['src/db'] },
        { id: 'G2', title: 'Nothing yet', areas: ['infra/**'] },
      ]);
      assert.equal(topics[0].id, 'goal:G1');
      assert.equal(topics[0].title, 'Goal G1: Learn the database layer (2 commits)');
      assert.equal(topics[0].score, 91);
      assert.deepEqual(topics[0].evidence, {
        commits: [sha(2), sha(1)],
        files: ['docs/notes.md', 'src/db/pool.ts'],
      });
      assert.match(topics[0].question, /G1/);
      assert.equal(
        topics.find((t) => t.id === 'goal:G2'),
        undefined,
      );
    });

    it('matches areas as path prefixes and simple globs', () => {
      const cases: [string, string, boolean][] = [
        ['src/db/pool.ts', 'src/db', true],
        ['src/db', 'src/db', true],
        ['src/dbx/pool.ts', 'src/db', false],
        ['src/db/pool.ts', './src/db/', true],
        ['src/db/pool.ts', 'src/*', true],
        ['src/db/pool.ts', 'src/*/pool.ts', true],
        ['src/db/x/pool.ts', 'src/*/pool.ts', false],
        ['src/db/x/pool.ts', 'src/**/pool.ts', true],
        ['src/pool.ts', 'src/**/pool.ts', true],
        ['a/b/c/migrations/1.sql', '**/migrations', true],
        ['db/1.sql', '*.sql', true],
        ['db/1.sqlx', '*.sql', false],
        ['packages/web/src/a.ts', 'packages/*/src', true],
        ['packages/web/test/a.ts', 'packages/*/src', false],
        ['src/a.ts', 'src/a*b*c.ts', false],
        ['src/aXbYc.ts', 'src/a*b*c.ts', true],
        ['src/db/pool.ts', '', false],
        ['src/db/pool.ts', '/', false],
        ['a.ts', '**', true],
      ];
      for (const [path, area, expected] of cases) {
        assert.equal(matchesArea(path, area), expected, `${path} in ${area}`);
      }
    });

    it('matches hostile areas and paths quickly', () => {
      const path = 'a/'.repeat(2000) + 'b';
      const started = process.hrtime.bigint();
      // A floating run of 22 segments tried at each of 2,000 places, and an area over the caps.
      assert.equal(matchesArea(path, '**/' + 'a*/'.repeat(22) + 'c'), false);
      assert.equal(matchesArea(path, '**/a'.repeat(500) + '/c'), false);
      assert.equal(matchesArea('a'.repeat(50_000), '*a*a*a*a*a*a*a*a*a*b'), false);
      assert.equal(matchesArea('x/' + 'a'.repeat(50_000) + '/b', 'x/*a*a*a*a*a*a*a*a*a*/b'), true);
      assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 100);
    });
  });

  describe('goal ids', () => {
    it('reads a goal id used twice once, the first goal winning', () => {
      const data = history([commit({ n: 1, files: ['db/a.sql', 'api/b.ts'] })], {
        earlier: ['db/x', 'api/x'],
      });
      for (const second of ['G1', 'G01', 'g1']) {
        const topics = topicsOf(data, [
          { id: 'G1', title: 'Migrations', areas: ['db'] },
          { id: second, title: 'API', areas: ['api'] },
        ]);
        assert.deepEqual(
          ofKind(topics, 'goal').map((t) => [t.id, t.title, t.evidence.files]),
          [['goal:G1', 'Goal G1: Migrations (1 commit)', ['db/a.sql']]],
          second,
        );
      }
    });

    it('ties a trailer to its goal however the id is padded', () => {
      const data = history([commit({ n: 1, files: ['x.md'], goalRefs: ['G007'] })], {
        earlier: ['x.md'],
      });
      const topics = topicsOf(data, [{ id: 'G7', title: 'Seven', areas: [] }]);
      assert.deepEqual(
        ofKind(topics, 'goal').map((t) => t.id),
        ['goal:G7'],
      );
    });
  });

  describe('experts and docs', () => {
    it('picks the most active author still active in the last 90 days', () => {
      const experts = [
        { dir: 'x', name: 'Old', email: 'o@x', commits: 50, lastTime: NOW - 91 * DAY },
        { dir: 'x', name: 'B', email: 'b@x', commits: 5, lastTime: NOW - 2 * DAY },
        { dir: 'x', name: 'A', email: 'a@x', commits: 5, lastTime: NOW - 2 * DAY },
        { dir: 'x', name: 'C', email: 'c@x', commits: 5, lastTime: NOW - 3 * DAY },
      ];
      assert.equal(expertFor(experts, 'x', NOW)?.name, 'A');
      assert.equal(expertFor(experts, 'y', NOW), undefined);
      assert.equal(expertFor(experts.slice(0, 1), 'x', NOW), undefined);
    });

    it('never suggests a bot as the expert', () => {
      const experts = [
        { dir: 'x', name: 'dependabot[bot]', email: 'd@x', commits: 90, lastTime: NOW },
        {
          dir: 'x',
          name: 'Renovate Bot',
          email: 'bot@renovateapp.com',
          commits: 80,
          lastTime: NOW,
        },
        {
          dir: 'x',
          name: 'ci',
          email: '4+github-actions[bot]@users.noreply.github.com',
          commits: 70,
          lastTime: NOW,
        },
        { dir: 'x', name: 'GitHub', email: 'noreply@github.com', commits: 60, lastTime: NOW },
        { dir: 'x', name: 'Kim', email: 'kim@x', commits: 2, lastTime: NOW },
      ];
      assert.equal(expertFor(experts, 'x', NOW)?.name, 'Kim');
    });

    it(`suggests at most ${MAX_DOCS} docs in or above a directory, nearest first`, () => {
      const docs = [
        'README.md',
        'src/README.md',
        'src/db/README.md',
        'src/db/adr/0001-a.md',
        'src/db/adr/0002-b.md',
        'src/db/deep/x/README.md',
        'src/dbx/README.md',
        'docs/db.md',
      ];
      assert.deepEqual(docsFor(docs, 'src/db'), [
        'src/db/README.md',
        'src/db/adr/0001-a.md',
        'src/db/adr/0002-b.md',
        'src/README.md',
        // Two levels down in the directory comes before two levels above it.
        'src/db/deep/x/README.md',
      ]);
      assert.deepEqual(docsFor(docs, ''), [
        'README.md',
        'docs/db.md',
        'src/README.md',
        'src/db/README.md',
        'src/dbx/README.md',
      ]);
    });
  });

  describe('the whole ranking', () => {
    /** A history with a bit of everything. */
    function busy(): HistoryData {
      return history(
        [
          commit({
            n: 1,
            daysAgo: 9,
            subject: 'Add cache',
            files: [['src/db/cache.ts', 700]],
            coAuthors: ['Sam <s@x>'],
          }),
          commit({
            n: 2,
            daysAgo: 8,
            subject: 'Revert "Add cache"',
            body: `This reverts commit ${sha(1)}.`,
            files: [['src/db/cache.ts', 0, 700]],
          }),
          commit({ n: 3, daysAgo: 3, files: ['src/ui/a.ts', 'Dockerfile'] }),
          commit({ n: 4, daysAgo: 2, subject: 'fix a', files: ['src/ui/a.ts', 'tools/x.py'] }),
          commit({ n: 5, daysAgo: 1, files: ['src/ui/a.ts', 'package.json'] }),
        ],
        {
          earlier: EARLIER,
          dependencyAdds: [{ sha: sha(5), manifest: 'package.json', name: 'zod' }],
        },
      );
    }

    it('sorts by score, highest first, ties by id', () => {
      const topics = topicsOf(busy(), [{ id: 'G1', title: 'Caching', areas: ['src/db'] }]);
      assert.deepEqual(
        [...new Set(topics.map((t) => t.kind))],
        [
          'goal',
          'revert',
          'new-dependency',
          'new-area',
          'rework',
          'build-or-ci',
          'new-language',
          'large-change',
          'tests',
          'pairing',
          'area',
        ],
      );
      for (let i = 1; i < topics.length; i++) {
        const [a, b] = [topics[i - 1], topics[i]];
        assert.ok(
          a.score > b.score || (a.score === b.score && a.id < b.id),
          `${a.id} before ${b.id}`,
        );
      }
      assert.equal(new Set(topics.map((t) => t.id)).size, topics.length);
    });

    it('is deterministic: the same data gives the same topics', () => {
      assert.deepEqual(topicsOf(busy()), topicsOf(busy()));
    });

    it('returns at most the limit, twenty by default', () => {
      const files = Array.from({ length: 30 }, (_, i) => `d${i}/x.ts`);
      const commits = files.map((f, n) => commit({ n, files: [f] }));
      const data = history(commits, { earlier: ['other.ts'] });
      const goals = files.map((f, i) => ({ id: `G${i}`, title: 'x', areas: [f] }));
      assert.equal(computeTopics(data, { now: NOW, goals }).length, DEFAULT_TOPIC_LIMIT);
      assert.equal(computeTopics(data, { now: NOW, goals, limit: 3 }).length, 3);
      assert.equal(computeTopics(data, { now: NOW, goals, limit: 0 }).length, 0);
      assert.equal(
        computeTopics(data, { now: NOW, goals, limit: NaN }).length,
        DEFAULT_TOPIC_LIMIT,
      );
    });

    it(`caps evidence at ${MAX_EVIDENCE} commits and ${MAX_EVIDENCE} files`, () => {
      const commits = Array.from({ length: 30 }, (_, n) =>
        commit({ n, daysAgo: n % 20, files: [`src/ui/f${n}.ts`, `src/ui/g${n}.ts`] }),
      );
      for (const topic of topicsOf(history(commits, { earlier: EARLIER }))) {
        assert.ok(topic.evidence.commits.length <= MAX_EVIDENCE, topic.id);
        assert.ok(topic.evidence.files.length <= MAX_EVIDENCE, topic.id);
      }
    });

    it('cuts long names in titles to 80 characters', () => {
      const long = 'x'.repeat(200);
      const data = history([commit({ n: 1, files: [`${long}/a.ts`] })], {
        earlier: EARLIER,
        dependencyAdds: [{ sha: sha(1), manifest: 'package.json', name: long }],
      });
      for (const topic of topicsOf(data)) {
        assert.ok(!topic.title.includes('x'.repeat(81)), topic.title);
      }
      assert.equal(truncate(long).length, 80);
      assert.ok(truncate(long).endsWith('…'));
      assert.equal(truncate('😀'.repeat(50)).length <= 80, true);
    });

    it('asks one open question per topic, never a yes/no one', () => {
      const topics = topicsOf(busy(), [{ id: 'G1', title: 'Caching', areas: ['src/db'] }]);
      for (const topic of topics) {
        assert.match(topic.question, /^(How|What|Why|Where|Which|Who|Tell me)\b/, topic.question);
        assert.ok(topic.question.endsWith('?'), topic.question);
        assert.ok(!topic.question.includes('{s}'), topic.question);
      }
    });

    it('ranks in a stable order whatever order the topics are found in (property)', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              n: fc.integer({ min: 1, max: 40 }),
              daysAgo: fc.integer({ min: 0, max: 30 }),
              files: fc.array(
                fc.constantFrom('src/a.ts', 'src/db/b.ts', 'Makefile', 'x.py', 'test/a.test.ts'),
                {
                  minLength: 1,
                  maxLength: 3,
                },
              ),
              subject: fc.constantFrom('Add x', 'fix y', 'Revert "z"'),
            }),
            { maxLength: 12 },
          ),
          (specs) => {
            const unique = [...new Map(specs.map((s) => [s.n, s])).values()];
            const data = history(
              unique.map((s) => commit({ ...s, files: [...new Set(s.files)] })),
              {
                earlier: ['src/a.ts'],
              },
            );
            const topics = topicsOf(data);
            for (let i = 1; i < topics.length; i++) {
              const [a, b] = [topics[i - 1], topics[i]];
              if (!(a.score > b.score || (a.score === b.score && a.id < b.id))) return false;
            }
            return new Set(topics.map((t) => t.id)).size === topics.length;
          },
        ),
      );
    });

    it('handles a commit of 150,000 files in every signal without overflowing the stack', () => {
      const files = Array.from({ length: 150_000 }, (_, i) => `import/f${i}.c`);
      const big = commit({ n: 1, files, coAuthors: ['Sam <sam@x.org>'], goalRefs: ['G1'] });
      const revert = commit({
        n: 2,
        subject: 'Revert "big"',
        body: `This reverts commit ${sha(1)}.`,
        files,
      });
      const topics = computeTopics(history([big, revert], { earlier: EARLIER }), {
        now: NOW,
        goals: [
          { id: 'G1', title: 'By trailer', areas: [] },
          { id: 'G2', title: 'By area', areas: ['import'] },
        ],
        limit: 100,
      });
      for (const id of ['goal:G1', 'goal:G2', 'pairing:sam@x.org', `revert:${sha(2)}`]) {
        assert.equal(byId(topics, id).evidence.files.length, MAX_EVIDENCE, id);
      }
      assert.ok(topics.some((t) => t.kind === 'large-change'));
    });

    it('never returns two topics with one id, whatever the history (property)', () => {
      const path = fc.constantFrom(
        'src/a.ts',
        'src/db/b.ts',
        'src/db/x/y/c.ts',
        'package.json',
        'Makefile',
        'x.py',
        'test/a.test.ts',
        'mentoring/alex/s.md',
      );
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              n: fc.integer({ min: 1, max: 20 }),
              daysAgo: fc.integer({ min: 0, max: 30 }),
              files: fc.array(path, { minLength: 1, maxLength: 4 }),
              subject: fc.constantFrom('Add x', 'fix y', 'Revert "z"', 'fixup! Add x'),
              coAuthors: fc.array(
                fc.constantFrom(
                  'Sam <s@x>',
                  'sam <S@X>',
                  'Alex <alex@example.com>',
                  'bot[bot] <b@x>',
                ),
                { maxLength: 2 },
              ),
              goalRefs: fc.array(fc.constantFrom('G1', 'G01', 'G2'), { maxLength: 2 }),
            }),
            { maxLength: 12 },
          ),
          fc.array(fc.constantFrom('G1', 'G01', 'g1', 'G2'), { maxLength: 4 }),
          fc.boolean(),
          (specs, goalIds, exclude) => {
            // Shas may repeat: a history read twice over must not give a topic twice.
            const data = history(
              specs.map((s) => commit(s)),
              { earlier: ['src/a.ts'] },
            );
            const topics = computeTopics(data, {
              now: NOW,
              goals: goalIds.map((id) => ({ id, title: id, areas: ['src/db'] })),
              exclude: exclude ? ['mentoring'] : [],
              limit: 100,
            });
            return new Set(topics.map((t) => t.id)).size === topics.length;
          },
        ),
      );
    });

    it('leaves the files of excluded folders out of every signal', () => {
      const records = (n: number, more: Partial<Parameters<typeof commit>[0]> = {}) =>
        commit({
          n,
          daysAgo: n,
          subject: 'fix notes',
          files: [['mentoring/alex/2026-02-2' + n + '.md', 900], 'mentoring/alex/plan.md'],
          ...more,
        });
      const data = history(
        [
          records(1, { coAuthors: ['Sam <sam@x.org>'], goalRefs: ['G1'] }),
          records(2),
          records(3),
          commit({ n: 4, daysAgo: 4, files: ['src/ui/a.ts', 'mentoring/alex/plan.md'] }),
        ],
        {
          earlier: [...EARLIER, 'mentoring/alex/old.md'],
          docs: ['mentoring/README.md', 'README.md'],
        },
      );
      const topics = computeTopics(data, {
        now: NOW,
        exclude: ['mentoring'],
        goals: [{ id: 'G1', title: 'Notes', areas: [] }],
        limit: 100,
      });
      for (const topic of topics) {
        assert.ok(!topic.evidence.files.some((f) => f.startsWith('mentoring/')), topic.id);
        assert.ok(!(topic.docs ?? []).some((f) => f.startsWith('mentoring/')), topic.id);
        assert.ok(!topic.evidence.commits.some((c) => c !== sha(4)), topic.id);
      }
      assert.deepEqual(
        topics.map((t) => t.id),
        ['area:src/ui'],
      );
      // Without the option the records make topics of their own.
      assert.ok(
        topicsOf(data).some((t) => t.evidence.files.some((f) => f.startsWith('mentoring/'))),
      );
    });
  });
});
