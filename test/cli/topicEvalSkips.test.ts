// The topic evaluation (node scripts/bench.mjs --only topic-eval) without the evaluation
// repositories, or with an older copy of one: each label it cannot score is skipped with a line
// saying why, and the run ends in a skip, not a failure. No label's pinned commit exists in these
// temporary folders, so the tool is never run here.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, isolatedGitEnv, makeRepo, removeDir, tempDir } from '../support/cli';
import { REPO_TOP } from '../support/fixtures';

const LABELS = path.join(REPO_TOP, 'test', 'fixtures', 'topic-eval');

/** The label files' split and repository, by file name without .json. */
const labels = fs
  .readdirSync(LABELS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const l = JSON.parse(fs.readFileSync(path.join(LABELS, f), 'utf8')) as {
      split: string;
      repo: string;
      head: string;
    };
    return { name: f.replace(/\.json$/, ''), ...l };
  });

/** The distinct repositories of some labels, sorted, as the skip message lists them. */
const reposOf = (ls: typeof labels): string =>
  [...new Set(ls.map((l) => l.repo))].sort().join(', ');

describe('cli: the topic evaluation skips what it cannot score', function () {
  this.timeout(60_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => (dir = tempDir('mj-topic-eval-skip-')));
  afterEach(() => removeDir(dir));

  /** Runs the topic evaluation with the given repositories folder and split. */
  function evaluate(repos: string, split?: string): { status: number | null; stdout: string } {
    const env = { ...isolatedGitEnv(dir), MJ_EVAL_REPOS: repos, MJ_EVAL_SPLIT: split ?? '' };
    const r = spawnSync(process.execPath, ['scripts/bench.mjs', '--only', 'topic-eval'], {
      cwd: REPO_TOP,
      env,
      encoding: 'utf8',
    });
    return { status: r.status, stdout: r.stdout + r.stderr };
  }

  it('names every labelled repository when the repositories folder is missing', () => {
    const r = evaluate(path.join(dir, 'nothing-here'));
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /skipped: no evaluation repositories at .*nothing-here/);
    assert.ok(r.stdout.includes(`folder holding ${reposOf(labels)})`), r.stdout);
    assert.ok(reposOf(labels).includes('ripgrep') && reposOf(labels).includes('requests'));
  });

  it('skips held-out set 2 label by label: a missing repository, and an old copy without the pinned commit', () => {
    const repos = path.join(dir, 'repos');
    fs.mkdirSync(path.join(repos, 'ripgrep'), { recursive: true });
    makeRepo(path.join(repos, 'ripgrep'));
    const r = evaluate(repos, 'heldout2');
    assert.equal(r.status, 0, r.stdout);
    const set = labels.filter((l) => l.split === 'heldout2');
    assert.ok(set.length >= 5);
    for (const l of set) {
      const why =
        l.repo === 'ripgrep'
          ? `${path.join(repos, 'ripgrep')} has no commit ${l.head} (fetch it)`
          : `no repository at ${path.join(repos, l.repo)}`;
      assert.ok(r.stdout.includes(`topic-eval ${l.name} [heldout2]: skipped: ${why}`), r.stdout);
    }
    for (const l of labels.filter((x) => x.split !== 'heldout2')) {
      assert.ok(!r.stdout.includes(l.name), `${l.name} is not in split heldout2:\n${r.stdout}`);
    }
    assert.ok(
      r.stdout.includes(
        `skipped: none of the labelled repositories for split heldout2 (${reposOf(set)}) is in ${repos}`,
      ),
      r.stdout,
    );
  });
});
