// The history cache on real temporary repositories: what a second read reuses, what it reads
// again, and cache files that must not be trusted. Reads are counted by the range commits git
// handed to the parser (readHistory's onProgress), never timed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  cachedReadHistory,
  clearHistoryCache,
  historyCacheFile,
  loadCacheFile,
  type CachedRead,
} from '../../src/git/historyCache';
import { HISTORY_CACHE_VERSION } from '../../src/core/topics/historyCacheSchema';
import type { HistoryData } from '../../src/core/topics/historyData';
import type { HistoryFocus } from '../../src/core/topics/historyFocus';
import type { HistoryRequest } from '../../src/git/readHistory';
import { readHistory } from '../../src/git/readHistory';
import { removeDir, tempDir } from '../support/cli';
import { BO, focusOnAll, HistoryRepo, runGitIn } from './historyRepos';

const REQUEST: HistoryRequest = {
  authors: ['alex@example.com'],
  since: '2026-03-01',
  until: '2026-03-31',
  focus: focusOnAll,
};

describe('git: history cache', function () {
  this.timeout(30_000);
  let dir: string;
  let cacheDir: string;
  let repo: HistoryRepo;

  beforeEach(() => {
    dir = tempDir('mj-cache-repo-');
    cacheDir = tempDir('mj-cache-');
    repo = HistoryRepo.init(dir);
    repo.commit({ date: '2026-02-10T10:00:00Z', files: { 'src/old.ts': 'a\n' } });
    repo.commit({ author: BO, date: '2026-02-20T10:00:00Z', files: { 'db/x.sql': 'x\n' } });
    for (let i = 1; i <= 4; i++) {
      repo.commit({
        date: `2026-03-0${i}T10:00:00Z`,
        message: `Work ${i}`,
        files: { [`db/m${i}.sql`]: `${i}\n`, ...(i === 2 ? { 'package.json': '{"dependencies":{"zod":"4"}}\n' } : {}) },
      });
    }
  });
  afterEach(() => {
    removeDir(dir);
    removeDir(cacheDir);
  });

  /** A read through the cache, with the number of range commits git was asked to give. */
  async function read(): Promise<CachedRead & { parsed: number }> {
    let parsed = 0;
    const r = await cachedReadHistory(
      dir,
      REQUEST,
      { onProgress: (n) => (parsed = n) },
      { dir: cacheDir, identity: 'github.com/acme/api' },
    );
    return { ...r, parsed };
  }

  const file = () => historyCacheFile(cacheDir, fs.realpathSync(dir), 'github.com/acme/api');

  /** The data a read without the cache gives, as JSON (sets as sorted lists). */
  async function uncached(): Promise<string> {
    return comparable(await readHistory(dir, REQUEST));
  }

  it('serves a second read of the same mentee and range from the cache, git giving no commits', async () => {
    const cold = await read();
    assert.equal(cold.cache, 'cold');
    assert.equal(cold.parsed, 4);
    assert.equal(cold.ignored, 'missing');
    const warm = await read();
    assert.equal(warm.cache, 'warm');
    assert.equal(warm.parsed, 0);
    assert.equal(comparable(warm.data), comparable(cold.data));
    assert.equal(comparable(warm.data), await uncached());
    assert.deepEqual(
      warm.data.dependencyAdds.map((d) => d.name),
      ['zod'],
    );
  });

  it('runs no history log at all on a warm read: others’ work, hints and docs come from the file', async () => {
    const target = runGitIn(dir, ['rev-parse', 'HEAD']).trim();
    repo.commit({
      author: BO,
      date: '2026-03-10T10:00:00Z',
      message: `Fix the last migration\n\nFixes: ${target.slice(0, 12)}`,
      files: { 'db/m4.sql': 'fixed\n', 'README.md': '# Migrations\n' },
    });
    const cold = await read();
    assert.equal(cold.data.followUps?.length, 1);
    assert.ok(cold.data.fileActivity?.some((a) => a.path === 'db/m4.sql'));
    assert.ok(cold.data.docInfo?.some((d) => d.path === 'README.md'));
    const trace = path.join(cacheDir, 'trace.json');
    process.env.GIT_TRACE2_EVENT = trace;
    let warm: Awaited<ReturnType<typeof read>>;
    try {
      warm = await read();
    } finally {
      delete process.env.GIT_TRACE2_EVENT;
    }
    assert.equal(warm.cache, 'warm');
    assert.equal(comparable(warm.data), comparable(cold.data));
    const commands = fs
      .readFileSync(trace, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"event":"start"'))
      .map((line) => (JSON.parse(line) as { argv: string[] }).argv.filter((a) => !a.includes('=')));
    // Resolving the range lists the tip's top folder (`ls-tree --name-only`, no -r), in place of
    // the `config --blob` of .gitmodules it replaced: one tree object, no history.
    const topFolder = (argv: string[]) => argv.includes('ls-tree') && argv.includes('--name-only') && !argv.includes('-r');
    const reads = commands.filter(
      (argv) => ['log', 'ls-tree', 'cat-file'].some((v) => argv.includes(v)) && !topFolder(argv),
    );
    assert.deepEqual(reads, []);
    assert.equal(commands.filter(topFolder).length, 1);
    assert.ok(commands.length > 0, 'the trace saw the range being resolved');
  });

  it('on a warm read whose ranking asks for another story, reads only that story’s files and gives what a cold read gives', async () => {
    repo.commit({ author: BO, date: '2026-03-10T10:00:00Z', files: { 'db/m1.sql': 'b\n' } });
    const viaCache = (focus: HistoryRequest['focus']) =>
      cachedReadHistory(
        dir,
        { ...REQUEST, focus },
        {},
        { dir: cacheDir, identity: 'github.com/acme/api' },
      );
    const m4 = (data: HistoryData): HistoryFocus => ({
      paths: ['db/m4.sql'],
      commits: data.commits.filter((c) => c.subject === 'Work 4').map((c) => c.sha),
    });
    const cold = await viaCache(m4);
    assert.equal(cold.cache, 'cold');
    assert.deepEqual(cold.data.fileActivity, []);
    const trace = path.join(cacheDir, 'trace.json');
    process.env.GIT_TRACE2_EVENT = trace;
    let warm: CachedRead;
    try {
      warm = await viaCache(focusOnAll);
    } finally {
      delete process.env.GIT_TRACE2_EVENT;
    }
    assert.equal(warm.cache, 'warm');
    const logs = fs
      .readFileSync(trace, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"event":"start"'))
      .map((line) => (JSON.parse(line) as { argv: string[] }).argv)
      // A --no-walk log shows named commits (a candidate's patch), it walks no history.
      .filter((argv) => argv.includes('log') && !argv.includes('--no-walk=unsorted'));
    // One log limited to the files m4's read did not cover, and none of the whole history.
    assert.equal(logs.length, 1, JSON.stringify(logs));
    const pathspec = logs[0].slice(logs[0].indexOf('--') + 1);
    assert.ok(!pathspec.includes('db/m4.sql') && pathspec.includes('db/m1.sql'), pathspec.join(' '));
    const fresh = await readHistory(dir, { ...REQUEST, focus: focusOnAll });
    const activity = (data: HistoryData) =>
      (data.fileActivity ?? []).map((a) => `${a.path} ${a.email} ${a.commits}`).sort();
    assert.deepEqual(activity(warm.data), activity(fresh));
    assert.deepEqual(activity(warm.data), ['db/m1.sql bo@example.com 1']);
  });

  it('reads only the commits after the cached tip, and merges them', async () => {
    await read();
    repo.commit({ date: '2026-03-20T10:00:00Z', files: { 'db/m5.sql': '5\n' } });
    repo.commit({ author: BO, date: '2026-03-21T10:00:00Z', files: { 'db/other.sql': 'o\n' } });
    repo.commit({ date: '2026-03-22T10:00:00Z', files: { 'api/new.ts': 'n\n' } });
    const next = await read();
    assert.equal(next.cache, 'extended');
    assert.equal(next.parsed, 2, 'the two new commits of the mentee, no more');
    assert.equal(next.data.commits.length, 6);
    assert.equal(comparable(next.data), await uncached());
  });

  it('reads everything again after a rebase rewrote the cached tip', async () => {
    await read();
    runGitIn(dir, ['reset', '-q', '--hard', 'HEAD~2']);
    repo.commit({ date: '2026-03-05T10:00:00Z', files: { 'db/rewritten.sql': 'r\n' } });
    const after = await read();
    assert.equal(after.cache, 'cold');
    assert.equal(after.parsed, 3, 'the whole range again: two kept commits and the new one');
    assert.equal(comparable(after.data), await uncached());
  });

  for (const [name, damage] of [
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['corrupt', (text: string) => text.replace(/"sha":"[0-9a-f]+"/, '"sha":"not-hex"')],
    ['of an older version', (text: string) => text.replace(`"version":${HISTORY_CACHE_VERSION}`, `"version":${HISTORY_CACHE_VERSION - 1}`)],
    ['of a future version', (text: string) => text.replace(`"version":${HISTORY_CACHE_VERSION}`, '"version":99')],
    ['written with other commit fields', (text: string) => text.replace('"fields":"', '"fields":"x')],
    ['foreign (another repository)', (text: string) => text.replace(/"top":"[^"]+"/, '"top":"/elsewhere"')],
    ['holding a commit the history does not have', (text: string) => addMissingEntry(text)],
  ] as const) {
    it(`ignores a cache file ${name} and rebuilds it`, async () => {
      await read();
      fs.writeFileSync(file(), damage(fs.readFileSync(file(), 'utf8')));
      const again = await read();
      assert.equal(again.cache, 'cold');
      assert.equal(again.parsed, 4);
      assert.ok(again.ignored && again.ignored !== 'missing', again.ignored);
      assert.equal(comparable(again.data), await uncached());
      assert.ok(loadCacheFile(file(), { top: fs.realpathSync(dir), identity: 'github.com/acme/api' }).ok);
    });
  }

  it('keeps one file per repository and identity, outside the work tree, and clears them all', async () => {
    await read();
    assert.ok(!fs.realpathSync(file()).startsWith(fs.realpathSync(dir)));
    const other = await cachedReadHistory(dir, REQUEST, {}, { dir: cacheDir });
    assert.equal(other.cache, 'cold', 'another identity is another file');
    fs.writeFileSync(path.join(cacheDir, 'keep-me.txt'), 'not ours');
    assert.equal(clearHistoryCache(cacheDir), 2);
    assert.deepEqual(fs.readdirSync(cacheDir), ['keep-me.txt']);
    assert.equal((await read()).cache, 'cold');
  });
});

/** A cache file's text with an entry naming a commit the file does not hold. */
function addMissingEntry(text: string): string {
  const json = JSON.parse(text) as { entries: { shas: string[] }[] };
  json.entries[0].shas.push('f'.repeat(40));
  return JSON.stringify(json);
}

/** HistoryData as JSON that compares equal for equal data (earlier paths and keys sorted). */
function comparable(data: { earlier: { paths: ReadonlySet<string> } }): string {
  const plain = { ...data, earlier: { ...data.earlier, paths: [...data.earlier.paths].sort() } };
  return JSON.stringify(plain, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}
