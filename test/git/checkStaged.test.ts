import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkStaged } from '../../src/git/checkStaged';
import { hookGitEnv } from '../../src/git/hookGitEnv';
import { parseRawDiff } from '../../src/git/stagedPaths';
import { git, isolatedGitEnv, removeDir, tempDir } from '../support/cli';
import { makeRecordsRepo, write } from './gitTestEnv';

describe('git: checkStaged', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => {
    dir = tempDir('mj-check-staged-');
    makeRecordsRepo(dir);
  });
  afterEach(() => removeDir(dir));

  it('reads the index of relative GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE from the records root once hookGitEnv resolved them', async () => {
    const env = { ...isolatedGitEnv(dir), GIT_INDEX_FILE: '.git/other-index' };
    assert.equal(spawnSync('git', ['read-tree', 'HEAD'], { cwd: dir, env }).status, 0);
    write(dir, 'mentoring/alex/private/n.md', 'secret\n');
    // Staged in the other index only: the default one stays clean.
    const add = spawnSync('git', ['add', '-f', '--', 'mentoring/alex/private/n.md'], {
      cwd: dir,
      env,
    });
    assert.equal(add.status, 0);
    const given = { ...env, GIT_DIR: '.git', GIT_WORK_TREE: '.' };
    const root = path.join(dir, 'mentoring');
    const report = await checkStaged({ cwd: root, root, env: hookGitEnv(given, dir) });
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.code]),
      [['mentoring/alex/private/n.md', 'private-staged']],
    );
    // Unresolved, git would look for .git under the records root.
    await assert.rejects(checkStaged({ cwd: root, root, env: given }));
    assert.deepEqual(
      (await checkStaged({ cwd: root, root, env: isolatedGitEnv(dir) })).problems,
      [],
    );
  });

  it('allows a staged deletion of a private note, and skips links and deleted records', async () => {
    write(dir, 'mentoring/alex/private/n.md', 'secret\n');
    git(dir, 'add', '-f', '--', 'mentoring/alex/private/n.md');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'leak');
    git(dir, 'rm', '-q', '--cached', '--', 'mentoring/alex/private/n.md');
    git(dir, 'rm', '-q', '--', 'mentoring/alex/questions.md');
    fs.symlinkSync('plan.md', path.join(dir, 'mentoring/alex/link.md'));
    git(dir, 'add', '--', 'mentoring/alex/link.md');
    const root = path.join(dir, 'mentoring');
    const report = await checkStaged({ cwd: root, root, env: isolatedGitEnv(dir) });
    assert.deepEqual(report, { files: 0, problems: [] });
  });

  it('parses raw diff output with names holding tabs, newlines and colons', () => {
    const z = '0'.repeat(40);
    const b = 'a'.repeat(40);
    const text = `:000000 100644 ${z} ${b} A\0a\tb\n:c.md\0:100644 000000 ${b} ${z} D\0x.md\0`;
    assert.deepEqual(parseRawDiff(text), [
      { status: 'A', path: 'a\tb\n:c.md', mode: '100644', blob: b },
      { status: 'D', path: 'x.md', mode: '000000', blob: z },
    ]);
  });
});
