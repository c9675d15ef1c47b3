// Worth raising (issue 16, "only 1 to 3 of the 10 were worth raising"): a story is in the main
// list only when it clears a floor a mentor would recognise; the rest are listed apart, never lost.
import * as assert from 'node:assert/strict';
import { computeTopics } from '../../src/core/topics/computeTopics';
import { formatTopicsMarkdown } from '../../src/core/topics/formatTopics';
import type { Commit } from '../../src/core/topics/historyData';
import type { Topic } from '../../src/core/topics/topic';
import {
  isWorthRaising,
  MAX_RAISED,
  MIN_RAISED,
  splitRaised,
  type StoryWeight,
} from '../../src/core/topics/worthRaising';
import { commit, history, NOW, sha } from '../support/historyBuilder';

const EARLIER = ['src/pool/pool.c', 'src/ui/a.ts', 'README.md', 'package.json', 'docs/guide.md'];

function topicsOf(commits: Commit[]): Topic[] {
  return computeTopics(history(commits, { earlier: EARLIER }), { now: NOW, limit: 100 });
}

function storyWith(topics: Topic[], n: number): Topic {
  const t = topics.find((x) => x.evidence.commits.includes(sha(n)));
  assert.ok(t, `no topic holds commit ${n}: ${topics.map((x) => x.id).join(', ')}`);
  return t;
}

function weight(fields: Partial<StoryWeight>): StoryWeight {
  return { score: 40, lines: 200, churn: false, tags: ['feature'], ...fields };
}

/** A ranked topic list of `n` topics, every `smaller` one marked. */
function ranked(n: number, smaller: (i: number) => boolean): Topic[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `story:${i}`,
    kind: 'story',
    title: `Story ${i}`,
    score: 80 - i,
    evidence: { commits: [sha(i + 1)], files: ['src/a.ts'] },
    question: `What did story ${i} teach you?`,
    ...(smaller(i) ? { smaller: true } : {}),
  }));
}

/** A feature of `lines` lines in one file, with nothing else to it. */
function plain(n: number, lines: number, daysAgo = 5): Commit {
  return commit({
    n,
    daysAgo,
    subject: `Teach the pool feature ${n}`,
    files: [[`src/pool/f${n}.c`, lines]],
  });
}

