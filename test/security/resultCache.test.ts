// Kept rankings are read from a folder other processes could write to: a file is served only for
// exactly its key and text (checksum), never through a link, never over the size cap; a file that
// fails any check is a miss and the next write replaces it. The workflow checks the text's shape
// again before any of it reaches a view.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  MAX_RESULT_BYTES,
  readResult,
  resultCacheFile,
  writeResult,
} from '../../src/git/resultCache';
import { clearHistoryCache } from '../../src/git/historyCache';
import { topicsResultFrom, topicsResultText } from '../../src/workflows/topicsResultCache';
import type { SurfacedTopics } from '../../src/workflows/surfaceTopics';
import { removeDir, tempDir } from '../support/cli';

const KEY = JSON.stringify({ format: 1, repositories: [{ top: '/r', tip: 'a'.repeat(40) }] });
const OTHER = JSON.stringify({ format: 1, repositories: [{ top: '/r', tip: 'b'.repeat(40) }] });

const RESULT: SurfacedTopics = {
  data: {
    range: { since: '2026-03-01', until: '2026-03-31', toSha: 'a'.repeat(40) },
    commits: [],
    earlier: { paths: new Set(['src/a.ts']), commits: 3 },
    dependencyAdds: [],
    experts: [],
    docs: [],
    partial: false,
    notes: ['a note'],
  },
  topics: [
    {
      id: 'story:1',
      kind: 'story',
      title: '<b>Add rounding</b>',
      score: 4,
      evidence: { commits: ['a'.repeat(40)], files: ['billing/invoice.ts'] },
      question: 'What did you learn?',
    } as SurfacedTopics['topics'][number],
  ],
  basis: 'since 2026-03-01',
  authors: ['alex@example.com'],
  repository: '/r',
  repositories: [{ repository: 'r', top: '/r' }],
  missingRepositories: [],
};

describe('security: kept topic rankings', () => {
  let dir: string;
  let outside: string;

  beforeEach(() => {
    dir = tempDir('mj-sec-kept-');
    outside = tempDir('mj-sec-kept-outside-');
  });
  afterEach(() => {
    removeDir(dir);
    removeDir(outside);
  });

  const file = () => resultCacheFile(dir, KEY);

  it('serves a kept text for its own key only', () => {
    writeResult(dir, KEY, 'ranking one');
    assert.equal(readResult(dir, KEY), 'ranking one');
    assert.equal(readResult(dir, OTHER), undefined);
    // Another key's file moved into this key's place (foreign): its header names the other key.
    writeResult(dir, OTHER, 'ranking two');
    fs.copyFileSync(resultCacheFile(dir, OTHER), file());
    assert.equal(readResult(dir, KEY), undefined);
  });

  it('treats a damaged or truncated file as a miss, and the next write replaces it', () => {
    writeResult(dir, KEY, 'ranking one');
    const text = fs.readFileSync(file(), 'utf8');
    fs.writeFileSync(file(), text.replace('ranking one', 'ranking 0ne'));
    assert.equal(readResult(dir, KEY), undefined, 'changed text: the checksum differs');
    fs.writeFileSync(file(), text.slice(0, text.length - 3));
    assert.equal(readResult(dir, KEY), undefined, 'truncated');
    fs.writeFileSync(file(), text.slice(0, text.indexOf('\n') - 2));
    assert.equal(readResult(dir, KEY), undefined, 'a header cut short');
    fs.writeFileSync(file(), 'not a cache file at all');
    assert.equal(readResult(dir, KEY), undefined);
    writeResult(dir, KEY, 'ranking one');
    assert.equal(readResult(dir, KEY), 'ranking one');
  });

  it('neither reads nor writes through a link planted in a kept file place', () => {
    writeResult(outside, KEY, 'planted ranking');
    const planted = resultCacheFile(outside, KEY);
    const before = fs.readFileSync(planted, 'utf8');
    fs.symlinkSync(planted, file());
    assert.equal(readResult(dir, KEY), undefined, 'the link is not followed');
    writeResult(dir, KEY, 'own ranking');
    assert.equal(fs.readFileSync(planted, 'utf8'), before, 'the link target is untouched');
    assert.ok(!fs.lstatSync(file()).isSymbolicLink(), 'the link was replaced by a file');
    assert.equal(readResult(dir, KEY), 'own ranking');
  });

  it('does not read a file over the size cap, nor write one', () => {
    writeResult(dir, KEY, 'ranking one');
    const fd = fs.openSync(file(), 'r+');
    fs.ftruncateSync(fd, MAX_RESULT_BYTES + 1);
    fs.closeSync(fd);
    assert.equal(readResult(dir, KEY), undefined);
    fs.rmSync(file());
    writeResult(dir, KEY, 'x'.repeat(MAX_RESULT_BYTES + 1));
    assert.ok(!fs.existsSync(file()));
  });

  it('keeps at most 24 rankings, the most recently written, and clearing removes them', () => {
    for (let i = 0; i < 30; i++) {
      writeResult(dir, `key ${i}`, `ranking ${i}`);
      // mtimes apart, so "most recent" is well defined on coarse file systems too
      const at = new Date(Date.UTC(2026, 0, 1, 0, i));
      fs.utimesSync(resultCacheFile(dir, `key ${i}`), at, at);
    }
    writeResult(dir, 'key 30', 'ranking 30');
    const kept = fs.readdirSync(dir).filter((n) => n.startsWith('topics-'));
    assert.equal(kept.length, 24);
    assert.equal(readResult(dir, 'key 30'), 'ranking 30');
    assert.equal(readResult(dir, 'key 29'), 'ranking 29');
    assert.equal(readResult(dir, 'key 6'), undefined, 'among the oldest');
    fs.writeFileSync(path.join(dir, 'unrelated.txt'), 'mine');
    assert.equal(clearHistoryCache(dir), 24);
    assert.deepEqual(fs.readdirSync(dir), ['unrelated.txt']);
  });

  it('gives back a kept ranking as it was shown, and refuses text of another shape', () => {
    const back = topicsResultFrom(topicsResultText(RESULT));
    assert.ok(back);
    assert.deepEqual(back.topics, RESULT.topics);
    assert.equal(back.data.earlier.commits, 3);
    assert.ok(back.data.earlier.paths instanceof Set);
    assert.deepEqual(back.data.notes, ['a note']);
    for (const bad of [
      'null',
      '[]',
      '{"topics":[]}',
      JSON.stringify({ ...RESULT, topics: [{ id: 1 }] }),
      JSON.stringify({ ...RESULT, data: { ...RESULT.data, notes: [1] } }),
      JSON.stringify({ ...RESULT, basis: undefined }),
      // What the formatters iterate or read must have its shape: facets, question, expert, docs.
      JSON.stringify({ ...RESULT, topics: [{ ...RESULT.topics[0], facets: 'x' }] }),
      JSON.stringify({ ...RESULT, topics: [{ ...RESULT.topics[0], facets: [{ kind: 'tests' }] }] }),
      JSON.stringify({ ...RESULT, topics: [{ ...RESULT.topics[0], question: 7 }] }),
      JSON.stringify({ ...RESULT, topics: [{ ...RESULT.topics[0], expert: 'x' }] }),
      JSON.stringify({ ...RESULT, topics: [{ ...RESULT.topics[0], docs: [1] }] }),
      JSON.stringify({
        ...RESULT,
        topics: [{ ...RESULT.topics[0], evidence: { commits: [1], files: [] } }],
      }),
      '{"data":',
    ])
      assert.equal(topicsResultFrom(bad), undefined, bad);
  });
});
