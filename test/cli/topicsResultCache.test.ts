// The kept ranking (src/git/resultCache.ts, keyed in src/workflows/topicsResultCache.ts) through
// the built CLI on real temporary repositories: a second run is served from it with no history
// read at all, and every part of the key (the tip, the range, the plan, the viewer, the build)
// makes a run rank anew, giving what a run without any cache gives. git's work is observed
// through GIT_TRACE2_EVENT, never timed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ensureCliBuilt, isolatedGitEnv, removeDir, tempDir } from '../support/cli';
import { ALEX, BO, HistoryRepo, runGitIn } from '../git/historyRepos';

interface Run {
  out: string;
  json: {
    commits: number;
    range: { since: string | null; until: string | null };
    topics: { title: string; kind: string; expert?: { email: string } }[];
  };
  /** The git subcommands the run started, in order. */
  git: string[];
}

function plan(goal: string): string {
  return [
    '---',
    'mentee: Alex Rivera',
    'mentors: [Sam Chen]',
    'started: 2026-01-01',
    `identities: [${ALEX.email}]`,
    '---',
    '# Mentoring plan: Alex Rivera',
    '',
    '## Goals',
    '',
    `### G1: ${goal}`,
    '- status: active',
    '- areas: db/migrations',
    '',
  ].join('\n');
}

/** The subcommand of a traced git argv: the first word after git's own options. */
function subcommand(argv: string[]): string {
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-c' || argv[i] === '-C') i++;
    else if (!argv[i].startsWith('-')) return argv[i];
  }
  return '';
}

