// The topic evaluation's matching rules (scripts/bench/topicEvalScore.mjs), on a hand-made
// contributor: what counts as a hit, a miss, a factually wrong topic, and how the scores add up.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';

/** A tool topic as the scorer reads it (the CLI's `topics --format json`). */
interface ToolTopic {
  title: string;
  kind?: string;
  question?: string;
  evidence: { commits: string[]; files?: string[] };
}

/** A verdict on one topic. */
interface Judged {
  rank: number;
  verdict: 'hit' | 'duplicate' | 'miss' | 'wrong';
  expected?: string;
  forbidden: string[];
}

/** A contributor's scores. */
interface Score {
  judged: Judged[];
  precisionAt5: number;
  precisionAt10: number;
  recall: number;
  recalled: string[];
  missed: string[];
  wrong: number;
}

/** The scorer's exports. */
interface Scorer {
  sameCommit(a: string, b: string): boolean;
  scoreContributor(label: unknown, topics: ToolTopic[]): Score;
  summarySplits(rows: { split: string }[]): string[];
  overallScores(scores: Score[]): {
    precisionAt5: number;
    precisionAt10: number;
    recall: number;
    wrong: number;
  };
}

// The scorer is an ES module the bench runs as is; Node loads it with require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const scorer = require(
  path.resolve(__dirname, '..', '..', '..', 'scripts', 'bench', 'topicEvalScore.mjs'),
) as Scorer;

/** A 40-hex commit id from a small number. */
const c = (n: number): string => n.toString(16).padStart(40, 'a');

const REWORK = '\\brework|\\breworked';
const NOTESTS = 'without tests';

/** Two expected topics (a series of four, a fix of two), and the claims they forbid. */
const LABEL = {
  split: 'tuning',
  topics: [
    { id: 'T1', title: 'the series', commits: [c(1), c(2), c(3), c(4)] },
    { id: 'T2', title: 'the fix', commits: [c(5)], othersCommits: [c(9)] },
  ],
  forbidden: [
    { id: 'F1', pattern: REWORK, scope: 'within', commits: [c(1), c(2), c(3), c(4)] },
    { id: 'F2', pattern: NOTESTS, scope: 'overlap', commits: [c(3)] },
  ],
};

const topic = (title: string, commits: string[], question = 'What did you learn?'): ToolTopic => ({
  title,
  kind: 'area',
  question,
  evidence: { commits },
});

