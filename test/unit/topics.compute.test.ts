import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { computeTopics, DEFAULT_TOPIC_LIMIT } from '../../src/core/topics/computeTopics';
import { docsFor, MAX_DOCS } from '../../src/core/topics/docsFor';
import { expertFor } from '../../src/core/topics/expertFor';
import type { HistoryData } from '../../src/core/topics/historyData';
import { matchesArea } from '../../src/core/topics/matchesArea';
import {
  buildOrCiTopics,
  MAX_NEW_AREA_TOPICS,
  newAreaTopics,
  newDependencyTopics,
  newLanguageTopics,
} from '../../src/core/topics/firstTouchTopics';
import { newAreas } from '../../src/core/topics/firstTouches';
import { isFixSubject } from '../../src/core/topics/isFixSubject';
import { questionFor } from '../../src/core/topics/topicQuestions';
import type { Topic, TopicKind } from '../../src/core/topics/topic';
import { MAX_EVIDENCE, topicContext, truncate } from '../../src/core/topics/topicDraft';
import { commit, DAY, history, moved, NOW, sha } from '../support/historyBuilder';

/** The topics of a history at NOW. */
function topicsOf(data: HistoryData, goals: { id: string; title: string; areas: string[] }[] = []) {
  return computeTopics(data, { now: NOW, goals });
}

/**
 * The first-touch signals (new area, language, dependency, build or CI) of a history at NOW, with
 * their questions, highest first: computeTopics shows them as facets of stories.
 */
function signalsOf(data: HistoryData): Topic[] {
  const ctx = topicContext(data, NOW);
  const fresh = newAreas(data.commits, data.earlier).slice(0, MAX_NEW_AREA_TOPICS);
  return [
    ...newDependencyTopics(ctx),
    ...newAreaTopics(ctx, fresh),
    ...buildOrCiTopics(ctx),
    ...newLanguageTopics(ctx),
  ]
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .map((d) => ({ ...d, question: questionFor(d) }));
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
      const topics = signalsOf(data);
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
      assert.deepEqual(ofKind(signalsOf(data), 'new-area'), []);
    });

    it('caps new areas at five when there is no earlier history', () => {
      const files = Array.from(
        { length: 9 },
        (_, i) => [`d${i}/x.ts`, 100 - i] as [string, number],
      );
      const topics = signalsOf(history([commit({ n: 1, files })]));
      assert.equal(ofKind(topics, 'new-area').length, 5);
    });
  });

  describe('new-area, merged and moved', () => {
    it('merges new sub-folders into their parent when the parent is new', () => {
      const c = commit({
        n: 1,
        files: ['services/pay/README.md', 'services/pay/api/x.go', 'services/pay/db/y.go'],
      });
      const topics = signalsOf(history([c], { earlier: ['other/x.go'] }));
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
      const topics = signalsOf(history([c], { earlier: ['other/x.go'] }));
      assert.deepEqual(
        ofKind(topics, 'new-area').map((t) => t.id),
        ['new-area:', 'new-area:services'],
      );
    });

    it('keeps new sub-folders apart when the mentee worked in their parent before', () => {
      const c = commit({ n: 1, files: ['services/pay/api/x.go', 'services/pay/db/y.go'] });
      const topics = signalsOf(history([c], { earlier: ['services/pay/old.go'] }));
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
      const topics = signalsOf(data);
      for (const kind of ['new-area', 'new-language', 'large-change', 'area'] as const) {
        assert.deepEqual(ofKind(topics, kind), [], kind);
      }
    });

    it('does not take a file renamed from one the mentee touched before for a first touch', () => {
      const data = history([commit({ n: 1, files: [moved('src/utils/a.ts', 'lib/a.ts', 3, 3)] })], {
        earlier: ['src/utils/a.ts'],
      });
      assert.deepEqual(ofKind(signalsOf(data), 'new-area'), []);
      const fresh = history([commit({ n: 1, files: [moved('src/x/a.ts', 'lib/a.ts', 3, 3)] })], {
        earlier: ['src/utils/b.ts'],
      });
      assert.deepEqual(
        ofKind(signalsOf(fresh), 'new-area').map((t) => t.id),
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
      const languages = ofKind(signalsOf(data), 'new-language');
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
      const deps = ofKind(signalsOf(data), 'new-dependency');
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
      const deps = ofKind(signalsOf(data), 'new-dependency');
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
      const build = ofKind(signalsOf(data), 'build-or-ci');
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
      assert.deepEqual(ofKind(signalsOf(data), 'build-or-ci'), []);
    });
  });

  describe('fix-like subjects', () => {
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

  describe('fix-like subjects, more', () => {
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
      assert.deepEqual([...new Set(topics.map((t) => t.kind))], ['goal', 'story']);
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

    it('ranks in a stable order, smaller topics last, whatever order the topics are found in (property)', () => {
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
              // Topics worth raising first (worthRaising.ts), then by score, then by id.
              const [x, y] = [a.smaller === true ? 1 : 0, b.smaller === true ? 1 : 0];
              if (x !== y) {
                if (x > y) return false;
                continue;
              }
              if (!(a.score > b.score || (a.score === b.score && a.id < b.id))) return false;
            }
            return new Set(topics.map((t) => t.id)).size === topics.length;
          },
        ),
      );
    });

    it('handles a commit of 150,000 files in every signal without overflowing the stack', () => {
      const files = Array.from({ length: 150_000 }, (_, i) => `import/f${i}.c`);
      const big = commit({
        n: 1,
        daysAgo: 2,
        files,
        coAuthors: ['Sam <sam@x.org>'],
        goalRefs: ['G1'],
      });
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
      for (const id of ['goal:G1', 'goal:G2', `story:${sha(1)}`]) {
        assert.equal(byId(topics, id).evidence.files.length, MAX_EVIDENCE, id);
      }
      // The revert is part of the story it reverts.
      assert.deepEqual(byId(topics, `story:${sha(1)}`).evidence.commits, [sha(2), sha(1)]);
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
        [`story:${sha(4)}`],
      );
      // Without the option the records make topics of their own.
      assert.ok(
        topicsOf(data).some((t) => t.evidence.files.some((f) => f.startsWith('mentoring/'))),
      );
    });
  });
});
