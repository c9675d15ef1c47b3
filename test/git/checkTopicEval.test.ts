// scripts/checkTopicEval.mjs, the dry check of the topic evaluation's labels, on a temporary
// repository with fixed authors and dates: it passes a label whose commits are the contributor's
// and inside the window, names each kind of wrong commit, and refuses to pass when the
// repository is missing. It never runs the tool.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isolatedGitEnv, removeDir, tempDir } from '../support/cli';
import { BO, HistoryRepo, type Person } from './historyRepos';

const SCRIPT = path.resolve(__dirname, '..', '..', '..', 'scripts', 'checkTopicEval.mjs');
const DANA: Person = { name: 'Dana', email: 'dana@example.com' };

/** The result of one run of the check. */
interface CheckRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

describe('git: checkTopicEval.mjs, the dry check of the topic evaluation labels', function () {
  this.timeout(60_000);
  let dir: string;
  let labels: string;
  let repo: HistoryRepo;
  // Dana's commits: two inside the window, one after it; Bo's fix; Dana's commit on a branch
  // that the pinned head does not contain.
  let inside1: string;
  let inside2: string;
  let late: string;
  let bos: string;
  let unmerged: string;
  let head: string;

  before(() => {
    dir = tempDir('mj-check-topic-eval-');
    labels = path.join(dir, 'labels');
    fs.mkdirSync(labels);
    fs.mkdirSync(path.join(dir, 'repos', 'proj'), { recursive: true });
    repo = HistoryRepo.init(path.join(dir, 'repos', 'proj'));
    inside1 = repo.commit({ author: DANA, date: '2026-03-02T09:00:00Z', files: { 'a.rs': '1\n' } });
    bos = repo.commit({ author: BO, date: '2026-03-03T09:00:00Z', files: { 'a.rs': '2\n' } });
    inside2 = repo.commit({ author: DANA, date: '2026-03-31T23:00:00Z', files: { 'b.rs': '1\n' } });
    late = repo.commit({ author: DANA, date: '2026-04-01T00:30:00Z', files: { 'c.rs': '1\n' } });
    head = repo.head();
    repo.git('checkout', '-q', '-b', 'side');
    unmerged = repo.commit({
      author: DANA,
      date: '2026-03-10T09:00:00Z',
      files: { 'd.rs': '1\n' },
    });
    repo.git('checkout', '-q', 'main');
  });
  after(() => removeDir(dir));

  /** Writes one label file for Dana in March 2026 with the given topic and claim commits. */
  function writeLabel(
    commits: string[],
    othersCommits: string[] = [bos],
    claim: string[] = [inside1],
  ): void {
    for (const f of fs.readdirSync(labels)) fs.rmSync(path.join(labels, f));
    const label = {
      split: 'heldout2',
      repo: 'proj',
      ecosystem: 'Rust',
      authors: [DANA.email],
      since: '2026-03-01',
      until: '2026-03-31',
      newcomer: true,
      profile: 'New contributor.',
      topics: [{ id: 'T1', title: 'The work', kind: ['feature'], commits, othersCommits }],
      forbidden: [
        {
          id: 'F1',
          claim: 'untested',
          pattern: 'without tests',
          scope: 'overlap',
          commits: claim,
          why: 'tests',
        },
      ],
      head,
    };
    fs.writeFileSync(path.join(labels, 'proj-dana.json'), JSON.stringify(label, null, 2));
  }

  /** Runs the check over the labels folder against `repos`. */
  function check(repos = path.join(dir, 'repos')): CheckRun {
    const r = spawnSync(process.execPath, [SCRIPT], {
      env: { ...isolatedGitEnv(dir), MJ_EVAL_LABELS: labels, MJ_EVAL_REPOS: repos },
      encoding: 'utf8',
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('passes a label whose commits are the contributor’s, inside the window, up to its last minute', () => {
    writeLabel([inside1, inside2]);
    const r = check();
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /proj-dana\.json: ok \(heldout2, 1 topics over 2 commits, 1 forbidden claims\)/,
    );
  });

  it('names a commit by someone else, one after the window and one the head does not contain', () => {
    writeLabel([inside1, bos, late, unmerged]);
    const r = check();
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      new RegExp(`T1: ${bos} is authored by bo@example.com, not one of authors`),
    );
    assert.match(
      r.stderr,
      new RegExp(`T1: ${late} is not committed within 2026-03-01..2026-03-31`),
    );
    assert.match(r.stderr, new RegExp(`T1: ${unmerged} is not reachable from head ${head}`));
  });

  it('names an unknown commit, and the contributor’s own commit listed as someone else’s', () => {
    const unknown = 'f'.repeat(40);
    writeLabel([inside1], [inside2], [unknown]);
    const r = check();
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      new RegExp(`T1 othersCommits: ${inside2} is the contributor's own commit`),
    );
    assert.match(r.stderr, new RegExp(`F1: ${unknown} is not a commit`));
  });

  it('refuses a label the scorer would misread before looking at the repository', () => {
    writeLabel([inside1.slice(0, 7)]);
    const r = check();
    assert.equal(r.status, 1);
    assert.match(r.stderr, /T1 commits: "[0-9a-f]{7}" is not a full commit id/);
  });

  it('does not pass when the repository is missing: it says so and exits 2', () => {
    writeLabel([inside1]);
    const r = check(path.join(dir, 'no-repos'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /proj-dana\.json: not checked: no repository at .*no-repos\/proj/);
  });
});
