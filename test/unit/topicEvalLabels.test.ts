// The topic evaluation's label files (test/fixtures/topic-eval/*.json) have the shape the scorer
// reads (scripts/bench/topicEvalShape.mjs), and held-out sets 2 to 10 keep the mix their briefs
// asked for. Whether each commit exists and is the contributor's needs the repositories, which
// are not part of this project: `node scripts/checkTopicEval.mjs` checks that.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The shape check's export. */
interface Shape {
  labelProblems(label: unknown): string[];
}

/** The fields of a label file these tests read. */
interface Label {
  split: string;
  repo: string;
  since: string;
  until: string;
  newcomer: boolean;
  topics: { id: string; kind: string[]; commits: string[] }[];
  forbidden: unknown[];
}

const top = path.resolve(__dirname, '..', '..', '..');
// The shape check is an ES module the scripts run as is; Node loads it with require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shape = require(path.join(top, 'scripts', 'bench', 'topicEvalShape.mjs')) as Shape;
const labelsDir = path.join(top, 'test', 'fixtures', 'topic-eval');
const files = fs
  .readdirSync(labelsDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const read = (file: string): Label =>
  JSON.parse(fs.readFileSync(path.join(labelsDir, file), 'utf8')) as Label;

/** A 40-hex commit id from a small number. */
const c = (n: number): string => n.toString(16).padStart(40, 'b');

/** A well-formed label, to break one field at a time. */
const GOOD = {
  split: 'heldout2',
  repo: 'ripgrep',
  ecosystem: 'Rust',
  authors: ['dana@example.com'],
  since: '2017-07-01',
  until: '2018-06-30',
  newcomer: true,
  profile: 'New contributor.',
  topics: [{ id: 'T1', title: 'Completion', kind: ['feature'], commits: [c(1), c(2)] }],
  forbidden: [
    {
      id: 'F1',
      claim: 'rework',
      pattern: '\\brework',
      scope: 'within',
      commits: [c(1), c(2)],
      why: 'one series',
    },
  ],
  head: c(9),
};

/** The months between two YYYY-MM-DD days, counting the last day in. */
function months(since: string, until: string): number {
  const a = new Date(`${since}T00:00:00Z`);
  const b = new Date(`${until}T00:00:00Z`);
  b.setUTCDate(b.getUTCDate() + 1);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

/**
 * Asserts the mix a held-out brief asks for: 5 or 6 people over at least 3 repositories, at least
 * 2 newcomers and one other, each window 6 to 12 months. Returns the split's labels.
 */
function assertHeldOutMix(split: string): Label[] {
  const set = files.map(read).filter((l) => l.split === split);
  assert.ok(set.length >= 5 && set.length <= 6, `${set.length} contributors`);
  assert.ok(new Set(set.map((l) => l.repo)).size >= 3);
  assert.ok(set.filter((l) => l.newcomer).length >= 2);
  assert.ok(set.some((l) => !l.newcomer));
  for (const l of set) {
    const m = months(l.since, l.until);
    assert.ok(m >= 6 && m <= 12, `${l.repo} ${l.since}..${l.until} is ${m} months`);
  }
  return set;
}

/**
 * Asserts a held-out set of exactly 5 people over `repos` (sorted), with the mix above and at
 * least one maintainer whose topics hold a release, as the briefs from set 3 on asked for.
 */
function assertFiveWithRelease(split: string, repos: string[]): void {
  const set = assertHeldOutMix(split);
  assert.equal(set.length, 5);
  assert.deepEqual([...new Set(set.map((l) => l.repo))].sort(), repos);
  assert.ok(set.some((l) => !l.newcomer && l.topics.some((t) => t.kind.includes('release'))));
}

/** The expected-topic commits of `split` that a label of another split also names. */
function sharedWithOtherSplits(split: string): string[] {
  const key = (l: Label): string[] => l.topics.flatMap((t) => t.commits);
  const labels = files.map(read);
  const seen = new Set(labels.filter((l) => l.split !== split).flatMap(key));
  return labels
    .filter((l) => l.split === split)
    .flatMap(key)
    .filter((sha) => seen.has(sha));
}

describe('topic evaluation label files', () => {
  it('finds the label files', () => {
    assert.ok(files.length >= 63, `only ${files.length} label files in ${labelsDir}`);
  });

  for (const file of files) {
    it(`${file} has the fields the scorer reads`, () => {
      assert.deepEqual(shape.labelProblems(read(file)), []);
    });
  }

  it('names each file after its repository and contributor', () => {
    // A contributor known only by a login (just-laniakea64) keeps its digits after a letter.
    for (const file of files)
      assert.match(
        file,
        new RegExp(`^${read(file).repo}-[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*\\.json$`),
      );
  });

  it('holds a second held-out set of 5 or 6 people over 3 repositories, 2 newcomers, windows of 6 to 12 months', () => {
    assertHeldOutMix('heldout2');
  });

  // Held-out sets 3 and on: 5 people each, 2 newcomers, a maintainer with releases.
  const FIVE_WITH_RELEASE: [split: string, repos: string[]][] = [
    ['heldout3', ['commander.js', 'sinatra', 'viper']],
    ['heldout4', ['fd', 'jinja', 'koa', 'pflag']],
    ['heldout5', ['afero', 'hyperfine', 'thor', 'werkzeug']],
    ['heldout6', ['attrs', 'cast', 'insta', 'mustermann']],
    ['heldout7', ['chi', 'got', 'httpx', 'rust-log', 'urfave-cli']],
    ['heldout8', ['burntsushi-toml', 'jq', 'morgan']],
    ['heldout9', ['glow', 'just', 'pdoc', 'rack-test']],
    ['heldout10', ['bytes', 'execa', 'itsdangerous', 'mux']],
    ['heldout11', ['body-parser', 'color', 'markupsafe', 'walkdir']],
  ];
  for (const [split, repos] of FIVE_WITH_RELEASE) {
    it(`holds ${split}: 5 people over ${repos.join(', ')}, 2 newcomers, a maintainer with releases, windows of 6 to 12 months`, () => {
      assertFiveWithRelease(split, repos);
    });
  }

  it('holds a tuning set of 10 people over 6 repositories, 5 newcomers and 5 others, windows of 6 to 12 months', () => {
    const set = files.map(read).filter((l) => l.split === 'tuning');
    assert.ok(set.length >= 10, `${set.length} contributors`);
    assert.ok(new Set(set.map((l) => l.repo)).size >= 6);
    assert.ok(set.filter((l) => l.newcomer).length >= 5);
    assert.ok(set.filter((l) => !l.newcomer).length >= 5);
    for (const l of set) {
      const m = months(l.since, l.until);
      assert.ok(m >= 6 && m <= 12, `${l.repo} ${l.since}..${l.until} is ${m} months`);
    }
  });

  for (const split of ['heldout2', ...FIVE_WITH_RELEASE.map(([name]) => name)]) {
    it(`keeps ${split} on contributors the other splits do not use`, () => {
      assert.deepEqual(sharedWithOtherSplits(split), []);
    });
  }
});

describe('topic evaluation label shape check', () => {
  it('accepts a well-formed label', () => {
    assert.deepEqual(shape.labelProblems(GOOD), []);
  });

  it('refuses an unknown split, a short commit id and an unpinned head', () => {
    const problems = shape.labelProblems({
      ...GOOD,
      split: 'heldout99',
      head: 'abc1234',
      topics: [{ ...GOOD.topics[0], commits: [c(1).slice(0, 7)] }],
    });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(
      problems.join('\n'),
      /split "heldout99".*\n.*head.*\n.*T1 commits: "bbbbbbb" is not a full commit id/,
    );
  });

  it('refuses a window that is not whole days or runs backwards', () => {
    assert.deepEqual(shape.labelProblems({ ...GOOD, since: '2018-02-30' }), [
      'since is not a day (YYYY-MM-DD)',
    ]);
    assert.deepEqual(shape.labelProblems({ ...GOOD, since: '2019-01-01' }), [
      'since is after until',
    ]);
  });

  it('refuses a repository that is a path rather than a folder name', () => {
    for (const repo of ['..', '../ripgrep', 'a/b', '']) {
      assert.deepEqual(
        shape.labelProblems({ ...GOOD, repo }),
        ['repo must be a folder name'],
        repo,
      );
    }
  });

  it('refuses a within or overlap claim without commits, and a pattern that is no regular expression', () => {
    const problems = shape.labelProblems({
      ...GOOD,
      forbidden: [
        { ...GOOD.forbidden[0], commits: [] },
        { ...GOOD.forbidden[0], id: 'F2', pattern: 'without (tests' },
        { ...GOOD.forbidden[0], id: 'F3', scope: 'nearby' },
      ],
    });
    assert.deepEqual(problems, [
      'F1 commits must not be empty',
      'F2: pattern is not a regular expression',
      'F3: scope "nearby" is not one of any, overlap, within',
    ]);
  });

  it('accepts an any-scope claim without commits', () => {
    const any = {
      id: 'F1',
      claim: 'first work',
      pattern: 'first work',
      scope: 'any',
      why: 'not new',
    };
    assert.deepEqual(shape.labelProblems({ ...GOOD, forbidden: [any] }), []);
  });

  it('refuses a topic id used twice and a topic without commits', () => {
    const problems = shape.labelProblems({
      ...GOOD,
      topics: [GOOD.topics[0], { ...GOOD.topics[0], commits: [] }],
    });
    assert.deepEqual(problems, ['topic id T1 is used twice', 'T1 commits must not be empty']);
  });
});