describe('topics: worth raising', () => {
  describe('the floor', () => {
    it('never raises churn, whatever its weight', () => {
      assert.equal(isWorthRaising(weight({ churn: true, score: 80 }), 80), false);
    });

    it('raises a small story that drew review or help, a later fix, a goal or new ground', () => {
      for (const tag of ['help', 'rework', 'followed-up', 'goal', 'new-area', 'new-language'])
        assert.equal(isWorthRaising(weight({ lines: 3, score: 5, tags: [tag] }), 80), true, tag);
    });

    it('raises every release, security fix, backport and revert', () => {
      for (const tag of ['release', 'security', 'backport', 'revert'])
        assert.equal(isWorthRaising(weight({ lines: 2, score: 5, tags: [tag] }), 80), true, tag);
    });

    it('never raises a small story with nothing to it, even when it is the strongest', () => {
      assert.equal(isWorthRaising(weight({ lines: 10, score: 20 }), 20), false);
    });

    it('raises real work only when it weighs half the strongest story', () => {
      assert.equal(isWorthRaising(weight({ lines: 120, score: 40 }), 80), true);
      assert.equal(isWorthRaising(weight({ lines: 120, score: 39 }), 80), false);
    });
  });

  describe('the main list', () => {
    it('shows at most ten topics worth raising, the rest in ranking order apart', () => {
      const topics = ranked(14, (i) => i === 2);
      const { raised, more } = splitRaised(topics);
      assert.equal(raised.length, MAX_RAISED);
      assert.ok(!raised.some((t) => t.smaller));
      assert.deepEqual(
        more.map((t) => t.id),
        ['story:2', 'story:11', 'story:12', 'story:13'],
      );
    });

    it('tops a short list up to three with the best smaller topics', () => {
      const { raised, more } = splitRaised(ranked(6, (i) => i > 0));
      assert.equal(raised.length, MIN_RAISED);
      assert.deepEqual(
        raised.map((t) => t.id),
        ['story:0', 'story:1', 'story:2'],
      );
      assert.equal(more.length, 3);
    });

    it('shows everything when a history has fewer than three topics', () => {
      const { raised, more } = splitRaised(ranked(2, () => true));
      assert.equal(raised.length, 2);
      assert.equal(more.length, 0);
    });
  });

  describe('in the ranking', () => {
    it('marks a one-file 10-line change with no review, fix, goal or new ground as smaller', () => {
      const topics = topicsOf([plain(1, 300), plain(2, 10, 9)]);
      assert.equal(storyWith(topics, 2).smaller, true);
      assert.equal(storyWith(topics, 1).smaller, undefined);
    });

    it('keeps a 12-line fix that a reviewer reported worth raising, above a larger plain change', () => {
      const reviewed = commit({
        n: 3,
        daysAgo: 20,
        subject: 'pool: avoid a double free on shutdown',
        files: [['src/ui/a.ts', 12]],
        trailers: [['Reported-by', 'Bo Lind <bo@example.com>']],
      });
      const topics = topicsOf([plain(1, 400), plain(2, 25, 60), reviewed]);
      assert.equal(storyWith(topics, 3).smaller, undefined);
      assert.equal(storyWith(topics, 2).smaller, true);
      assert.ok(topics.indexOf(storyWith(topics, 3)) < topics.indexOf(storyWith(topics, 2)));
    });

    it('lists smaller topics after every topic worth raising, whatever their scores', () => {
      const topics = topicsOf([plain(1, 2000), plain(2, 60, 8), plain(3, 25, 1), plain(4, 5, 2)]);
      const firstSmaller = topics.findIndex((t) => t.smaller === true);
      assert.ok(firstSmaller > 0);
      assert.ok(topics.slice(firstSmaller).every((t) => t.smaller === true));
    });
  });

  describe('releases', () => {
    it('recognises a lower-case "release version x.y.z" bump of pyproject.toml as a release', () => {
      const topics = topicsOf([
        commit({
          n: 1,
          daysAgo: 30,
          subject: 'release version 3.1.0',
          files: [
            ['CHANGES.rst', 2],
            ['pyproject.toml', 2],
          ],
        }),
      ]);
      assert.equal(storyWith(topics, 1).title, 'Released 3.1.0');
    });

    it('ranks a minor release above a 100-line feature of the same week', () => {
      const topics = topicsOf([
        plain(1, 100, 4),
        commit({ n: 2, daysAgo: 3, subject: 'Release 2.4.0', files: [['package.json', 2]] }),
      ]);
      assert.ok(storyWith(topics, 2).score > storyWith(topics, 1).score);
      assert.equal(storyWith(topics, 2).smaller, undefined);
    });
  });

  describe('in the markdown', () => {
    const report = { range: { since: '2026-02-01', until: '2026-02-28' }, commits: 12 };

    it('counts the smaller topics under the list and names --all', () => {
      const { raised, more } = splitRaised(ranked(5, (i) => i > 2));
      const md = formatTopicsMarkdown(raised, { ...report, partial: false, more });
      assert.match(md, /2 smaller topics not listed here \(topics --all lists them\)/);
      assert.doesNotMatch(md, /Story 3/);
    });

    it('lists them under "Smaller topics", numbered on, with --all', () => {
      const { raised, more } = splitRaised(ranked(5, (i) => i > 2));
      const md = formatTopicsMarkdown(raised, { ...report, partial: false, more, all: true });
      assert.match(md, /### Smaller topics \(2\)/);
      assert.match(md, /4\. \*\*Story 3\*\*/);
      assert.match(md, /5\. \*\*Story 4\*\*/);
    });
  });
});
