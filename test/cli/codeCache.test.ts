// The CLI's entry runs the verbs bundle through V8's code cache (src/cli/requireWithCodeCache.ts),
// kept in the history cache's folder: written by the first start, used by the next, and never a
// reason to fail or to follow a link.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ensureCliBuilt, isolatedGitEnv, removeDir, tempDir } from '../support/cli';

describe("cli: the verbs bundle's code cache", function () {
  this.timeout(30_000);
  let dir: string;
  let cache: string;

  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir('mj-code-cache-');
    cache = path.join(dir, 'cache');
  });
  afterEach(() => removeDir(dir));

  /** A `topics` run asked to keep nothing (--no-cache). */
  function topicsWithoutCache() {
    return spawnSync(process.execPath, [CLI, 'topics', '--author', 'a@example.com', '--no-cache'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...isolatedGitEnv(dir), MENTORING_JOURNAL_CACHE_DIR: cache },
    });
  }

  function validate(): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [CLI, 'validate', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...isolatedGitEnv(dir), MENTORING_JOURNAL_CACHE_DIR: cache },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  const caches = () =>
    fs.existsSync(cache) ? fs.readdirSync(cache).filter((n) => n.endsWith('.v8cache')) : [];

  it('writes the cache on the first start and keeps it while the bundle is the same', () => {
    const first = validate();
    assert.equal(caches().length, 1);
    const [name] = caches();
    assert.match(name, /^code-cli-main-[0-9a-f]{8}-[0-9a-f]{32}-v\d+\.\d+\.\d+-\w+\.v8cache$/);
    const written = fs.statSync(path.join(cache, name)).mtimeMs;
    const second = validate();
    assert.deepEqual(second, first);
    assert.equal(fs.statSync(path.join(cache, name)).mtimeMs, written, 'used, not rewritten');
  });

  it('keeps one cache per place the same bundle runs from, so stack traces name the right file', () => {
    validate();
    // The extension installs a copy of the CLI elsewhere: the same bytes, another path.
    const copy = path.join(dir, 'copy');
    fs.mkdirSync(copy);
    for (const f of ['cli.js', 'cli-main.js'])
      fs.copyFileSync(path.join(path.dirname(CLI), f), path.join(copy, f));
    const fromCopy = spawnSync(process.execPath, [path.join(copy, 'cli.js'), 'validate'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...isolatedGitEnv(dir), MENTORING_JOURNAL_CACHE_DIR: cache },
    });
    assert.equal(fromCopy.status, validate().status, fromCopy.stderr);
    assert.equal(caches().length, 2, 'each place has its own');
    validate();
    assert.equal(caches().length, 2, 'neither removes the other');
  });

  it('runs as before from a damaged cache, and replaces it', () => {
    const first = validate();
    const [name] = caches();
    fs.writeFileSync(path.join(cache, name), 'not a code cache');
    assert.deepEqual(validate(), first);
    assert.notEqual(fs.readFileSync(path.join(cache, name), 'utf8'), 'not a code cache');
  });

  it('runs the new bundle after an upgrade that keeps its size and mtime, never the old cache', () => {
    // V8 checks a code cache against the source's length only: a cache named by size and mtime
    // would run the old code after an npm upgrade (npm sets every mtime to 1985).
    const copy = path.join(dir, 'dist');
    fs.mkdirSync(copy);
    for (const f of ['cli.js', 'cli-main.js'])
      fs.copyFileSync(path.join(path.dirname(CLI), f), path.join(copy, f));
    const main = path.join(copy, 'cli-main.js');
    const when = new Date('1985-10-26T08:15:00Z');
    fs.utimesSync(main, when, when);
    const run = () =>
      spawnSync(process.execPath, [path.join(copy, 'cli.js'), 'validate'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...isolatedGitEnv(dir), MENTORING_JOURNAL_CACHE_DIR: cache },
      }).stderr;
    assert.match(run(), /no records folder at/);
    assert.equal(caches().length, 1);
    const text = fs.readFileSync(main, 'utf8');
    const upgraded = text.split('no records folder at').join('NO RECORDS FOLDER AT');
    assert.equal(upgraded.length, text.length);
    fs.writeFileSync(main, upgraded);
    fs.utimesSync(main, when, when);
    assert.match(run(), /NO RECORDS FOLDER AT/);
  });

  it('never uses a cache in a folder others can write to, and writes it anew', () => {
    validate();
    const [name] = caches();
    const file = path.join(cache, name);
    const written = fs.statSync(file).mtimeMs;
    fs.chmodSync(cache, 0o777);
    const later = new Date(written - 60_000);
    fs.utimesSync(file, later, later);
    validate();
    assert.notEqual(fs.statSync(file).mtimeMs, later.getTime(), 'not trusted: rewritten');
  });

  it('keeps no code cache for a run given --no-cache', () => {
    const r = topicsWithoutCache();
    assert.ok(r.status !== null, r.stderr);
    assert.deepEqual(caches(), []);
  });

  it('uses a cache already there for a run given --no-cache, and never rewrites it', () => {
    const first = validate();
    const [name] = caches();
    const file = path.join(cache, name);
    // A damaged cache: a run that may write replaces it (see above); this one must not.
    fs.writeFileSync(file, 'not a code cache');
    const r = topicsWithoutCache();
    assert.ok(r.status !== null, r.stderr);
    assert.deepEqual(caches(), [name]);
    assert.equal(fs.readFileSync(file, 'utf8'), 'not a code cache');
    assert.deepEqual(validate(), first, 'the next run that may write still works');
  });

  it('never follows a link planted in the cache place', () => {
    const first = validate();
    const [name] = caches();
    const target = path.join(dir, 'target.bin');
    fs.writeFileSync(target, 'planted');
    fs.rmSync(path.join(cache, name));
    fs.symlinkSync(target, path.join(cache, name));
    assert.deepEqual(validate(), first);
    assert.equal(fs.readFileSync(target, 'utf8'), 'planted');
    assert.ok(!fs.lstatSync(path.join(cache, name)).isSymbolicLink());
  });
});
