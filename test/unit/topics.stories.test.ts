// Learning topics as stories (issue 16): series by commit time, rework across series only, test
// layouts, collaboration from trailers, releases, backports and security fixes, churn weighed
// low, and one distinct, checker-clean question per topic.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import { computeTopics } from '../../src/core/topics/computeTopics';
import { groupStories } from '../../src/core/topics/groupStories';
import type { Commit, HistoryData } from '../../src/core/topics/historyData';
import { testLayout } from '../../src/core/topics/testLayout';
import type { Topic } from '../../src/core/topics/topic';
import { commit, DAY, history, NOW, sha, type CommitSpec } from '../support/historyBuilder';

const SEED = Number(process.env.FC_SEED ?? 20261204);

/** Earlier history, so that the range's work is not all first touches. */
const EARLIER = ['src/pool/pool.c', 'src/ui/a.ts', 'README.md', 'package.json', 't/t0001-init.sh'];

function topicsOf(data: HistoryData, identities: string[] = []): Topic[] {
  return computeTopics(data, { now: NOW, identities, limit: 100 });
}

function storyWith(topics: Topic[], n: number): Topic {
  const t = topics.find((x) => x.evidence.commits.includes(sha(n)));
  assert.ok(t, `no topic holds commit ${n}: ${topics.map((x) => x.id).join(', ')}`);
  return t;
}

function facetKinds(t: Topic): string[] {
  return (t.facets ?? []).map((f) => f.kind);
}

/** Ten patches authored over ten days and applied at once (git am): one commit time. */
function series(start: number, prefix = 'pool', appliedDaysAgo = 10): Commit[] {
  const applied = NOW - appliedDaysAgo * DAY;
  return Array.from({ length: 10 }, (_, i) =>
    commit({
      n: start + i,
      daysAgo: appliedDaysAgo + 10 - i,
      commitTime: applied,
      subject: `${prefix}: step ${i + 1}${i === 3 ? ', fix the off-by-one in step 3' : ''}`,
      files: [`src/${prefix}/pool.c`, `src/${prefix}/pool.h`],
    }),
  );
}

