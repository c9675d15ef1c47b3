// The history cache is read from a folder other processes could write to: a link in a cache
// file's place is never followed (neither read through nor written through), and a file over the
// size cap is never parsed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  cachedReadHistory,
  historyCacheFile,
  MAX_CACHE_BYTES,
} from '../../src/git/historyCache';
import { removeDir, tempDir } from '../support/cli';
import { HistoryRepo } from '../git/historyRepos';

const REQUEST = { authors: ['alex@example.com'], since: '2026-03-01', until: '2026-03-31' };

describe('security: history cache files', function () {
  this.timeout(30_000);
  let dir: string;
  let cacheDir: string;
  let outside: string;

  beforeEach(() => {
    dir = tempDir('mj-sec-cache-repo-');
    cacheDir = tempDir('mj-sec-cache-');
    outside = tempDir('mj-sec-outside-');
    const repo = HistoryRepo.init(dir);
    repo.commit({ date: '2026-03-02T10:00:00Z', files: { 'src/a.ts': 'a\n' } });
  });
  afterEach(() => {
    for (const d of [dir, cacheDir, outside]) removeDir(d);
  });

  const cacheFile = () => historyCacheFile(cacheDir, fs.realpathSync(dir));

  it('neither reads nor writes through a link planted in the cache file place', async () => {
    // A valid cache elsewhere: following the link would serve it (and write over its target).
    const elsewhere = path.join(outside, 'planted.json');
    const real = await cachedReadHistory(dir, REQUEST, {}, { dir: outside });
    assert.equal(real.cache, 'cold');
    const [written] = fs.readdirSync(outside).filter((n) => n.startsWith('history-'));
    fs.renameSync(path.join(outside, written), elsewhere);
    const planted = fs.readFileSync(elsewhere, 'utf8').replace(/"top":"[^"]+"/, `"top":${JSON.stringify(fs.realpathSync(dir))}`);
    fs.writeFileSync(elsewhere, planted);
    fs.symlinkSync(elsewhere, cacheFile());

    const read = await cachedReadHistory(dir, REQUEST, {}, { dir: cacheDir });
    assert.equal(read.cache, 'cold', 'the linked file was not used');
    assert.equal(read.ignored, 'a symbolic link');
    assert.equal(fs.readFileSync(elsewhere, 'utf8'), planted, 'the link target is untouched');
    assert.ok(!fs.lstatSync(cacheFile()).isSymbolicLink(), 'the link was replaced by a file');
    assert.equal((await cachedReadHistory(dir, REQUEST, {}, { dir: cacheDir })).cache, 'warm');
  });

  it('does not parse a cache file over the size cap, and rebuilds it', async () => {
    await cachedReadHistory(dir, REQUEST, {}, { dir: cacheDir });
    const fd = fs.openSync(cacheFile(), 'r+');
    fs.ftruncateSync(fd, MAX_CACHE_BYTES + 1);
    fs.closeSync(fd);
    const read = await cachedReadHistory(dir, REQUEST, {}, { dir: cacheDir });
    assert.equal(read.cache, 'cold');
    assert.equal(read.ignored, 'too large');
    assert.ok(fs.statSync(cacheFile()).size < MAX_CACHE_BYTES);
  });

  it('refuses a folder in the cache file place, and the read goes on', async () => {
    fs.mkdirSync(cacheFile());
    const read = await cachedReadHistory(dir, REQUEST, {}, { dir: cacheDir });
    assert.equal(read.ignored, 'not a regular file');
    assert.ok(read.unwritten, 'a folder is not replaced');
    assert.equal(read.data.commits.length, 1);
  });
});