describe('topic evaluation scorer', () => {
  it('accepts a short commit id as the same commit, but not a shorter one than 7 digits', () => {
    assert.equal(scorer.sameCommit(c(1), c(1).slice(0, 7)), true);
    assert.equal(scorer.sameCommit(c(1).slice(0, 6), c(1)), false);
    assert.equal(scorer.sameCommit(c(1), c(2)), false);
  });

  it('counts a topic as a hit when half of its evidence lies in an expected topic', () => {
    const s = scorer.scoreContributor(LABEL, [topic('Series work', [c(1), c(7)])]);
    assert.deepEqual(
      s.judged.map((j) => [j.verdict, j.expected]),
      [['hit', 'T1']],
    );
  });

  it('counts a topic as a hit when it covers half of an expected topic, however broad', () => {
    const broad = [c(1), c(2), c(11), c(12), c(13), c(14), c(15)];
    const s = scorer.scoreContributor(LABEL, [topic('Everything', broad)]);
    assert.equal(s.judged[0].verdict, 'hit');
  });

  it('is a miss when the overlap is under half both ways', () => {
    const s = scorer.scoreContributor(LABEL, [topic('Mostly other', [c(1), c(11), c(12)])]);
    assert.equal(s.judged[0].verdict, 'miss');
  });

  it("matches a topic on another person's related commit", () => {
    const s = scorer.scoreContributor(LABEL, [topic('Reverted by Sam', [c(9)])]);
    assert.deepEqual([s.judged[0].verdict, s.judged[0].expected], ['hit', 'T2']);
  });

  it('credits a broad topic with one expected topic only, the best matched', () => {
    const s = scorer.scoreContributor(LABEL, [topic('All of it', [c(1), c(2), c(3), c(4), c(5)])]);
    assert.deepEqual(s.recalled, ['T1']);
    assert.equal(s.recall, 0.5);
  });

  it('credits a topic whose evidence is exactly a label with that label, not a small label it contains', () => {
    // Both labels are fully covered (share 1); only T3's commits are all of the topic's evidence.
    const label = {
      ...LABEL,
      topics: [
        { id: 'T2', title: 'the fix', commits: [c(5)] },
        { id: 'T3', title: 'learns from Sam', commits: [c(5), c(6), c(7)] },
      ],
    };
    const s = scorer.scoreContributor(label, [topic('Learning from Sam', [c(5), c(6), c(7)])]);
    assert.deepEqual(s.recalled, ['T3']);
  });

  it('counts a second topic on an expected topic already hit as a duplicate, not a hit', () => {
    const s = scorer.scoreContributor(LABEL, [
      topic('Series, by folder', [c(1), c(2)]),
      topic('Series, by language', [c(3), c(4)]),
      topic('The fix', [c(5)]),
    ]);
    assert.deepEqual(
      s.judged.map((j) => [j.verdict, j.expected]),
      [
        ['hit', 'T1'],
        ['duplicate', 'T1'],
        ['hit', 'T2'],
      ],
    );
    assert.equal(s.precisionAt10, 2 / 3);
    assert.equal(s.recall, 1);
  });

  it('calls rework between the patches of one series factually wrong', () => {
    const s = scorer.scoreContributor(LABEL, [
      topic('Reworked x.c in 3 commits', [c(1), c(2), c(3)]),
    ]);
    assert.deepEqual([s.judged[0].verdict, s.judged[0].forbidden], ['wrong', ['F1']]);
    assert.equal(s.wrong, 1);
    assert.deepEqual(s.recalled, []);
  });

  it('allows a rework claim that spans the series and a later fix', () => {
    const s = scorer.scoreContributor(LABEL, [topic('Reworked x.c', [c(4), c(5)])]);
    assert.equal(s.judged[0].verdict, 'hit');
  });

  it('calls "without tests" wrong when an evidence commit touches tests, in the question too', () => {
    const s = scorer.scoreContributor(LABEL, [
      topic('Code in src', [c(2), c(3)], 'Why was this changed without tests?'),
      topic('Code in lib', [c(5)], 'Why was this changed without tests?'),
    ]);
    assert.deepEqual(
      s.judged.map((j) => j.verdict),
      ['wrong', 'hit'],
    );
  });

  it('gives precision over the topics shown, at 5 and at 10, and recall over the labels', () => {
    const topics = [
      topic('a', [c(1)]),
      topic('b', [c(20)]),
      topic('c', [c(21)]),
      topic('d', [c(22)]),
      topic('e', [c(23)]),
      topic('f', [c(5)]),
      topic('g', [c(24)]),
    ];
    const s = scorer.scoreContributor(LABEL, topics);
    assert.equal(s.precisionAt5, 1 / 5);
    assert.equal(s.precisionAt10, 2 / 7);
    assert.equal(s.recall, 1);
    assert.deepEqual(s.missed, []);
  });

  it('judges only the first 10 topics', () => {
    const filler = Array.from({ length: 10 }, (_, i) => topic(`other ${i}`, [c(30 + i)]));
    const s = scorer.scoreContributor(LABEL, [...filler, topic('the series', [c(1)])]);
    assert.equal(s.judged.length, 10);
    assert.equal(s.recall, 0);
    assert.deepEqual(s.missed, ['T1', 'T2']);
  });

  it('prints every split present, known ones in order, then unknown ones, then all', () => {
    const rows = ['heldout2', 'tuning', 'zeta', 'heldout2', 'heldout'].map((split) => ({ split }));
    assert.deepEqual(scorer.summarySplits(rows), ['tuning', 'heldout', 'heldout2', 'zeta', 'all']);
  });

  it('prints the fourth held-out set after the third, as a known split rather than an unknown one', () => {
    // An unknown split would sort alphabetically after the known ones: 'alpha' before 'heldout4'.
    const rows = ['alpha', 'heldout4', 'heldout3', 'tuning'].map((split) => ({ split }));
    assert.deepEqual(scorer.summarySplits(rows), [
      'tuning',
      'heldout3',
      'heldout4',
      'alpha',
      'all',
    ]);
  });

  it('prints the fifth held-out set after the fourth, as a known split rather than an unknown one', () => {
    // An unknown split would sort alphabetically after the known ones: 'alpha' before 'heldout5'.
    const rows = ['heldout5', 'alpha', 'heldout4'].map((split) => ({ split }));
    assert.deepEqual(scorer.summarySplits(rows), ['heldout4', 'heldout5', 'alpha', 'all']);
  });

  it('prints the sixth held-out set after the fifth, as a known split rather than an unknown one', () => {
    // An unknown split would sort alphabetically after the known ones: 'alpha' before 'heldout6'.
    const rows = ['heldout6', 'alpha', 'heldout5'].map((split) => ({ split }));
    assert.deepEqual(scorer.summarySplits(rows), ['heldout5', 'heldout6', 'alpha', 'all']);
  });

  it('prints the tenth held-out set after the ninth, not where its name sorts (before heldout2)', () => {
    // Unknown splits sort alphabetically after the known ones: 'alpha' before 'heldout10'.
    const rows = ['heldout10', 'alpha', 'heldout9', 'heldout2'].map((split) => ({ split }));
    assert.deepEqual(scorer.summarySplits(rows), [
      'heldout2',
      'heldout9',
      'heldout10',
      'alpha',
      'all',
    ]);
  });

  it('prints the eleventh held-out set after the tenth, not where its name sorts (before heldout2)', () => {
    const rows = ['heldout11', 'alpha', 'heldout10', 'heldout2'].map((split) => ({ split }));
    assert.deepEqual(scorer.summarySplits(rows), [
      'heldout2',
      'heldout10',
      'heldout11',
      'alpha',
      'all',
    ]);
  });

  it('prints only the split run alone (MJ_EVAL_SPLIT) and all, and nothing without results', () => {
    assert.deepEqual(scorer.summarySplits([{ split: 'heldout2' }]), ['heldout2', 'all']);
    assert.deepEqual(scorer.summarySplits([]), []);
  });

  it('averages contributors alike and sums their wrong topics', () => {
    const a = scorer.scoreContributor(LABEL, [topic('s', [c(1)]), topic('f', [c(5)])]);
    const b = scorer.scoreContributor(LABEL, [topic('Reworked', [c(1), c(2)])]);
    const o = scorer.overallScores([a, b]);
    assert.deepEqual([o.precisionAt10, o.recall, o.wrong], [0.5, 0.5, 1]);
  });
});