describe('cli: topics served from the kept ranking', function () {
  this.timeout(60_000);
  let dir: string;
  let cache: string;
  let repo: HistoryRepo;

  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir('mj-cli-kept-');
    cache = tempDir('mj-cli-kept-cache-');
    repo = HistoryRepo.init(dir);
    repo.commit({
      author: BO,
      date: '2026-02-01T10:00:00Z',
      message: 'Billing core',
      files: { 'billing/invoice.ts': 'export const a = 1;\n', 'billing/README.md': '# Billing\n' },
    });
    repo.commit({
      date: '2026-03-02T10:00:00Z',
      message: 'Start the migrations',
      files: { 'db/migrations/001.sql': 'create table t (id int);\n' },
    });
    repo.commit({
      date: '2026-03-10T10:00:00Z',
      message: 'Add invoice rounding',
      files: { 'billing/invoice.ts': 'export const a = 2;\n' },
    });
    writePlan('Review database migrations with confidence');
  });
  afterEach(() => {
    removeDir(dir);
    removeDir(cache);
  });

  function writePlan(goal: string): void {
    const file = path.join(dir, 'mentoring', 'alex', 'plan.md');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, plan(goal));
  }

  /** `topics alex` from `since` to the end of March, with its own cache folder, traced. */
  function topics(args: string[] = [], cli = CLI, since = '2026-03-01'): Run {
    const trace = path.join(cache, '..', `${path.basename(cache)}-trace.json`);
    fs.rmSync(trace, { force: true });
    const r = spawnSync(
      process.execPath,
      [
        cli,
        'topics',
        'alex',
        '--since',
        since,
        '--until',
        '2026-03-31',
        '--format',
        'json',
        ...args,
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...isolatedGitEnv(dir),
          MENTORING_JOURNAL_CACHE_DIR: cache,
          GIT_TRACE2_EVENT: trace,
        },
      },
    );
    assert.equal(r.status, 0, r.stderr);
    const lines = fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n') : [];
    fs.rmSync(trace, { force: true });
    const git = lines
      .filter((line) => line.includes('"event":"start"'))
      .map((line) => subcommand((JSON.parse(line) as { argv: string[] }).argv));
    return { out: r.stdout, json: JSON.parse(r.stdout) as Run['json'], git };
  }

  const kept = () => fs.readdirSync(cache).filter((n) => n.startsWith('topics-'));

  it('serves a second run from the kept ranking: only rev-parse and config run, no history read', () => {
    const cold = topics();
    assert.ok(cold.git.includes('log'), 'the first run reads history');
    assert.equal(kept().length, 1);
    const warm = topics();
    assert.equal(warm.out, cold.out);
    assert.deepEqual([...new Set(warm.git)].sort(), ['config', 'rev-parse']);
    assert.ok(warm.git.filter((c) => c === 'rev-parse').length <= 1, warm.git.join(' '));
  });

  it('ranks anew after a new commit, never serving the ranking of another tip', () => {
    const first = topics();
    repo.commit({
      date: '2026-03-20T10:00:00Z',
      message: 'Second migration',
      files: { 'db/migrations/002.sql': 'alter table t add x int;\n' },
    });
    const next = topics();
    assert.equal(next.json.commits, first.json.commits + 1);
    assert.ok(next.git.includes('log'));
    assert.equal(next.out, topics(['--no-cache']).out);
  });

  it('ranks anew after a release is tagged on the same tip: the release topic is shown', () => {
    const bump = repo.commit({
      date: '2026-03-20T10:00:00Z',
      message: 'Prepare the changelog',
      files: { 'CHANGELOG.md': '# 2.5.0\n' },
    });
    const before = topics();
    assert.ok(!before.json.topics.some((t) => t.title.startsWith('Released')), before.out);
    repo.git('tag', '-a', '-m', 'Version 2.5.0', 'v2.5.0', bump);
    const after = topics();
    // Not served from the kept ranking: the history is read again (warm, from its cache), and
    // the tags with it.
    assert.ok(after.git.includes('for-each-ref'), after.git.join(' '));
    assert.ok(
      after.json.topics.some((t) => t.title === 'Released 2.5.0'),
      after.out,
    );
    assert.equal(after.out, topics(['--no-cache']).out);
  });

  it('ranks another range anew', () => {
    const march = topics();
    const later = topics([], CLI, '2026-03-05');
    assert.equal(later.json.range.since, '2026-03-05');
    assert.equal(later.json.commits, march.json.commits - 1);
    assert.equal(later.out, topics(['--no-cache'], CLI, '2026-03-05').out);
  });

  it("ranks anew when the plan's goal changes", () => {
    const before = topics();
    writePlan('Own the billing rounding rules');
    const after = topics();
    assert.notEqual(after.out, before.out);
    assert.ok(after.json.topics.some((t) => t.title.includes('Own the billing rounding rules')));
    assert.equal(after.out, topics(['--no-cache']).out);
  });

  it('ranks anew for another viewer: the user is never their own expert', () => {
    const before = topics();
    const story = (r: Run) => r.json.topics.find((t) => t.title === 'Add invoice rounding');
    assert.equal(story(before)?.expert?.email, BO.email);
    runGitIn(dir, ['config', 'user.email', BO.email]);
    const after = topics();
    assert.ok(story(after), after.out);
    assert.notEqual(story(after)?.expert?.email, BO.email);
    assert.equal(after.out, topics(['--no-cache']).out);
  });

  it('ranks anew after the CLI is rebuilt, even at the same version', () => {
    const copy = path.join(cache, '..', `${path.basename(cache)}-cli`);
    fs.mkdirSync(copy);
    try {
      for (const f of ['cli.js', 'cli-main.js'])
        fs.copyFileSync(path.join(path.dirname(CLI), f), path.join(copy, f));
      const cli = path.join(copy, 'cli.js');
      topics([], cli);
      assert.ok(!topics([], cli).git.includes('log'), 'the same build is served');
      assert.equal(kept().length, 1);
      fs.appendFileSync(path.join(copy, 'cli-main.js'), '\n// rebuilt\n');
      const rebuilt = topics([], cli);
      // Ranked again (from the history cache, so without a log): kept under a key of its own.
      assert.equal(kept().length, 2, 'the rebuilt CLI kept its own ranking');
      assert.equal(rebuilt.out, topics(['--no-cache'], cli).out);
    } finally {
      removeDir(copy);
    }
  });

  it('keeps no ranking of a shallow clone, so one read after --unshallow is whole', () => {
    const clone = tempDir('mj-cli-kept-shallow-');
    try {
      runGitIn(clone, ['clone', '-q', '--depth', '2', `file://${dir}`, 'c']);
      const top = path.join(clone, 'c');
      const run = () => {
        const r = spawnSync(
          process.execPath,
          [
            CLI,
            'topics',
            '--author',
            ALEX.email,
            '--since',
            '2026-01-01',
            '--until',
            '2026-03-31',
            '--format',
            'json',
          ],
          {
            cwd: top,
            encoding: 'utf8',
            env: { ...isolatedGitEnv(top), MENTORING_JOURNAL_CACHE_DIR: cache },
          },
        );
        assert.equal(r.status, 0, r.stderr);
        return JSON.parse(r.stdout) as { commits: number; partial?: boolean };
      };
      const shallow = run();
      assert.equal(shallow.partial, true);
      assert.deepEqual(kept(), [], "a shallow clone's ranking is not kept");
      runGitIn(top, ['fetch', '-q', '--unshallow']);
      const whole = run();
      assert.equal(whole.partial, false);
      assert.equal(whole.commits, 2, "both of Alex's commits, read after the unshallow");
    } finally {
      removeDir(clone);
    }
  });

  it('keeps nothing with --no-cache, and --clear-cache removes what was kept', () => {
    topics(['--no-cache']);
    assert.deepEqual(kept(), []);
    topics();
    assert.equal(kept().length, 1);
    const cleared = topics(['--clear-cache']);
    assert.ok(cleared.git.includes('log'), 'cleared: read again');
    assert.equal(kept().length, 1, 'and kept again');
  });
});
