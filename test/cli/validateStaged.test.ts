import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, git, linesOf, makeRepo, removeDir, runCli, tempDir } from '../support/cli';

interface JsonReport {
  files: number;
  problems: { file: string; line: number; severity: string; code: string; message: string }[];
}

describe('cli: validate --staged', function () {
  this.timeout(30_000);
  let dir: string;
  const privateNote = 'mentoring/alex/private/2026-11-23.md';
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    makeRepo(dir);
    assert.equal(
      runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam', '--started', '2026-09-01'], dir)
        .status,
      0,
    );
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'Records');
    fs.mkdirSync(path.join(dir, 'mentoring', 'alex', 'private'));
    fs.writeFileSync(path.join(dir, privateNote), 'secret\n');
  });
  afterEach(() => removeDir(dir));

  it('passes with exit 0 when nothing private is staged, checking only staged records', () => {
    assert.equal(runCli(['new-session', 'alex', '--date', '2026-11-23'], dir).status, 0);
    git(dir, 'add', 'mentoring/alex/sessions/2026-11-23.md');
    const r = runCli(['validate', '--staged'], dir);
    assert.deepEqual(
      [r.status, r.stdout, r.stderr],
      [0, '1 files checked: 0 errors, 0 warnings, 0 hints\n', ''],
    );
  });

  it('exits 1 for a private note forced into the index, naming it and how to unstage it', () => {
    git(dir, 'add', '-f', privateNote);
    const text = runCli(['validate', '--staged'], dir);
    assert.equal(text.status, 1);
    assert.deepEqual(linesOf(text.stdout), [
      `${privateNote}:1:1: error private-staged: Private note "${privateNote}" is staged for commit; private notes never go into git. Unstage it with: git restore --staged -- ${privateNote}`,
      '0 files checked: 1 errors, 0 warnings, 0 hints',
    ]);
    const json = runCli(['validate', '--staged', '--format', 'json'], dir);
    assert.equal(json.status, 1);
    const report = JSON.parse(json.stdout) as JsonReport;
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.severity, p.code]),
      [[privateNote, 'error', 'private-staged']],
    );
  });

  it('names files relative to --dir, so the unstage command works from there', () => {
    git(dir, 'add', '-f', privateNote);
    const r = runCli(['--dir', 'mentoring', 'validate', '--staged'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /git restore --staged -- alex\/private\/2026-11-23\.md$/m);
  });

  it('is not blocked by unstaged records, but fails on a staged broken one', () => {
    fs.writeFileSync(path.join(dir, 'mentoring/alex/plan.md'), '# no front matter\n');
    assert.equal(runCli(['validate'], dir).status, 1);
    fs.writeFileSync(path.join(dir, 'code.ts'), 'x\n');
    git(dir, 'add', 'code.ts');
    assert.equal(runCli(['validate', '--staged'], dir).status, 0);
    git(dir, 'add', 'mentoring/alex/plan.md');
    const r = runCli(['validate', '--staged'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /^mentoring\/alex\/plan\.md:1:1: error front-matter-missing/m);
  });

  it('exits 2 with one line outside a git repository', () => {
    const plain = tempDir();
    try {
      fs.mkdirSync(path.join(plain, 'mentoring'));
      const r = runCli(['validate', '--staged'], plain);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(linesOf(r.stderr).length, 1);
      assert.match(
        r.stderr,
        /^mentoring-journal validate: --staged needs git: .* is not inside a git repository/,
      );
    } finally {
      removeDir(plain);
    }
  });

  it('exits 2 when given a SLUG too', () => {
    const r = runCli(['validate', 'alex', '--staged'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /takes no SLUG/);
  });

  it('passes in a repository that has no records folder, so a hook never blocks unrelated work', () => {
    const other = tempDir();
    try {
      makeRepo(other);
      const r = runCli(['validate', '--staged'], other);
      assert.deepEqual(
        [r.status, r.stdout],
        [0, '0 files checked: 0 errors, 0 warnings, 0 hints\n'],
      );
    } finally {
      removeDir(other);
    }
  });
});
