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
    assert.match(name, /^code-cli-main-\d+-\d+-v\d+\.\d+\.\d+-\w+\.v8cache$/);
    const written = fs.statSync(path.join(cache, name)).mtimeMs;
    const second = validate();
    assert.deepEqual(second, first);
    assert.equal(fs.statSync(path.join(cache, name)).mtimeMs, written, 'used, not rewritten');
  });

  it('runs as before from a damaged cache, and replaces it', () => {
    const first = validate();
    const [name] = caches();
    fs.writeFileSync(path.join(cache, name), 'not a code cache');
    assert.deepEqual(validate(), first);
    assert.notEqual(fs.readFileSync(path.join(cache, name), 'utf8'), 'not a code cache');
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