describe('topics: stories', () => {
  describe('patch series and rework', () => {
    it('takes a 10-patch series with one commit time for one story, never rework', () => {
      const topics = topicsOf(history(series(1), { earlier: EARLIER }));
      assert.equal(topics.length, 1);
      const [story] = topics;
      assert.equal(story.kind, 'story');
      assert.equal(story.evidence.commits.length, 10);
      assert.match(story.title, /series of 10 patches/);
      assert.ok(facetKinds(story).includes('series'));
      assert.ok(!facetKinds(story).includes('rework'), JSON.stringify(story.facets));
      assert.doesNotMatch(story.question, /again|rework|later change|after it landed/i);
    });

    it('counts a fix of the same files six days after the series landed as rework of it', () => {
      const fix = commit({
        n: 50,
        daysAgo: 4,
        subject: 'pool: fix the leak on shutdown',
        files: ['src/pool/pool.c'],
      });
      const topics = topicsOf(history([...series(1), fix], { earlier: EARLIER }));
      const story = storyWith(topics, 50);
      assert.equal(story, storyWith(topics, 1));
      assert.ok(facetKinds(story).includes('rework'));
      assert.ok(
        (story.facets ?? []).some(
          (f) => f.text === 'Followed up 6 days later: pool: fix the leak on shutdown',
        ),
        JSON.stringify(story.facets),
      );
      // Asked about what happened after it landed, never as a mistake.
      assert.doesNotMatch(story.question, /mistake|wrong|should have/i);
    });

    it('does not count a fix more than two weeks later, or of other files, as rework', () => {
      const late = commit({
        n: 60,
        daysAgo: 0,
        subject: 'Fix pool stats',
        files: ['src/pool/pool.c'],
      });
      const other = commit({
        n: 61,
        daysAgo: 5,
        subject: 'Fix the menu',
        files: ['src/ui/menu.ts'],
      });
      const data = history([...series(1, 'pool', 20), late, other], { earlier: EARLIER });
      const topics = topicsOf(data);
      // The late fix may join the series as a small follow-up (topics.storyClasses), never as rework.
      assert.ok(!facetKinds(storyWith(topics, 60)).includes('rework'));
      assert.notEqual(storyWith(topics, 61), storyWith(topics, 1));
      assert.ok(!facetKinds(storyWith(topics, 1)).includes('rework'));
    });

    it("gives a story another person's revert or fix (followUps) as a facet, and more weight", () => {
      const base = history(series(1), { earlier: EARLIER });
      const followed: HistoryData = {
        ...base,
        followUps: [
          {
            sha: 'f'.repeat(40),
            authorName: 'Dee Quinn',
            authorEmail: 'dee@example.com',
            time: NOW - 7 * DAY,
            date: '2026-02-22',
            subject: 'Revert "pool: step 4"',
            kind: 'revert',
            targets: [sha(4)],
          },
        ],
      };
      const [plain] = topicsOf(base);
      const [story] = topicsOf(followed);
      assert.ok(facetKinds(story).includes('followed-up'));
      assert.ok(
        (story.facets ?? []).some((f) => f.text.startsWith('Reverted by Dee Quinn 3 days later')),
      );
      assert.ok(story.score > plain.score);
    });

    it("leaves out a bot's change to the same lines, but keeps a bot's revert and a person's change", () => {
      const base = history(series(1), { earlier: EARLIER });
      const follow = (authorName: string, authorEmail: string, kind: 'revert' | 'same-lines') => ({
        sha: (kind === 'revert' ? 'e' : 'f').repeat(40),
        authorName,
        authorEmail,
        time: NOW - 7 * DAY,
        date: '2026-02-22',
        subject: kind === 'revert' ? 'Revert "pool: step 4"' : 'Bump left-pad from 1.0.0 to 1.0.1',
        kind,
        targets: [sha(4)],
      });
      const [plain] = topicsOf(base);
      const [bumped] = topicsOf({
        ...base,
        followUps: [
          follow(
            'dependabot[bot]',
            '49699333+dependabot[bot]@users.noreply.github.com',
            'same-lines',
          ),
        ],
      });
      assert.ok(!facetKinds(bumped).includes('followed-up'));
      assert.equal(bumped.score, plain.score);
      const [reverted] = topicsOf({
        ...base,
        followUps: [follow('github-actions[bot]', 'actions@github.com', 'revert')],
      });
      assert.ok(facetKinds(reverted).includes('followed-up'));
      const [changed] = topicsOf({
        ...base,
        followUps: [follow('Dee Quinn', 'dee@example.com', 'same-lines')],
      });
      assert.ok(
        (changed.facets ?? []).some((f) => f.text.startsWith('Changed by Dee Quinn 3 days later')),
      );
    });

    it('keeps topic ids stable for the same evidence, whatever order the commits come in', () => {
      const commits = [...series(1), ...series(20, 'cache', 9)];
      const a = topicsOf(history(commits, { earlier: EARLIER }));
      const b = topicsOf(history([...commits].reverse(), { earlier: EARLIER }));
      assert.deepEqual(
        a.map((t) => t.id),
        b.map((t) => t.id),
      );
      assert.deepEqual(a.map((t) => t.id).sort(), [`story:${sha(1)}`, `story:${sha(20)}`].sort());
    });
  });

  describe('tests', () => {
    it('recognises a t/ layout, testdata/ and the usual test names as tests', () => {
      const isTest = testLayout([]);
      for (const p of [
        't/t5310-pack-bitmaps.sh',
        't/helper/test-tool.c',
        'pkg/x/testdata/in.json',
        'pool_test.go',
        'tests/test_app.py',
        'app/test_views.py',
        'lib/x_spec.rb',
        'src/PoolTest.java',
        'src/PoolTests.java',
        'web/a.test.ts',
        'web/a.spec.js',
        'src/__tests__/a.js',
      ]) {
        assert.equal(isTest(p), true, p);
      }
      for (const p of ['src/pool.c', 'lib/latest.rb', 'Testament.java', 'docs/testing.md']) {
        assert.equal(isTest(p), false, p);
      }
    });

    it("learns the project's own test folder from where test-looking commits go", () => {
      const commits = [
        ...[1, 2, 3].map((n) =>
          commit({
            n,
            subject: `Add tests for the parser ${n}`,
            files: [`checks/parser${n}.c`, 'src/parser.c'],
          }),
        ),
        ...[4, 5, 6, 7].map((n) =>
          commit({ n, subject: `Parser change ${n}`, files: ['src/parser.c'] }),
        ),
      ];
      const isTest = testLayout(commits);
      assert.equal(isTest('checks/lexer.c'), true);
      assert.equal(isTest('src/parser.c'), false);
    });

    it('never learns the CI configuration that test commits touch as a test folder', () => {
      // "test with python 3.13" and the like change the workflow that runs the tests, and the
      // issue templates ride along: that is CI and project configuration, not tests.
      const commits = [
        ...[1, 2, 3].map((n) =>
          commit({
            n,
            subject: `test with python 3.1${n}`,
            files: [
              `.github/workflows/tests${n}.yaml`,
              '.github/ISSUE_TEMPLATE/config.yml',
              `ci/run${n}.sh`,
            ],
          }),
        ),
        ...[4, 5, 6, 7].map((n) =>
          commit({ n, subject: `Parser change ${n}`, files: ['src/parser.py'] }),
        ),
      ];
      const isTest = testLayout(commits);
      for (const p of [
        '.github/workflows/lock.yaml',
        '.github/ISSUE_TEMPLATE/config.yml',
        '.github/workflows/tests1.yaml',
        'ci/run1.sh',
      ])
        assert.equal(isTest(p), false, p);
      assert.equal(isTest('tests/test_cli.py'), true, 'the common layouts still count');
    });

    it('shows tests as a facet of the story and never says "no tests" when its commits touch tests', () => {
      const work = commit({
        n: 1,
        daysAgo: 3,
        subject: 'pack-bitmap: add a lookup table',
        files: [
          ['pack-bitmap.c', 400],
          ['t/t5310-pack-bitmaps.sh', 80],
        ],
      });
      const [story] = topicsOf(history([work], { earlier: EARLIER }));
      assert.ok(facetKinds(story).includes('tests'));
      assert.ok(!facetKinds(story).includes('no-tests'));
      assert.match(JSON.stringify(story.facets), /t\/t5310-pack-bitmaps\.sh/);
    });

    it('never claims "no tests" for a story whose commits touch a test file (property)', () => {
      const file = fc.constantFrom(
        'src/a.c',
        'src/b.py',
        't/t1-a.sh',
        'tests/test_b.py',
        'pkg/x_test.go',
        'lib/y.rb',
        'spec/y_spec.rb',
        'testdata/z.json',
      );
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              daysAgo: fc.integer({ min: 0, max: 20 }),
              files: fc.array(fc.tuple(file, fc.integer({ min: 1, max: 300 })), {
                minLength: 1,
                maxLength: 3,
              }),
              subject: fc.constantFrom(
                'Add x',
                'fix y',
                'pool: z',
                'Release 1.2.0',
                'Update tests',
              ),
            }),
            { minLength: 1, maxLength: 10 },
          ),
          (specs) => {
            const commits = specs.map((s, n) =>
              commit({ ...s, n: n + 1, files: [...new Map(s.files).entries()] }),
            );
            const data = history(commits, { earlier: EARLIER });
            const isTest = testLayout(data.commits);
            for (const t of topicsOf(data)) {
              if (!facetKinds(t).includes('no-tests')) continue;
              const touched = data.commits
                .filter((c) => t.evidence.commits.includes(c.sha))
                .some((c) => c.files.some((f) => isTest(f.path)));
              if (touched) return false;
            }
            return true;
          },
        ),
        { seed: SEED, numRuns: 200 },
      );
    });
  });

  describe('collaboration', () => {
    it('makes one collaborator topic for people on the same commits, naming the stories they shared', () => {
      const reviewed = (n: number, daysAgo: number, subject: string, file: string): Commit =>
        commit({
          n,
          daysAgo,
          subject,
          files: [[file, 120]],
          trailers: [
            ['Reviewed-by', 'Taylor Blau <me@ttaylorr.com>'],
            ['HELPED-BY', 'Jeff King <peff@peff.net>'],
            ['Signed-off-by', 'Alex <alex@example.com>'],
            ['Acked-by', 'Alex <alex@old.example>'],
            ['Reviewed-by', 'dependabot[bot] <bot@example.com>'],
          ],
        });
      const data = history(
        [
          reviewed(1, 20, 'bitmap: add a lookup table', 'pack-bitmap.c'),
          reviewed(2, 10, 'midx: write the lookup table', 'midx.c'),
          commit({ n: 3, daysAgo: 5, subject: 'Add a docs page', files: [['docs/x.md', 50]] }),
        ],
        { earlier: EARLIER },
      );
      const topics = topicsOf(data, ['alex@old.example']);
      const people = topics.filter((t) => t.kind === 'collaborator');
      assert.equal(people.length, 1);
      const [person] = people;
      assert.match(
        person.title,
        /^Learning from (Jeff King and Taylor Blau|Taylor Blau and Jeff King): help on 2 stories \(2 commits\)$/,
      );
      assert.deepEqual(person.evidence.commits, [sha(2), sha(1)]);
      assert.deepEqual((person.facets ?? []).map((f) => f.text).sort(), [
        'bitmap: add a lookup table',
        'midx: write the lookup table',
      ]);
      assert.match(person.question, /Taylor Blau/);
      // Inside each story, who helped is a facet; the mentee's own address and bots are not.
      const story = storyWith(
        topics.filter((t) => t.kind === 'story'),
        1,
      );
      const help = (story.facets ?? []).find((f) => f.kind === 'help');
      assert.ok(help);
      assert.match(help.text, /Taylor Blau \(reviewed\)/);
      assert.match(help.text, /Jeff King \(helped\)/);
      assert.doesNotMatch(help.text, /alex|bot/i);
    });

    it('makes no collaborator topic from help on a single commit', () => {
      const data = history(
        [commit({ n: 1, files: ['a.c'], trailers: [['Reviewed-by', 'Bo <bo@x>']] })],
        { earlier: EARLIER },
      );
      assert.deepEqual(
        topicsOf(data).filter((t) => t.kind === 'collaborator'),
        [],
      );
    });
  });

  describe('releases, backports and security fixes', () => {
    it('titles a release by its version, with the changelog and version bump in it', () => {
      const data = history(
        [
          commit({
            n: 1,
            daysAgo: 3,
            subject: 'Update CHANGELOG for 3.1.0',
            files: ['CHANGELOG.md'],
          }),
          commit({ n: 2, daysAgo: 3, subject: 'Bump version to 3.1.0', files: ['package.json'] }),
          commit({
            n: 3,
            daysAgo: 3,
            subject: 'Release 3.1.0',
            files: ['package.json', 'CHANGELOG.md'],
          }),
          commit({ n: 4, daysAgo: 1, subject: 'v4.0.0', files: ['VERSION'] }),
        ],
        { earlier: EARLIER },
      );
      const topics = topicsOf(data);
      assert.equal(storyWith(topics, 1).title, 'Released 3.1.0');
      assert.equal(storyWith(topics, 1), storyWith(topics, 3));
      assert.equal(storyWith(topics, 4).title, 'Released 4.0.0, a major version');
      assert.match(storyWith(topics, 1).question, /release/);
    });

    it('never asks a first-release question about the releases of someone who released before', () => {
      const data = history(
        ['1.1.0', '1.2.0', '1.3.0', '1.4.0', '2.0.0', '3.0.0'].map((v, i) =>
          commit({ n: i + 1, daysAgo: 30 - 5 * i, subject: `Release ${v}`, files: ['VERSION'] }),
        ),
        { earlier: EARLIER },
      );
      const releases = topicsOf(data).filter((t) => /^Released /.test(t.title));
      assert.equal(releases.length, 3);
      for (const t of releases) assert.doesNotMatch(t.question, /\bfirst\b/, t.question);
    });

    it('gathers two releases or more in ONE topic, a line each in order, a major version apart', () => {
      const data = history(
        [
          ...['1.1.0', '1.2.0', '1.2.1', '1.3.0', '1.3.1'].map((v, i) =>
            commit({ n: i + 1, daysAgo: 40 - 5 * i, subject: `Release ${v}`, files: ['VERSION'] }),
          ),
          commit({ n: 9, daysAgo: 2, subject: 'Release 2.0.0', files: ['VERSION'] }),
        ],
        { earlier: EARLIER },
      );
      const topics = topicsOf(data);
      const gathered = storyWith(topics, 1);
      // Of many releases, the title names the latest.
      assert.equal(gathered.title, 'Released 5 versions, the latest 1.3.1, 1.3.0, 1.2.1 and 1.2.0');
      for (const n of [2, 3, 4, 5]) assert.equal(storyWith(topics, n), gathered);
      assert.deepEqual(
        gathered.facets?.map((f) => f.text),
        ['Release 1.1.0', 'Release 1.2.0', 'Release 1.2.1', 'Release 1.3.0', 'Release 1.3.1'],
      );
      assert.equal(storyWith(topics, 9).title, 'Released 2.0.0, a major version');
      assert.equal(topics.filter((t) => /^Released /.test(t.title)).length, 2);
    });

    it('lists a version prepared in one story and cut in another once', () => {
      const data = history(
        [
          commit({ n: 1, daysAgo: 30, subject: 'Release 1.2.0', files: ['VERSION'] }),
          commit({ n: 2, daysAgo: 20, subject: 'Release 1.3.0', files: ['VERSION'] }),
          commit({ n: 3, daysAgo: 10, subject: 'Release 1.3.0', files: ['CHANGELOG.md'] }),
        ],
        { earlier: EARLIER },
      );
      const topics = topicsOf(data);
      const gathered = storyWith(topics, 1);
      assert.equal(gathered.title, 'Released 2 versions: 1.2.0 and 1.3.0');
      assert.equal(storyWith(topics, 3), gathered);
      assert.deepEqual(
        gathered.facets?.map((f) => [f.text, f.sha]),
        [
          ['Release 1.2.0', sha(1)],
          ['Release 1.3.0', sha(3)],
        ],
      );
      const alone = topicsOf(
        history(
          [
            commit({ n: 2, daysAgo: 20, subject: 'Release 1.3.0', files: ['VERSION'] }),
            commit({ n: 3, daysAgo: 10, subject: 'Release 1.3.0', files: ['CHANGELOG.md'] }),
          ],
          { earlier: EARLIER },
        ),
      );
      assert.equal(storyWith(alone, 2).title, 'Released 1.3.0');
      assert.equal(storyWith(alone, 3), storyWith(alone, 2));
    });

    it('finds the releases a maintainer tagged on their own merges, which are not among their commits', () => {
      const base = history(
        [commit({ n: 1, daysAgo: 30, subject: 'color: expose SetWriter', files: ['color.go'] })],
        { earlier: EARLIER },
      );
      const merge = (n: number, daysAgo: number, pr: number) => ({
        sha: sha(n),
        time: NOW - daysAgo * DAY,
        date: new Date((NOW - daysAgo * DAY) * 1000).toISOString().slice(0, 10),
        subject: `Merge pull request #${pr} from ana/fix-${pr}`,
        tipName: 'Ana',
        tipEmail: 'ana@example.com',
        tipByMentee: false,
      });
      const ownMerges = [merge(7, 20, 184), merge(8, 10, 188), merge(9, 5, 190)];
      const tag = (n: number, version: string) => ({ name: `v${version}`, version, sha: sha(n) });
      const releaseTags = [tag(7, '1.14.1'), tag(8, '1.15.0')];
      const topics = topicsOf({ ...base, ownMerges, releaseTags });
      const released = topics.find((t) => t.title.startsWith('Released'));
      assert.equal(released?.title, 'Released 2 versions: 1.14.1 and 1.15.0');
      assert.deepEqual(released?.evidence.commits.sort(), [sha(7), sha(8)].sort());
      // An untagged merge stays in the review topic; without tags nothing is added.
      assert.ok(
        !topics.some((t) => t.evidence.commits.includes(sha(9)) && t.title.startsWith('Released')),
      );
      assert.ok(!topicsOf({ ...base, ownMerges }).some((t) => t.title.startsWith('Released')));
      // The same for an empty commit tagged as the release; a tagged feature is no release.
      const marked = history(
        [
          commit({ n: 1, daysAgo: 30, subject: 'color: expose SetWriter', files: ['color.go'] }),
          commit({ n: 2, daysAgo: 3, subject: 'Cut the release', files: [] }),
        ],
        { earlier: EARLIER },
      );
      const both = [tag(1, '1.13.0'), tag(2, '1.14.0')];
      assert.equal(
        storyWith(topicsOf({ ...marked, releaseTags: both }), 2).title,
        'Released 1.14.0',
      );
      assert.doesNotMatch(
        storyWith(topicsOf({ ...marked, releaseTags: both }), 1).title,
        /Released/,
      );
    });

    it('keeps a single release the story it is', () => {
      const data = history(
        [commit({ n: 1, daysAgo: 3, subject: 'Release 1.4.0', files: ['VERSION'] })],
        { earlier: EARLIER },
      );
      assert.equal(storyWith(topicsOf(data), 1).title, 'Released 1.4.0');
    });

    it('titles a backport pair as one story naming where it went', () => {
      const data = history(
        [
          commit({
            n: 1,
            daysAgo: 9,
            subject: 'Fix the session cookie path',
            files: ['src/session.py'],
          }),
          commit({
            n: 2,
            daysAgo: 2,
            subject: '[2.3] Fix the session cookie path',
            body: `(cherry picked from commit ${sha(1)})`,
            files: ['src/session.py'],
          }),
          commit({
            n: 3,
            daysAgo: 1,
            subject: 'Backport the retry option to 2.2',
            files: ['src/retry.py'],
          }),
        ],
        { earlier: EARLIER },
      );
      const topics = topicsOf(data);
      assert.equal(storyWith(topics, 1), storyWith(topics, 2));
      assert.equal(storyWith(topics, 1).title, 'Backported “Fix the session cookie path” to 2.3');
      assert.equal(storyWith(topics, 3).title, 'Backported “The retry option to 2.2” to 2.2');
    });

    it('titles a security fix as such, with its CVE, and ranks the first one high', () => {
      const data = history(
        [
          commit({
            n: 1,
            daysAgo: 6,
            subject: 'Reject path traversal in send_file',
            body: 'Fixes CVE-2023-30861.',
            files: [
              ['src/helpers.py', 40],
              ['tests/test_helpers.py', 30],
            ],
          }),
          commit({
            n: 2,
            daysAgo: 4,
            subject: 'Add the blueprint registry',
            files: [['src/bp.py', 300]],
          }),
        ],
        { earlier: [] },
      );
      const topics = topicsOf(data);
      assert.equal(
        topics[0].title,
        'Security fix (CVE-2023-30861): Reject path traversal in send_file',
      );
      assert.ok(facetKinds(topics[0]).includes('security'));
    });
  });

  describe('titles', () => {
    it('names the PR numbers of a story once each, from its subjects', () => {
      const data = history(
        [
          commit({
            n: 1,
            daysAgo: 3,
            subject: 'pool: add retry (#12)',
            files: [['src/pool/retry.c', 200]],
          }),
          commit({
            n: 2,
            daysAgo: 2,
            subject: 'pool: document retry (#15)',
            files: [['docs/retry.md', 20]],
          }),
        ],
        { earlier: EARLIER },
      );
      assert.equal(topicsOf(data)[0].title, 'pool: add retry (#12) (#15) (2 commits)');
    });
  });

  describe('weight', () => {
    it('ranks churn (changelog, lock files, formatting, bots) below a real feature', () => {
      const data = history(
        [
          commit({ n: 1, daysAgo: 1, subject: 'Update changelog', files: [['CHANGELOG.md', 400]] }),
          commit({
            n: 2,
            daysAgo: 2,
            subject: 'Update lock file',
            files: [['package-lock.json', 9000]],
          }),
          commit({
            n: 3,
            daysAgo: 3,
            subject: 'Run prettier over the code',
            files: [['src/a.ts', 2000]],
          }),
          commit({
            n: 4,
            daysAgo: 4,
            subject: 'Bump deps',
            author: { name: 'dependabot[bot]', email: 'bot@x' },
            files: [['src/b.ts', 3000]],
          }),
          commit({
            n: 5,
            daysAgo: 40,
            subject: 'Add connection pooling',
            files: [
              ['src/pool/pool.c', 180],
              ['src/pool/queue.c', 60],
            ],
          }),
        ],
        { earlier: EARLIER },
      );
      const topics = topicsOf(data);
      assert.equal(topics[0].evidence.commits[0], sha(5));
      for (const n of [1, 2, 3, 4]) assert.ok(storyWith(topics, n).score <= 10, String(n));
    });

    it('titles never name "the top folder" and never show a bare file as the work', () => {
      const data = history(
        [
          commit({
            n: 1,
            subject: 'Teach the parser about tabs',
            files: [
              ['parser.c', 300],
              ['Makefile', 2],
            ],
          }),
        ],
        { earlier: [] },
      );
      for (const t of topicsOf(data)) {
        assert.doesNotMatch(t.title, /the top folder/);
        assert.doesNotMatch(JSON.stringify(t.facets), /the top folder/);
      }
      assert.equal(topicsOf(data)[0].title, 'Teach the parser about tabs');
    });
  });

  describe('questions', () => {
    /** Generated stories of every kind, with facets mixed. */
    function generated(seed: number): HistoryData {
      const subjects = [
        'pool: add retry',
        'Release 2.0.1',
        'Fix the $& bug in "quotes"',
        '[1.2] Backport the cache fix',
        'security: escape HTML in titles',
        'Revert "Add cache"',
        'docs: describe the lookup table',
        'Add a <b>bold</b> option (#123)',
        'refactor: split the 2000-line module',
        'tests: cover the slow path',
      ];
      const specs: CommitSpec[] = [];
      for (let n = 1; n <= 40; n++) {
        const k = (n * 7 + seed) % subjects.length;
        specs.push({
          n,
          daysAgo: 60 - n,
          subject: k === 1 ? `Release 2.0.${n}` : `${subjects[k]} ${n}`,
          files: [
            [`src/m${n % 6}/f${n}.c`, (n * 37) % 900],
            ...(n % 3 === 0 ? [`t/t${n}.sh`] : []),
          ],
          ...(n % 4 === 0
            ? { trailers: [['Reviewed-by', `Rev ${n % 3} <r${n % 3}@x>`] as [string, string]] }
            : {}),
        });
      }
      return history(specs.map(commit), { earlier: n0(seed) ? EARLIER : [] });
    }
    const n0 = (seed: number) => seed % 2 === 0;

    it('gives every topic of a result a different question, each passing the question checker', () => {
      for (let seed = 0; seed < 12; seed++) {
        const topics = topicsOf(generated(seed));
        assert.ok(topics.length >= 20, `${topics.length} topics`);
        const questions = topics.map((t) => t.question);
        assert.equal(new Set(questions).size, questions.length, questions.join('\n'));
        for (const q of questions) {
          assert.equal(checkQuestion(q), undefined, `flagged: ${q}`);
          assert.ok(!q.includes('{s}'), q);
        }
      }
    });

    it('asks stories with different facets different kinds of question', () => {
      const topics = topicsOf(generated(0));
      const templates = new Set(
        topics
          .filter((t) => t.kind === 'story')
          .map((t) => t.question.replace(/“[^”]*”|the [\d.]+ release/g, 'S')),
      );
      assert.ok(templates.size >= Math.min(20, topics.length - 1), [...templates].join('\n'));
    });
  });

  describe('grouping cost', () => {
    it('groups 50,000 commits in linear-ish time', () => {
      const commits = Array.from({ length: 50_000 }, (_, n) =>
        commit({
          n: n + 1,
          daysAgo: 0,
          subject: n % 5 === 0 ? `fix: thing ${n}` : `area${n % 40}: work ${n}`,
          files: [`src/d${n % 97}/f${n % 1000}.c`],
        }),
      ).map((c, n) => ({ ...c, time: NOW - n * 600, commitTime: NOW - n * 600 }));
      const started = process.hrtime.bigint();
      const stories = groupStories(commits);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.ok(stories.length > 1000);
      // Quadratic grouping would take minutes here; linear takes about a second (15 s: a busy machine).
      assert.ok(ms < 15_000, `${ms} ms`);
    });
  });
});
