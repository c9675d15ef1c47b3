// commitFiles and fileAtRevision (src/git/commitFiles.ts): what Show Commit's diff editor reads,
// against real temporary repositories with fixed authors and dates.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commitFiles, fileAtRevision, parseCommitFiles } from '../../src/git/commitFiles';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { ALEX, HistoryRepo } from './historyRepos';

describe('git: the files of a commit, for the diff editor', function () {
  this.timeout(30_000);
  let dir: string;
  let repo: HistoryRepo;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-files-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('lists added, changed and deleted files with odd names, and reads both sides of each', async () => {
    repo.commit({ date: '2026-03-01T09:00:00Z', files: { 'src/app.ts': 'a\n', 'old.txt': 'gone\n' } });
    fs.rmSync(path.join(dir, 'old.txt'));
    const sha = repo.commit({
      author: ALEX,
      date: '2026-03-02T09:00:00Z',
      message: 'Extend the app',
      files: { 'src/app.ts': 'a\nb\n', 'docs/ñame with space.md': '# hi\n', '-dash.txt': 'x\n' },
    });
    const c = await commitFiles(dir, sha);
    assert.equal(c.sha, sha);
    assert.equal(c.subject, 'Extend the app');
    assert.deepEqual(
      c.files.map((f) => `${f.status} ${f.path}`).sort(),
      ['A -dash.txt', 'A docs/ñame with space.md', 'D old.txt', 'M src/app.ts'],
    );
    assert.equal(await fileAtRevision(dir, sha, false, 'src/app.ts'), 'a\nb\n');
    assert.equal(await fileAtRevision(dir, sha, true, 'src/app.ts'), 'a\n');
    assert.equal(await fileAtRevision(dir, sha, false, '-dash.txt'), 'x\n');
    assert.equal(await fileAtRevision(dir, sha, true, 'docs/ñame with space.md'), undefined);
    assert.equal(await fileAtRevision(dir, sha, false, 'old.txt'), undefined);
  });

  it('shows a root commit against nothing, and a merge against its first parent', async () => {
    const root = repo.commit({ date: '2026-03-01T09:00:00Z', files: { 'a.txt': 'a\n' } });
    const rootFiles = await commitFiles(dir, root);
    assert.deepEqual(rootFiles.files, [{ status: 'A', path: 'a.txt' }]);
    assert.equal(await fileAtRevision(dir, root, true, 'a.txt'), undefined);
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit({ date: '2026-03-02T09:00:00Z', files: { 'b.txt': 'b\n' } });
    repo.git('checkout', '-q', 'main');
    repo.commit({ date: '2026-03-03T09:00:00Z', files: { 'c.txt': 'c\n' } });
    const merge = repo.merge('side', '2026-03-04T09:00:00Z');
    const m = await commitFiles(dir, merge);
    assert.deepEqual(m.files, [{ status: 'A', path: 'b.txt' }]);
  });

  it('refuses an id that is not hexadecimal before git runs', async () => {
    await assert.rejects(commitFiles(dir, '--output=/tmp/x'), /not a commit id/);
    await assert.rejects(fileAtRevision(dir, 'HEAD', false, 'a.txt'), /not a commit id/);
  });

  it('parses the header and stops at anything that is not a status and a path', () => {
    const parsed = parseCommitFiles('abc123\0Subject line\0\0\nM\0a.txt\0A\0b c.txt\0');
    assert.deepEqual(parsed, {
      sha: 'abc123',
      subject: 'Subject line',
      files: [
        { status: 'M', path: 'a.txt' },
        { status: 'A', path: 'b c.txt' },
      ],
    });
  });
});
