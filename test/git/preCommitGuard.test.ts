import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CHAINED_HOOK_NAME,
  GUARD_MARKER,
  installPreCommitGuard,
} from '../../src/git/preCommitGuard';
import { CLI, ensureCliBuilt, git, isolatedGitEnv, removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv, makeRecordsRepo, write } from './gitTestEnv';

/** Runs `git commit` and returns its exit status and everything it printed. */
function tryCommit(dir: string, message = 'Change'): { status: number | null; output: string } {
  const r = spawnSync('git', ['commit', '-q', '-m', message], {
    cwd: dir,
    encoding: 'utf8',
    env: isolatedGitEnv(dir),
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function isExecutable(file: string): boolean {
  return (fs.statSync(file).mode & 0o111) !== 0;
}

describe('git: the pre-commit guard', function () {
  this.timeout(60_000);
  let dir: string;
  let hooks: string;
  let log: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-guard-');
    hooks = path.join(dir, '.git', 'hooks');
    log = path.join(dir, '.git', 'hook-log');
    restoreEnv = isolateProcessEnv(dir);
    makeRecordsRepo(dir);
    fs.rmSync(hooks, { recursive: true, force: true });
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  /** A guard command for tests: logs that it ran, and fails when FAIL_GUARD exists. */
  const guard = () => `echo guard >> '${log}'; test ! -e '${path.join(dir, 'FAIL_GUARD')}'`;
  /** Install options for the records root of the fixture with `command` as the validation step. */
  const opts = (command = guard()) => ({
    recordsRoot: path.join(dir, 'mentoring'),
    rootName: 'mentoring',
    command,
  });
  const roots = [{ prefix: 'mentoring', name: 'mentoring' }];
  const logged = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '');

  it('writes an executable, marked hook that runs the guard on every commit', async () => {
    const result = await installPreCommitGuard(path.join(dir, 'mentoring'), opts());
    assert.deepEqual(result, {
      hookPath: path.join(hooks, 'pre-commit'),
      chained: undefined,
      alreadyInstalled: false,
      roots,
    });
    const text = fs.readFileSync(result.hookPath, 'utf8');
    assert.match(text, /^#!\/bin\/sh\n/);
    assert.ok(text.split('\n').includes(GUARD_MARKER));
    assert.ok(text.includes(guard()));
    assert.ok(isExecutable(result.hookPath));

    write(dir, 'a.txt', 'a\n');
    git(dir, 'add', 'a.txt');
    assert.equal(tryCommit(dir).status, 0);
    assert.equal(logged(), 'guard\n');
    fs.writeFileSync(path.join(dir, 'FAIL_GUARD'), '');
    write(dir, 'b.txt', 'b\n');
    git(dir, 'add', 'b.txt');
    assert.notEqual(tryCommit(dir).status, 0);
  });

  it('installs again idempotently, and brings a changed command up to date', async () => {
    const first = await installPreCommitGuard(dir, opts());
    const bytes = fs.readFileSync(first.hookPath);
    const again = await installPreCommitGuard(dir, opts());
    assert.deepEqual(again, { ...first, alreadyInstalled: true });
    assert.deepEqual(fs.readFileSync(first.hookPath), bytes);
    assert.deepEqual(fs.readdirSync(hooks), ['pre-commit']);

    const updated = await installPreCommitGuard(dir, opts('echo other'));
    assert.equal(updated.alreadyInstalled, true);
    assert.match(fs.readFileSync(first.hookPath, 'utf8'), /^\( echo other \) \|\| exit \$\?$/m);
    assert.deepEqual(fs.readdirSync(hooks), ['pre-commit']);
  });

  describe('an existing hook', () => {
    const existing =
      '#!/bin/sh\n' +
      "# the team's own hook\n" +
      `printf 'existing args=%s stdin=%s\\n' "$*" "$(cat)" >> '${path.join('LOG')}'\n`;

    function writeExisting(body: string, mode = 0o750): Buffer {
      fs.mkdirSync(hooks, { recursive: true });
      fs.writeFileSync(path.join(hooks, 'pre-commit'), body, { mode });
      fs.chmodSync(path.join(hooks, 'pre-commit'), mode);
      return fs.readFileSync(path.join(hooks, 'pre-commit'));
    }

    it('is moved aside byte for byte, mode kept, and runs first with the same arguments and stdin', async () => {
      const body = existing.replace("'LOG'", `'${log}'`) + 'exit 0\n';
      const bytes = writeExisting(body);
      const result = await installPreCommitGuard(dir, opts());
      const moved = path.join(hooks, CHAINED_HOOK_NAME);
      assert.equal(result.chained, moved);
      assert.equal(result.alreadyInstalled, false);
      assert.deepEqual(fs.readFileSync(moved), bytes);
      assert.equal(fs.statSync(moved).mode & 0o777, 0o750);

      // Called directly, as git may with arguments and input for other hooks.
      const r = spawnSync(result.hookPath, ['one', 'two'], {
        cwd: dir,
        input: 'piped',
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(logged(), 'existing args=one two stdin=piped\nguard\n');

      fs.rmSync(log);
      write(dir, 'a.txt', 'a\n');
      git(dir, 'add', 'a.txt');
      assert.equal(tryCommit(dir).status, 0);
      assert.equal(logged(), 'existing args= stdin=\nguard\n');
    });

    it('still blocks the commit when it fails, with its message, and the guard does not run', async () => {
      writeExisting('#!/bin/sh\necho "team hook says no" >&2\nexit 1\n');
      await installPreCommitGuard(dir, opts());
      write(dir, 'a.txt', 'a\n');
      git(dir, 'add', 'a.txt');
      const head = git(dir, 'rev-parse', 'HEAD');
      const r = tryCommit(dir);
      assert.notEqual(r.status, 0);
      assert.match(r.output, /team hook says no/);
      assert.equal(git(dir, 'rev-parse', 'HEAD'), head);
      assert.equal(logged(), '');
    });

    it('is chained only once: installing again keeps the chain and the moved hook', async () => {
      const bytes = writeExisting('#!/bin/sh\nexit 0\n');
      const first = await installPreCommitGuard(dir, opts());
      const again = await installPreCommitGuard(dir, opts());
      assert.deepEqual(again, { ...first, alreadyInstalled: true });
      assert.deepEqual(fs.readdirSync(hooks).sort(), ['pre-commit', CHAINED_HOOK_NAME]);
      assert.deepEqual(fs.readFileSync(path.join(hooks, CHAINED_HOOK_NAME)), bytes);
    });

    it('never overwrites an earlier moved hook: a second foreign hook gets a new name', async () => {
      const older = writeExisting('#!/bin/sh\necho older\n');
      await installPreCommitGuard(dir, opts());
      // Someone replaces our hook with another of their own, then installs the guard again.
      fs.rmSync(path.join(hooks, 'pre-commit'));
      const newer = writeExisting(`#!/bin/sh\necho newer >> '${log}'\n`);
      const result = await installPreCommitGuard(dir, opts());
      assert.equal(result.chained, path.join(hooks, `${CHAINED_HOOK_NAME}-2`));
      assert.deepEqual(fs.readFileSync(path.join(hooks, CHAINED_HOOK_NAME)), older);
      assert.deepEqual(fs.readFileSync(result.chained), newer);
      write(dir, 'a.txt', 'a\n');
      git(dir, 'add', 'a.txt');
      assert.equal(tryCommit(dir).status, 0);
      assert.equal(logged(), 'newer\nguard\n');
    });
  });

  it('honours core.hooksPath, relative to the top, also when installed from a subfolder', async () => {
    git(dir, 'config', 'core.hooksPath', '.githooks');
    const result = await installPreCommitGuard(path.join(dir, 'mentoring', 'alex'), opts());
    assert.equal(result.hookPath, path.join(dir, '.githooks', 'pre-commit'));
    assert.equal(fs.existsSync(path.join(hooks, 'pre-commit')), false);
    write(dir, 'a.txt', 'a\n');
    git(dir, 'add', 'a.txt');
    assert.equal(tryCommit(dir).status, 0);
    assert.equal(logged(), 'guard\n');
  });

  it('upgrades a hook of the previous version: npx gone, the chained hook kept', async () => {
    fs.mkdirSync(hooks, { recursive: true });
    fs.writeFileSync(path.join(hooks, CHAINED_HOOK_NAME), `#!/bin/sh\necho team >> '${log}'\n`, {
      mode: 0o755,
    });
    const old = [
      '#!/bin/sh',
      GUARD_MARKER,
      'hook_dir=$(dirname "$0")',
      `chained="$hook_dir/${CHAINED_HOOK_NAME}"`,
      'if [ -x "$chained" ]; then',
      '  "$chained" "$@" || exit $?',
      'fi',
      'npx --no-install mentoring-journal validate --staged',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(hooks, 'pre-commit'), old, { mode: 0o755 });
    const result = await installPreCommitGuard(dir, opts());
    assert.equal(result.alreadyInstalled, true);
    assert.equal(result.chained, path.join(hooks, CHAINED_HOOK_NAME));
    assert.doesNotMatch(fs.readFileSync(result.hookPath, 'utf8'), /npx/);
    write(dir, 'a.txt', 'a\n');
    git(dir, 'add', 'a.txt');
    assert.equal(tryCommit(dir).status, 0);
    assert.equal(logged(), 'team\nguard\n');
  });

  it('refuses a records root outside the repository, and one with a newline', async () => {
    const outside = tempDir('mj-guard-outside-');
    try {
      await assert.rejects(
        installPreCommitGuard(dir, { recordsRoot: outside, rootName: 'mentoring' }),
        /outside the repository/,
      );
    } finally {
      removeDir(outside);
    }
    await assert.rejects(
      installPreCommitGuard(dir, { recordsRoot: path.join(dir, 'a\nb'), rootName: 'a\nb' }),
      /control characters/,
    );
    assert.equal(fs.existsSync(path.join(hooks, 'pre-commit')), false);
  });

  it('refuses a guard command of several lines', async () => {
    await assert.rejects(installPreCommitGuard(dir, opts('echo a\nrm -rf /')), /single/);
    assert.equal(fs.existsSync(path.join(hooks, 'pre-commit')), false);
  });

  describe('with the real command line', () => {
    before(ensureCliBuilt);

    it('blocks a commit of a private note forced into the index, naming it and how to unstage it', async () => {
      write(dir, 'mentoring/alex/private/2026-11-23.md', 'secret\n');
      const command = `"${process.execPath}" "${CLI}" validate --staged`;
      await installPreCommitGuard(dir, opts(command));
      const head = git(dir, 'rev-parse', 'HEAD');
      git(dir, 'add', '-f', 'mentoring/alex/private/2026-11-23.md');
      const r = tryCommit(dir);
      assert.notEqual(r.status, 0);
      // The hook's own check (plain sh) refuses it before the CLI runs.
      assert.match(r.output, /private notes never go into git/);
      assert.match(r.output, /^ {2}mentoring\/alex\/private\/2026-11-23\.md$/m);
      assert.match(r.output, /git restore --staged -- PATH/);
      assert.equal(git(dir, 'rev-parse', 'HEAD'), head);

      // Unstaged again, a code commit goes through the same hook, though the (unstaged) records
      // of this fixture have no front matter: only staged records are checked.
      git(dir, 'restore', '--staged', '--', 'mentoring/alex/private/2026-11-23.md');
      write(dir, 'src/app.ts', 'export const app = 2;\n');
      git(dir, 'add', 'src/app.ts');
      const ok = tryCommit(dir);
      assert.equal(ok.status, 0, ok.output);
    });
  });
});
