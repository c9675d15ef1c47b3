// Matching the mentee's identities with accents and case folded, .mailmap, and the "also commits
// as" hints (authorArgs.ts, foldName.ts, readIdentityHints.ts through readHistory), on real
// temporary repositories with fixed authors and dates.
import * as assert from 'node:assert/strict';
import type { HistoryData } from '../../src/core/topics/historyData';
import { computeTopics } from '../../src/core/topics/computeTopics';
import { readHistory } from '../../src/git/readHistory';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv, write } from './gitTestEnv';
import { BO, HistoryRepo, type Person } from './historyRepos';

const RENE: Person = { name: 'René Lefèvre', email: 'rene@new.example' };
const RANGE = { since: '2026-03-01', until: '2026-03-31' };

function subjects(data: HistoryData): string[] {
  return data.commits.map((c) => c.subject);
}

describe('git: the mentee’s identity (accents, case, .mailmap, other addresses)', function () {
  this.timeout(60_000);
  let dir: string;
  let repo: HistoryRepo;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-identity-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('finds "René Lefèvre" by "rene lefevre", "RENÉ LEFÈVRE" and the unaccented spelling, and no one else', async () => {
    repo.commit({ author: RENE, date: '2026-03-02T09:00:00Z', message: 'Accented' });
    repo.commit({
      author: { name: 'Rene Lefevre', email: 'rl@laptop.example' },
      date: '2026-03-03T09:00:00Z',
      message: 'Plain',
    });
    repo.commit({
      author: { name: 'Renee Lefevre', email: 'renee@example.com' },
      date: '2026-03-04T09:00:00Z',
      message: 'Someone else',
    });
    repo.commit({
      author: { name: 'René Lefèvre-Smith', email: 'rls@example.com' },
      date: '2026-03-05T09:00:00Z',
      message: 'Longer name',
    });
    for (const id of ['rene lefevre', 'RENÉ LEFÈVRE', 'Rene  Lefevre']) {
      const data = await readHistory(dir, { authors: [id], ...RANGE });
      assert.deepEqual(subjects(data), ['Plain', 'Accented'], id);
    }
  });

  it('finds a decomposed (NFD) spelling and ligatures: "Søren Æbelø" by "soren aebelo"', async () => {
    repo.commit({
      author: { name: 'Søren Æbelø', email: 'soren@example.com' },
      date: '2026-03-02T09:00:00Z',
      message: 'Ligature',
    });
    repo.commit({
      author: { name: 'Jose\u0301 Nin\u0303o', email: 'jose@example.com' },
      date: '2026-03-03T09:00:00Z',
      message: 'Decomposed',
    });
    assert.deepEqual(subjects(await readHistory(dir, { authors: ['soren aebelo'], ...RANGE })), [
      'Ligature',
    ]);
    assert.deepEqual(subjects(await readHistory(dir, { authors: ['José Niño'], ...RANGE })), [
      'Decomposed',
    ]);
  });

  it('hints at other addresses the mentee’s name commits under, with counts, leaving out .mailmap-mapped ones and other people', async () => {
    write(dir, '.mailmap', 'René Lefèvre <rene@new.example> <rene@mapped.example>\n');
    for (let i = 0; i < 3; i++) {
      repo.commit({
        author: { name: 'Rene Lefevre', email: 'rene@old.example' },
        date: `2025-0${i + 1}-02T09:00:00Z`,
        message: `Old ${i}`,
      });
    }
    repo.commit({
      author: { name: 'René Lefèvre', email: 'rene@mapped.example' },
      date: '2025-06-02T09:00:00Z',
      message: 'Mapped',
    });
    repo.commit({
      author: { name: 'Renee Lefevre', email: 'renee@example.com' },
      date: '2025-07-02T09:00:00Z',
      message: 'Other person',
    });
    repo.commit({ author: BO, date: '2025-08-02T09:00:00Z', message: 'Bo' });
    repo.commit({ author: RENE, date: '2026-03-02T09:00:00Z', message: 'Current' });
    const data = await readHistory(dir, { authors: [RENE.email], ...RANGE });
    assert.deepEqual(subjects(data), ['Current']);
    assert.deepEqual(data.identityHints, [
      { name: 'Rene Lefevre', email: 'rene@old.example', commits: 3 },
    ]);
    // .mailmap: the mapped address reads as the current one, in the range and the earlier history.
    assert.equal(data.earlier.commits, 1);
  });

  it('gives no hint when the identities already name the mentee', async () => {
    repo.commit({
      author: { name: 'Rene Lefevre', email: 'rene@old.example' },
      date: '2025-01-02T09:00:00Z',
      message: 'Old',
    });
    repo.commit({ author: RENE, date: '2026-03-02T09:00:00Z', message: 'Current' });
    const data = await readHistory(dir, { authors: [RENE.email, 'rene lefevre'], ...RANGE });
    assert.deepEqual(data.identityHints, []);
    assert.equal(data.earlier.commits, 1);
  });

  it('counts the ground the name’s other address touched before the range as not new, and no commit of it', async () => {
    repo.commit({
      author: { name: 'René Lefèvre', email: 'rene@old.example' },
      date: '2025-01-02T09:00:00Z',
      message: 'Old parser work',
      files: { 'src/parser.rs': 'fn parse() {}\n' },
    });
    repo.commit({
      author: { name: 'Renee Lefevre', email: 'renee@example.com' },
      date: '2025-02-02T09:00:00Z',
      message: 'Another person',
      files: { 'docs/guide.md': '# Guide\n' },
    });
    repo.commit({
      author: RENE,
      date: '2026-03-02T09:00:00Z',
      message: 'Parser errors',
      files: { 'src/parser.rs': 'fn parse() -> Result<(), E> {}\n', 'src/error.rs': 'struct E;\n' },
    });
    const data = await readHistory(dir, { authors: [RENE.email], ...RANGE });
    assert.deepEqual(data.identityHints, [
      { name: 'René Lefèvre', email: 'rene@old.example', commits: 1 },
    ]);
    assert.deepEqual([...data.earlier.paths].sort(), ['src/parser.rs']);
    assert.equal(data.earlier.commits, 0, 'the other address’s commit is a hint, not theirs');
    const now = Date.parse('2026-04-01T00:00:00Z') / 1000;
    const facets = computeTopics(data, { now }).flatMap((t) => t.facets ?? []);
    assert.ok(!facets.some((f) => /First work in Rust/.test(f.text)), JSON.stringify(facets));
  });
});
