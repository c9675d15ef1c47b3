import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commitRecords } from '../../src/git/commitRecords';
import { GitError, type GitErrorKind } from '../../src/git/gitError';
import { recordChanges, type RecordChange } from '../../src/git/recordChanges';
import { repoState } from '../../src/git/repoState';
import { stagedPaths } from '../../src/git/stagedPaths';
import { git, makeRepo, removeDir, tempDir } from '../support/cli';
import { committedPaths, isolateProcessEnv, makeRecordsRepo, write } from './gitTestEnv';

/** Asserts that a promise rejects with a GitError of this kind, and returns the error. */
async function rejectsWith(promise: Promise<unknown>, kind: GitErrorKind): Promise<GitError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof GitError, `expected a GitError, got ${String(e)}`);
    assert.equal(e.kind, kind, `${e.kind}: ${e.message}`);
    return e;
  }
  assert.fail(`expected a GitError "${kind}"`);
}

describe('git: committing records', function () {
  this.timeout(30_000);
  let dir: string;
  let root: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-commit-');
    root = path.join(dir, 'mentoring');
    restoreEnv = isolateProcessEnv(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  describe('recordChanges', () => {
    it('lists new, modified, deleted and untracked records, relative to the top and to the root', async () => {
      makeRecordsRepo(dir);
      write(dir, 'mentoring/alex/sessions/2026-11-23.md', '# New\n');
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      fs.rmSync(path.join(root, 'alex', 'questions.md'));
      write(dir, 'mentoring/bo/plan.md', '# Bo\n');
      git(dir, 'add', 'mentoring/bo/plan.md');
      write(dir, 'src/app.ts', 'export const app = 2;\n');
      assert.deepEqual(await recordChanges(root), [
        { path: 'mentoring/alex/plan.md', rootRelative: 'alex/plan.md', status: 'modified' },
        {
          path: 'mentoring/alex/questions.md',
          rootRelative: 'alex/questions.md',
          status: 'deleted',
        },
        {
          path: 'mentoring/alex/sessions/2026-11-23.md',
          rootRelative: 'alex/sessions/2026-11-23.md',
          status: 'untracked',
        },
        { path: 'mentoring/bo/plan.md', rootRelative: 'bo/plan.md', status: 'added' },
      ]);
    });

    it('is empty for a clean tree and for a records root that does not exist yet', async () => {
      makeRecordsRepo(dir);
      assert.deepEqual(await recordChanges(root), []);
      assert.deepEqual(await recordChanges(path.join(dir, 'no-records')), []);
    });

    it('never lists a private note: not when ignored, not when the rule is gone, not when force-added', async () => {
      makeRecordsRepo(dir);
      write(dir, 'mentoring/alex/private/2026-11-23.md', 'secret\n');
      assert.deepEqual(await recordChanges(root), []);
      // Someone removed the rule: git now sees the note, our filter still does not.
      fs.writeFileSync(path.join(root, '.gitignore'), '');
      assert.match(git(dir, 'status', '--porcelain', '-uall'), /private\/2026-11-23\.md/);
      assert.deepEqual(
        (await recordChanges(root)).map((c) => c.rootRelative),
        ['.gitignore'],
      );
      fs.writeFileSync(path.join(root, '.gitignore'), '*/private/\n');
      git(dir, 'add', '-f', 'mentoring/alex/private/2026-11-23.md');
      assert.deepEqual(await recordChanges(root), []);
    });
  });

  describe('commitRecords', () => {
    it('commits only the records: staged code stays staged, unstaged files stay untouched', async () => {
      makeRecordsRepo(dir);
      write(dir, 'src/app.ts', 'export const app = 2;\n');
      git(dir, 'add', 'src/app.ts');
      write(dir, 'README.md', '# Project, edited\n');
      write(dir, 'notes.txt', 'untracked\n');
      write(dir, 'mentoring/alex/sessions/2026-11-23.md', '# Session\n');
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      const before = git(dir, 'rev-parse', 'HEAD').trim();
      const changes = await recordChanges(root);
      const { commit } = await commitRecords(root, changes, 'mentoring(alex): update records');

      assert.equal(commit, git(dir, 'rev-parse', 'HEAD').trim());
      assert.equal(git(dir, 'rev-parse', 'HEAD~1').trim(), before);
      assert.equal(git(dir, 'log', '-1', '--format=%B').trim(), 'mentoring(alex): update records');
      assert.deepEqual(committedPaths(dir), [
        'mentoring/alex/plan.md',
        'mentoring/alex/sessions/2026-11-23.md',
      ]);
      assert.deepEqual(await stagedPaths(dir), ['src/app.ts']);
      assert.equal(git(dir, 'show', ':src/app.ts'), 'export const app = 2;\n');
      assert.equal(
        git(dir, 'status', '--porcelain', '-uall'),
        ' M README.md\nM  src/app.ts\n?? notes.txt\n',
      );
      assert.equal(fs.readFileSync(path.join(dir, 'README.md'), 'utf8'), '# Project, edited\n');
    });

    it('commits deletions, and a records file the user had staged in an older version as it is now', async () => {
      makeRecordsRepo(dir);
      write(dir, 'mentoring/alex/plan.md', '# Plan v2\n');
      git(dir, 'add', 'mentoring/alex/plan.md');
      write(dir, 'mentoring/alex/plan.md', '# Plan v3\n');
      fs.rmSync(path.join(root, 'alex', 'questions.md'));
      await commitRecords(root, await recordChanges(root), 'mentoring(alex): update records');
      assert.equal(git(dir, 'show', 'HEAD:mentoring/alex/plan.md'), '# Plan v3\n');
      assert.deepEqual(git(dir, 'show', '--name-status', '--format=', 'HEAD').trim().split('\n'), [
        'M\tmentoring/alex/plan.md',
        'D\tmentoring/alex/questions.md',
      ]);
      assert.equal(git(dir, 'status', '--porcelain', '-uall'), '');
    });

    it('never stages a private note, even when everything else under the root is', async () => {
      makeRecordsRepo(dir);
      write(dir, 'mentoring/alex/private/2026-11-23.md', 'secret\n');
      write(dir, 'mentoring/alex/sessions/2026-11-23.md', '# Session\n');
      await commitRecords(root, await recordChanges(root), 'mentoring(alex): session 2026-11-23');
      assert.deepEqual(committedPaths(dir), ['mentoring/alex/sessions/2026-11-23.md']);
      assert.equal(git(dir, 'ls-files', '--', 'mentoring/alex/private').trim(), '');
      assert.deepEqual(await stagedPaths(dir), []);
    });

    it('refuses a private path it is handed, staging and committing nothing', async () => {
      makeRecordsRepo(dir);
      write(dir, 'mentoring/alex/private/2026-11-23.md', 'secret\n');
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      const head = git(dir, 'rev-parse', 'HEAD').trim();
      const forged: RecordChange[] = [
        { path: 'mentoring/alex/plan.md', rootRelative: 'alex/plan.md', status: 'modified' },
        // A caller that lies about rootRelative is caught by the path itself.
        {
          path: 'mentoring/alex/private/2026-11-23.md',
          rootRelative: 'alex/notes.md',
          status: 'untracked',
        },
      ];
      const e = await rejectsWith(commitRecords(root, forged, 'x'), 'failed');
      assert.match(e.message, /private note.*mentoring\/alex\/private\/2026-11-23\.md/);
      assert.equal(git(dir, 'rev-parse', 'HEAD').trim(), head);
      assert.deepEqual(await stagedPaths(dir), []);
    });

    it('leaves a private note the user force-added out of the commit', async () => {
      makeRecordsRepo(dir);
      write(dir, 'mentoring/alex/private/2026-11-23.md', 'secret\n');
      git(dir, 'add', '-f', 'mentoring/alex/private/2026-11-23.md');
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      await commitRecords(root, await recordChanges(root), 'mentoring(alex): plan');
      assert.deepEqual(committedPaths(dir), ['mentoring/alex/plan.md']);
      // Still staged: the user's own doing, which the pre-commit guard reports.
      assert.deepEqual(await stagedPaths(dir), ['mentoring/alex/private/2026-11-23.md']);
    });

    it('refuses a path outside the records root or the repository', async () => {
      makeRecordsRepo(dir);
      write(dir, 'src/app.ts', 'export const app = 2;\n');
      const outside = {
        path: 'src/app.ts',
        rootRelative: '../src/app.ts',
        status: 'modified' as const,
      };
      await rejectsWith(commitRecords(root, [outside], 'x'), 'failed');
      const escape = { path: '../x.md', rootRelative: '../../x.md', status: 'modified' as const };
      await rejectsWith(commitRecords(root, [escape], 'x'), 'failed');
      assert.equal(git(dir, 'status', '--porcelain'), ' M src/app.ts\n');
    });

    it('makes the first commit of a repository without commits', async () => {
      makeRepo(dir, { empty: true });
      write(dir, 'mentoring/alex/plan.md', '# Plan\n');
      write(dir, 'other.txt', 'not records\n');
      const { commit } = await commitRecords(
        root,
        await recordChanges(root),
        'mentoring(alex): plan',
      );
      assert.equal(commit, git(dir, 'rev-parse', 'HEAD').trim());
      assert.deepEqual(committedPaths(dir), ['mentoring/alex/plan.md']);
      assert.equal(git(dir, 'status', '--porcelain', '-uall'), '?? other.txt\n');
    });

    it('commits in the records repository when the records are a separate repository nested in the folder', async () => {
      makeRepo(dir);
      fs.mkdirSync(root);
      makeRepo(root);
      write(dir, 'src/app.ts', 'code\n');
      write(dir, 'mentoring/alex/plan.md', '# Plan\n');
      const outerHead = git(dir, 'rev-parse', 'HEAD').trim();
      const changes = await recordChanges(root);
      assert.deepEqual(changes, [
        { path: 'alex/plan.md', rootRelative: 'alex/plan.md', status: 'untracked' },
      ]);
      assert.equal((await repoState(root)).top, root);
      const { commit } = await commitRecords(root, changes, 'mentoring(alex): plan');
      assert.equal(commit, git(root, 'rev-parse', 'HEAD').trim());
      assert.deepEqual(committedPaths(root), ['alex/plan.md']);
      assert.equal(git(dir, 'rev-parse', 'HEAD').trim(), outerHead);
      assert.match(git(dir, 'status', '--porcelain'), /\?\? src\//);
    });
  });

  describe('clear refusals', () => {
    it('nothing to commit: an empty list, and changes that are no longer changes', async () => {
      makeRecordsRepo(dir);
      await rejectsWith(commitRecords(root, [], 'x'), 'nothing-to-commit');
      const stale: RecordChange[] = [
        { path: 'mentoring/alex/plan.md', rootRelative: 'alex/plan.md', status: 'modified' },
      ];
      await rejectsWith(commitRecords(root, stale, 'x'), 'nothing-to-commit');
    });

    it('a merge in progress', async () => {
      makeRecordsRepo(dir);
      git(dir, 'checkout', '-q', '-b', 'other');
      write(dir, 'src/app.ts', 'export const app = "other";\n');
      git(dir, 'commit', '-q', '-am', 'Other');
      git(dir, 'checkout', '-q', 'main');
      write(dir, 'src/app.ts', 'export const app = "main";\n');
      git(dir, 'commit', '-q', '-am', 'Main');
      assert.throws(() => git(dir, 'merge', 'other'), /failed/);
      assert.equal((await repoState(dir)).operation, 'merge');
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      const e = await rejectsWith(
        commitRecords(root, await recordChanges(root), 'x'),
        'operation-in-progress',
      );
      assert.match(e.message, /merge is in progress.*git merge --abort/);
    });

    it('a rebase in progress', async () => {
      makeRecordsRepo(dir);
      git(dir, 'checkout', '-q', '-b', 'topic');
      write(dir, 'src/app.ts', 'export const app = "topic";\n');
      git(dir, 'commit', '-q', '-am', 'Topic');
      git(dir, 'checkout', '-q', 'main');
      write(dir, 'src/app.ts', 'export const app = "main";\n');
      git(dir, 'commit', '-q', '-am', 'Main');
      git(dir, 'checkout', '-q', 'topic');
      assert.throws(() => git(dir, 'rebase', 'main'), /failed/);
      const state = await repoState(dir);
      assert.equal(state.operation, 'rebase');
      assert.equal(state.detached, true);
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      const e = await rejectsWith(
        commitRecords(root, await recordChanges(root), 'x'),
        'operation-in-progress',
      );
      assert.match(e.message, /rebase is in progress.*git rebase --abort/);
    });

    it('a detached HEAD', async () => {
      makeRecordsRepo(dir);
      git(dir, 'checkout', '-q', '--detach', 'HEAD');
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      const e = await rejectsWith(
        commitRecords(root, await recordChanges(root), 'x'),
        'detached-head',
      );
      assert.match(e.message, /detached.*git switch/);
    });

    it("a failing commit hook, with the hook's output", async () => {
      makeRecordsRepo(dir);
      write(dir, '.git/hooks/pre-commit', '#!/bin/sh\necho "lint: 3 problems" >&2\nexit 1\n');
      fs.chmodSync(path.join(dir, '.git/hooks/pre-commit'), 0o755);
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      const head = git(dir, 'rev-parse', 'HEAD').trim();
      const e = await rejectsWith(
        commitRecords(root, await recordChanges(root), 'x'),
        'hook-failed',
      );
      assert.match(e.output ?? '', /lint: 3 problems/);
      assert.equal(git(dir, 'rev-parse', 'HEAD').trim(), head);
    });

    it('a commit-msg hook that fails without a word is a failure, not a success', async () => {
      makeRecordsRepo(dir);
      write(dir, '.git/hooks/commit-msg', '#!/bin/sh\nexit 1\n');
      fs.chmodSync(path.join(dir, '.git/hooks/commit-msg'), 0o755);
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      const head = git(dir, 'rev-parse', 'HEAD').trim();
      await rejectsWith(commitRecords(root, await recordChanges(root), 'x'), 'hook-failed');
      assert.equal(git(dir, 'rev-parse', 'HEAD').trim(), head);
    });

    it('git missing from PATH', async () => {
      makeRecordsRepo(dir);
      write(dir, 'mentoring/alex/plan.md', '# Plan, edited\n');
      const changes = await recordChanges(root);
      const empty = path.join(dir, 'empty-bin');
      fs.mkdirSync(empty);
      const savedPath = process.env.PATH;
      process.env.PATH = empty;
      try {
        const e = await rejectsWith(repoState(dir), 'git-missing');
        assert.match(e.message, /git was not found/);
        await rejectsWith(recordChanges(root), 'git-missing');
        await rejectsWith(commitRecords(root, changes, 'x'), 'git-missing');
        await rejectsWith(stagedPaths(dir), 'git-missing');
      } finally {
        process.env.PATH = savedPath;
      }
    });
  });

  describe('repoState', () => {
    it('reads the top, git directory and branch, also from a subfolder', async () => {
      makeRecordsRepo(dir);
      const state = await repoState(path.join(root, 'alex'));
      assert.deepEqual(state, {
        top: dir,
        gitDir: path.join(dir, '.git'),
        branch: 'main',
        detached: false,
        operation: undefined,
      });
    });

    it('knows the branch of a repository without commits', async () => {
      makeRepo(dir, { empty: true });
      const state = await repoState(dir);
      assert.equal(state.branch, 'main');
      assert.equal(state.detached, false);
    });

    it('says not-a-repo for a plain folder and for a missing one', async () => {
      await rejectsWith(repoState(dir), 'not-a-repo');
      await rejectsWith(repoState(path.join(dir, 'missing')), 'not-a-repo');
    });
  });
});
