// The pre-commit guard against hostile repository configs, every commit form and awkward file
// names: real git, real commits, the hook as install-hook writes it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BLOCK_BEGIN, BLOCK_END } from '../../src/git/guardHookScript';
import { refreshStableCli } from '../../src/store/stableCli';
import {
  CLI,
  ensureCliBuilt,
  git,
  isolatedGitEnv,
  linesOf,
  makeRepo,
  removeDir,
  runCli,
  tempDir,
} from '../support/cli';

const BROKEN_PLAN = '# no front matter\n';
const NOTE = 'mentoring/alex/private/2026-11-23.md';
const PLAN = 'mentoring/alex/plan.md';

/** A folder holding only links to the named programs, to build a PATH from. */
function binWith(parent: string, name: string, programs: Record<string, string>): string {
  const bin = path.join(parent, name);
  fs.mkdirSync(bin, { recursive: true });
  for (const [as, target] of Object.entries(programs)) fs.symlinkSync(target, path.join(bin, as));
  return bin;
}

describe('security: the pre-commit guard', function () {
  this.timeout(60_000);
  let dir: string;
  let tools: string;
  /** git and sh (dash) only: no node, no CLI. */
  let gitSh: string;
  /** node and a `mentoring-journal` on PATH that runs the CLI under test. */
  let withCli: string;
  /** node only, no CLI. */
  let nodeOnly: string;
  let clean: string[];
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir('mj-guard-sec-');
    tools = tempDir('mj-guard-tools-');
    clean = [dir, tools];
    gitSh = binWith(tools, 'git-sh', { git: '/usr/bin/git', sh: '/usr/bin/sh' });
    withCli = binWith(tools, 'cli', { node: process.execPath });
    fs.writeFileSync(
      path.join(withCli, 'mentoring-journal'),
      `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`,
      { mode: 0o755 },
    );
    nodeOnly = binWith(tools, 'node-only', { node: process.execPath });
    makeRepo(dir);
    assert.equal(
      runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam', '--started', '2026-09-01'], dir)
        .status,
      0,
    );
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'Records');
    const installed = runCli(['install-hook'], dir);
    assert.equal(installed.status, 0, installed.stderr);
  });
  afterEach(() => clean.forEach(removeDir));

  /** The environment of a commit: isolated git, and PATH made of exactly `bins`. */
  function envOf(bins: string[], extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...isolatedGitEnv(dir), PATH: bins.join(':') };
    delete env.XDG_DATA_HOME;
    return { ...env, ...extra };
  }
  const cliEnv = () => envOf([withCli, gitSh]);

  /** Runs git with an environment; returns its status and all it printed. */
  function run(cwd: string, env: NodeJS.ProcessEnv, ...args: string[]) {
    const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
    return { status: r.status, output: `${r.stdout}${r.stderr}`, stderr: r.stderr };
  }
  const head = (cwd = dir) => git(cwd, 'rev-parse', 'HEAD').trim();
  const put = (rel: string, text: string, base = dir) => {
    fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
    fs.writeFileSync(path.join(base, rel), text);
  };
  const tree = (rev = 'HEAD', cwd = dir) =>
    git(cwd, 'ls-tree', '-r', '-z', '--name-only', rev).split('\0').filter(Boolean);

  /** Asserts that committing with `args` is refused and HEAD stays where it was. */
  function refused(
    cwd: string,
    env: NodeJS.ProcessEnv,
    args: string[],
    why: RegExp,
    repo = cwd,
  ): void {
    const before = head(repo);
    const r = run(cwd, env, 'commit', '-q', ...args);
    assert.notEqual(r.status, 0, `commit ${args.join(' ')} went through:\n${r.output}`);
    assert.match(r.output, why);
    assert.equal(head(repo), before);
  }
  const PRIVATE = /private notes never go into git/;
  const INVALID = /error front-matter-missing/;

  describe('hostile repository config', () => {
    const marker = () => path.join(tools, 'MARKER');
    const hostile: [string, () => string][] = [
      ['diff.relative', () => 'true'],
      ['diff.noprefix', () => 'true'],
      ['diff.mnemonicPrefix', () => 'true'],
      ['core.quotePath', () => 'false'],
      ['status.relativePaths', () => 'true'],
      ['status.showUntrackedFiles', () => 'no'],
      ['diff.renames', () => 'copies'],
      ['diff.ignoreSubmodules', () => 'all'],
      ['diff.external', () => `touch '${marker()}'`],
      ['alias.diff', () => `!touch '${marker()}'`],
      ['alias.cat-file', () => `!touch '${marker()}'`],
      ['color.ui', () => 'always'],
      ['color.diff', () => 'always'],
      ['core.ignoreCase', () => 'true'],
      ['core.precomposeUnicode', () => 'true'],
      ['i18n.logOutputEncoding', () => 'UTF-16'],
      ['diff.algorithm', () => 'histogram'],
      ['diff.orderFile', () => '/etc/hostname'],
      ['core.abbrev', () => '4'],
      ['diff.context', () => '0'],
      ['core.untrackedCache', () => 'true'],
      ['index.sparse', () => 'true'],
      ['core.autocrlf', () => 'true'],
      ['log.showSignature', () => 'true'],
    ];
    for (const [key, value] of hostile) {
      it(`${key} neither hides a staged private note or broken plan nor runs anything`, () => {
        git(dir, 'config', key, value());
        const sub = path.join(dir, 'mentoring', 'alex');
        put(NOTE, 'secret\n');
        git(dir, 'add', '-f', '--', NOTE);
        refused(sub, cliEnv(), ['-m', 'leak'], PRIVATE);
        git(dir, 'restore', '--staged', '--', NOTE);
        put(PLAN, BROKEN_PLAN);
        git(dir, 'add', '--', PLAN);
        refused(sub, cliEnv(), ['-m', 'broken'], INVALID);
        assert.equal(fs.existsSync(marker()), false, 'the repository made the guard run a program');
      });
    }

    it('core.fsmonitor set to a command: neither the hook nor validate --staged runs it', () => {
      put(NOTE, 'secret\n');
      put(PLAN, BROKEN_PLAN);
      git(dir, 'add', '-f', '--', NOTE, PLAN);
      git(dir, 'config', 'core.fsmonitor', `touch '${marker()}'; false`);
      // Called as git calls it (git commit itself would run the monitor before any hook).
      const hook = path.join(dir, '.git', 'hooks', 'pre-commit');
      const first = spawnSync(hook, [], { cwd: dir, env: cliEnv(), encoding: 'utf8' });
      assert.notEqual(first.status, 0);
      assert.match(first.stderr, PRIVATE);
      git(dir, '-c', 'core.fsmonitor=false', 'restore', '--staged', '--', NOTE);
      const second = spawnSync(hook, [], { cwd: dir, env: cliEnv(), encoding: 'utf8' });
      assert.notEqual(second.status, 0);
      assert.match(second.stdout, INVALID);
      assert.equal(fs.existsSync(marker()), false);
    });

    it('core.hooksPath relative: installed there, and it refuses a private note', () => {
      git(dir, 'config', 'core.hooksPath', '.githooks');
      assert.equal(runCli(['install-hook'], dir).status, 0);
      assert.ok(fs.existsSync(path.join(dir, '.githooks', 'pre-commit')));
      put(NOTE, 'secret\n');
      git(dir, 'add', '-f', '--', NOTE);
      refused(dir, cliEnv(), ['-m', 'leak'], PRIVATE);
    });

    it('core.hooksPath absolute outside the repository: refused unless --global-hooks-path', () => {
      const global = path.join(tools, 'global-hooks');
      git(dir, 'config', 'core.hooksPath', global);
      const r = runCli(['install-hook'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /outside this repository.*--global-hooks-path/);
      assert.equal(fs.existsSync(path.join(global, 'pre-commit')), false);
      assert.equal(runCli(['install-hook', '--global-hooks-path'], dir).status, 0);
      assert.ok(fs.existsSync(path.join(global, 'pre-commit')));
      put(NOTE, 'secret\n');
      git(dir, 'add', '-f', '--', NOTE);
      refused(dir, cliEnv(), ['-m', 'leak'], PRIVATE);
    });

    it('core.hooksPath absolute inside the git directory: installed without asking', () => {
      const inside = path.join(dir, '.git', 'team-hooks');
      git(dir, 'config', 'core.hooksPath', inside);
      assert.equal(runCli(['install-hook'], dir).status, 0);
      assert.ok(fs.existsSync(path.join(inside, 'pre-commit')));
    });
  });

  describe('every commit form checks what the commit will contain', () => {
    it('commit -a, -- path, --only and -i refuse a plan broken on disk but not staged', () => {
      put(PLAN, BROKEN_PLAN);
      refused(dir, cliEnv(), ['-a', '-m', 'all'], INVALID);
      refused(dir, cliEnv(), ['-m', 'path', '--', PLAN], INVALID);
      refused(dir, cliEnv(), ['--only', '-m', 'only', '--', PLAN], INVALID);
      refused(dir, cliEnv(), ['-i', '-m', 'include', '--', PLAN], INVALID);
    });

    it('commit -a refuses a change to a private note that was committed before', () => {
      put(NOTE, 'secret\n');
      git(dir, 'add', '-f', '--', NOTE);
      git(dir, 'commit', '-q', '--no-verify', '-m', 'leak');
      put(NOTE, 'more secret\n');
      refused(dir, cliEnv(), ['-a', '-m', 'more'], PRIVATE);
    });

    it('--amend: adding a private note or a broken plan is refused; removing a leak passes', () => {
      put(NOTE, 'secret\n');
      git(dir, 'add', '-f', '--', NOTE);
      refused(dir, cliEnv(), ['--amend', '-m', 'amend leak'], PRIVATE);
      git(dir, 'restore', '--staged', '--', NOTE);
      put(PLAN, BROKEN_PLAN);
      git(dir, 'add', '--', PLAN);
      refused(dir, cliEnv(), ['--amend', '-m', 'amend broken'], INVALID);
      git(dir, 'restore', '--staged', '--worktree', '--', PLAN);
      // A leak committed past the guard (with other work), repaired by amending it out.
      put('src/app.ts', 'export const app = 1;\n');
      git(dir, 'add', '-f', '--', NOTE, 'src/app.ts');
      git(dir, 'commit', '-q', '--no-verify', '-m', 'leak');
      git(dir, 'rm', '-q', '--cached', '--', NOTE);
      const r = run(dir, cliEnv(), 'commit', '-q', '--amend', '-m', 'no leak');
      assert.equal(r.status, 0, r.output);
      assert.equal(tree().includes(NOTE), false);
    });

    it('the first commit of a repository (no HEAD yet)', () => {
      const fresh = tempDir('mj-guard-fresh-');
      clean.push(fresh);
      makeRepo(fresh, { empty: true });
      assert.equal(runCli(['install-hook'], fresh).status, 0);
      put(NOTE, 'secret\n', fresh);
      put(PLAN, BROKEN_PLAN, fresh);
      git(fresh, 'add', '-f', '--', NOTE);
      const leak = run(fresh, envOf([gitSh]), 'commit', '-q', '-m', 'first');
      assert.notEqual(leak.status, 0);
      assert.match(leak.output, PRIVATE);
      git(fresh, 'rm', '-q', '--cached', '--', NOTE);
      git(fresh, 'add', '--', PLAN);
      const broken = run(fresh, cliEnv(), 'commit', '-q', '-m', 'first');
      assert.notEqual(broken.status, 0);
      assert.match(broken.output, INVALID);
    });

    it('a linked worktree: its own index is checked', () => {
      const other = tempDir('mj-guard-wt-');
      clean.push(other);
      const wt = path.join(other, 'wt');
      git(dir, 'worktree', 'add', '-q', '-b', 'side', wt);
      put(NOTE, 'secret\n', wt);
      git(wt, 'add', '-f', '--', NOTE);
      refused(wt, cliEnv(), ['-m', 'leak'], PRIVATE);
      git(wt, 'restore', '--staged', '--', NOTE);
      put(PLAN, BROKEN_PLAN, wt);
      git(wt, 'add', '--', PLAN);
      refused(wt, cliEnv(), ['-m', 'broken'], INVALID);
    });

    it('GIT_DIR and GIT_WORK_TREE set by a caller in another folder', () => {
      const elsewhere = tempDir('mj-guard-cwd-');
      clean.push(elsewhere);
      const env = { ...cliEnv(), GIT_DIR: path.join(dir, '.git'), GIT_WORK_TREE: dir };
      put(NOTE, 'secret\n');
      git(dir, 'add', '-f', '--', NOTE);
      refused(elsewhere, env, ['-m', 'leak'], PRIVATE, dir);
      git(dir, 'restore', '--staged', '--', NOTE);
      put(PLAN, BROKEN_PLAN);
      git(dir, 'add', '--', PLAN);
      refused(elsewhere, env, ['-m', 'broken'], INVALID, dir);
    });

    it('GIT_DIR and GIT_WORK_TREE relative, as git hands them on to the hook', () => {
      const env = { ...cliEnv(), GIT_DIR: '.git', GIT_WORK_TREE: '.' };
      put(PLAN, BROKEN_PLAN);
      git(dir, 'add', '--', PLAN);
      refused(dir, env, ['-m', 'broken'], INVALID);
    });

    it('a relative GIT_INDEX_FILE of the caller: that index is checked, not the default one', () => {
      const env = { ...cliEnv(), GIT_INDEX_FILE: '.git/other-index' };
      assert.equal(run(dir, env, 'read-tree', 'HEAD').status, 0);
      put(PLAN, BROKEN_PLAN);
      assert.equal(run(dir, env, 'add', '--', PLAN).status, 0);
      // The default index holds nothing broken; the commit is built from the other one.
      refused(dir, env, ['-m', 'broken'], INVALID);
    });
  });

  describe('file names under private/', () => {
    const names = [
      'mentoring/alex/private/café.md',
      'mentoring/alex/private/two\nlines.md',
      'mentoring/alex/private/x\nREADME.md',
      'mentoring/alex/private/-rf.md',
      'mentoring/alex/Private/upper.md',
      'mentoring/élodie/private/n.md',
      'mentoring/alex/private/"quoted"\\.md',
    ];
    for (const name of names) {
      it(`refuses ${JSON.stringify(name)}, with and without node`, () => {
        put(name, 'secret\n');
        git(dir, 'add', '-f', '--', name);
        refused(dir, envOf([gitSh]), ['-m', 'leak'], PRIVATE);
        refused(dir, cliEnv(), ['-m', 'leak'], PRIVATE);
        const validate = spawnSync(process.execPath, [CLI, 'validate', '--staged'], {
          cwd: dir,
          env: isolatedGitEnv(dir),
          encoding: 'utf8',
        });
        assert.equal(validate.status, 1);
        assert.match(validate.stdout, /error private-staged/);
      });
    }
  });

  it('the repair commit: git rm --cached of a leaked note passes the guard', () => {
    put(NOTE, 'secret\n');
    git(dir, 'add', '-f', '--', NOTE);
    git(dir, 'commit', '-q', '--no-verify', '-m', 'leak');
    git(dir, 'rm', '-q', '--cached', '--', NOTE);
    for (const env of [cliEnv(), envOf([gitSh])]) {
      const r = run(dir, env, 'commit', '-q', '--dry-run', '-m', 'repair');
      assert.equal(r.status, 0, r.output);
    }
    const r = run(dir, cliEnv(), 'commit', '-q', '-m', 'repair');
    assert.equal(r.status, 0, r.output);
    assert.equal(tree().includes(NOTE), false);
    assert.ok(fs.existsSync(path.join(dir, NOTE)), 'the note itself stays on disk');
  });

  describe('the staged bytes are validated, not the file on disk', () => {
    it('broken bytes staged, then fixed on disk: still refused', () => {
      const good = fs.readFileSync(path.join(dir, PLAN), 'utf8');
      put(PLAN, BROKEN_PLAN);
      git(dir, 'add', '--', PLAN);
      put(PLAN, `${good}\n`);
      refused(dir, cliEnv(), ['-m', 'broken staged'], INVALID);
    });

    it('good bytes staged, broken on disk: passes', () => {
      const good = fs.readFileSync(path.join(dir, PLAN), 'utf8');
      put(PLAN, `${good}\n`);
      git(dir, 'add', '--', PLAN);
      put(PLAN, BROKEN_PLAN);
      const r = run(dir, cliEnv(), 'commit', '-q', '-m', 'good staged');
      assert.equal(r.status, 0, r.output);
    });
  });

  describe('without node', () => {
    it('the sh hook alone refuses a private note, and says once that only the privacy check ran', () => {
      put(NOTE, 'secret\n');
      git(dir, 'add', '-f', '--', NOTE);
      refused(dir, envOf([gitSh]), ['-m', 'leak'], PRIVATE);
      git(dir, 'restore', '--staged', '--', NOTE);
      put(PLAN, BROKEN_PLAN);
      git(dir, 'add', '--', PLAN);
      const r = run(dir, envOf([gitSh]), 'commit', '-q', '-m', 'unchecked');
      assert.equal(r.status, 0, r.output);
      assert.equal(linesOf(r.stderr).filter((l) => /only the privacy check ran/.test(l)).length, 1);
    });

    it("with node but no CLI on PATH it uses the editor's copy in the data folder", () => {
      const data = path.join(tools, 'data');
      // As Install Pre-commit Guard copies it: the entry and the verbs' bundle it requires.
      refreshStableCli(CLI, { XDG_DATA_HOME: data });
      put(PLAN, BROKEN_PLAN);
      git(dir, 'add', '--', PLAN);
      refused(dir, envOf([nodeOnly, gitSh], { XDG_DATA_HOME: data }), ['-m', 'b'], INVALID);
    });

    it('never runs a mentoring-journal committed into the repository', () => {
      const marker = path.join(tools, 'RAN');
      put('node_modules/.bin/mentoring-journal', `#!/bin/sh\ntouch '${marker}'\n`);
      fs.chmodSync(path.join(dir, 'node_modules/.bin/mentoring-journal'), 0o755);
      git(dir, 'add', '-f', '--', 'node_modules');
      const r = run(dir, envOf([nodeOnly, gitSh]), 'commit', '-q', '-m', 'vendored');
      assert.equal(r.status, 0, r.output);
      assert.match(r.stderr, /only the privacy check ran/);
      assert.equal(fs.existsSync(marker), false);
      assert.doesNotMatch(fs.readFileSync(path.join(dir, '.git/hooks/pre-commit'), 'utf8'), /npx/);
    });
  });

  describe('roots', () => {
    it('two roots: installing for the second keeps the first, and both are guarded', () => {
      assert.equal(
        runCli(
          [
            '--root',
            'team notes',
            'init',
            '--mentee',
            'Bo',
            '--mentor',
            'Sam',
            '--started',
            '2026-09-01',
          ],
          dir,
        ).status,
        0,
      );
      assert.equal(runCli(['--root', 'team notes', 'install-hook'], dir).status, 0);
      assert.equal(runCli(['install-hook'], dir).status, 0);
      const note = 'team notes/bo/private/n.md';
      put(note, 'secret\n');
      git(dir, 'add', '-f', '--', note);
      refused(dir, envOf([gitSh]), ['-m', 'leak'], PRIVATE);
      git(dir, 'restore', '--staged', '--', note);
      put(NOTE, 'secret\n');
      git(dir, 'add', '-f', '--', NOTE);
      refused(dir, envOf([gitSh]), ['-m', 'leak'], PRIVATE);
      git(dir, 'restore', '--staged', '--', NOTE);
      put('team notes/bo/plan.md', BROKEN_PLAN);
      git(dir, 'add', '--', 'team notes/bo/plan.md');
      refused(dir, cliEnv(), ['-m', 'broken'], INVALID);
    });

    it('a root whose name git quotes (non-ASCII, a double quote) is still guarded by the sh hook', () => {
      for (const root of ['équipe', 'say "hi"']) {
        assert.equal(runCli(['--root', root, 'install-hook'], dir).status, 0);
        const note = `${root}/bo/private/n.md`;
        put(note, 'secret\n');
        git(dir, 'add', '-f', '--', note);
        refused(dir, envOf([gitSh]), ['-m', 'leak'], PRIVATE);
        git(dir, 'restore', '--staged', '--', note);
      }
    });

    it('a records root that is a repository of its own, nested in the folder', () => {
      const outer = tempDir('mj-guard-nested-');
      clean.push(outer);
      assert.equal(
        runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam', '--started', '2026-09-01'], outer)
          .status,
        0,
      );
      const inner = path.join(outer, 'mentoring');
      makeRepo(inner, { empty: true });
      git(inner, 'add', '-A');
      git(inner, 'commit', '-q', '-m', 'Records');
      const r = runCli(['install-hook'], outer);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Records roots guarded: \.$/m);
      put('alex/private/n.md', 'secret\n', inner);
      git(inner, 'add', '-f', '--', 'alex/private/n.md');
      refused(inner, envOf([gitSh]), ['-m', 'leak'], PRIVATE);
      git(inner, 'restore', '--staged', '--', 'alex/private/n.md');
      put('alex/plan.md', BROKEN_PLAN, inner);
      git(inner, 'add', '--', 'alex/plan.md');
      refused(inner, cliEnv(), ['-m', 'broken'], INVALID);
    });

    it("the user's own lines outside the marked block survive installing again", () => {
      const hook = path.join(dir, '.git', 'hooks', 'pre-commit');
      const text = fs.readFileSync(hook, 'utf8');
      const mine = text
        .replace('#!/bin/sh\n', `#!/bin/sh\necho before >> '${tools}/log'\n`)
        .concat(`echo after >> '${tools}/log'\n`);
      fs.writeFileSync(hook, mine);
      assert.equal(runCli(['--root', 'other', 'install-hook'], dir).status, 0);
      const again = fs.readFileSync(hook, 'utf8');
      const outside = (t: string) =>
        t.slice(0, t.indexOf(BLOCK_BEGIN)) + t.slice(t.indexOf(BLOCK_END) + BLOCK_END.length);
      assert.equal(outside(again), outside(mine));
      assert.match(again, /"prefix":"mentoring".*"prefix":"other"/);
      const r = run(dir, cliEnv(), 'commit', '-q', '--allow-empty', '-m', 'empty');
      assert.equal(r.status, 0, r.output);
      assert.equal(fs.readFileSync(path.join(tools, 'log'), 'utf8'), 'before\nafter\n');
    });
  });
});
