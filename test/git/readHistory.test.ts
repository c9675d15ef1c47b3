// The history read (src/git/readHistory.ts, streamGit.ts) against real temporary repositories
// with fixed authors and dates (historyRepos.ts). The experts, docs and dependency scenarios also
// exercise the core's newAreaDirs, isDocFile, isManifest and addedDependencies.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HistoryData } from '../../src/core/topics/historyData';
import { GitError } from '../../src/git/gitError';
import { readHistory, type HistoryRequest } from '../../src/git/readHistory';
import { streamGit } from '../../src/git/streamGit';
import { isolatedGitEnv, removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv, write } from './gitTestEnv';
import {
  ALEX,
  BO,
  CY,
  fastImportCommits,
  focusOnAll,
  HistoryRepo,
  runGitIn,
  type Person,
} from './historyRepos';

const DEE: Person = { name: 'Dee Quinn', email: 'dee@example.com' };
const MARCH: Pick<HistoryRequest, 'since' | 'until'> = { since: '2026-03-01', until: '2026-03-31' };

/** Asserts that `promise` rejects with a GitError of `kind`; returns the error. */
async function rejectsWith(promise: Promise<unknown>, kind: string): Promise<GitError> {
  let caught: unknown;
  await assert.rejects(promise, (e: unknown) => {
    caught = e;
    return true;
  });
  assert.ok(caught instanceof GitError, `expected a GitError, got ${String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  return caught;
}

/** The git processes that are children of this test process. */
function gitChildren(): string[] {
  const r = spawnSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], {
    encoding: 'utf8',
  });
  return r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /\bgit\b/.test(l));
}

function subjects(data: HistoryData): string[] {
  return data.commits.map((c) => c.subject);
}

describe('git: reading the history for learning topics', function () {
  this.timeout(60_000);
  let dir: string;
  let repo: HistoryRepo;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-history-');
    restoreEnv = isolateProcessEnv(dir);
    repo = HistoryRepo.init(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  const alexAt = (date: string, message: string, files?: Record<string, string | null>) =>
    repo.commit({ author: ALEX, date, message, files });
  const by = (author: Person, date: string, message: string, files?: Record<string, string>) =>
    repo.commit({ author, date, message, files });

  it("reads the mentee's commits in the range, newest first, with their files and lines", async () => {
    const first = alexAt('2026-03-02T09:00:00Z', 'Add app\n\nWhy it exists.\n', {
      'src/app.ts': 'a\nb\n',
    });
    const bo = by(BO, '2026-03-03T09:00:00Z', 'Bo edits', { 'src/app.ts': 'a\nB\n' });
    const second = alexAt('2026-03-04T09:00:00Z', 'Extend app', {
      'src/app.ts': 'a\nB\nc\nd\n',
      'logo.bin': '\0\x01\x02',
    });
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(data.range, {
      since: '2026-03-01',
      until: '2026-03-31',
      fromSha: undefined,
      toSha: second,
    });
    assert.deepEqual(subjects(data), ['Extend app', 'Add app']);
    const [newest, oldest] = data.commits;
    assert.equal(newest.sha, second);
    assert.deepEqual(newest.parents, [bo]);
    assert.equal(newest.date, '2026-03-04');
    assert.equal(newest.time, Date.UTC(2026, 2, 4, 9) / 1000);
    assert.deepEqual(newest.files, [
      { path: 'logo.bin', added: 0, deleted: 0, binary: true },
      { path: 'src/app.ts', added: 2, deleted: 0, binary: false },
    ]);
    assert.equal(oldest.sha, first);
    assert.deepEqual(oldest.parents, []);
    assert.equal(oldest.body, 'Why it exists.');
    assert.deepEqual(oldest.files, [{ path: 'src/app.ts', added: 2, deleted: 0, binary: false }]);
    assert.deepEqual(data.earlier, { paths: new Set(), commits: 0 });
    assert.equal(data.partial, false);
    assert.deepEqual(data.notes, []);
  });

  it('counts an old email that .mailmap maps to the mentee, but not authors whose identity only contains it', async () => {
    write(dir, '.mailmap', 'Alex Rivera <alex@example.com> <alex@old.example>\n');
    repo.commit({
      author: { name: 'alex', email: 'alex@old.example' },
      date: '2026-03-02T09:00:00Z',
      message: 'Old laptop',
    });
    by({ name: 'Malex', email: 'malex@example.com' }, '2026-03-03T09:00:00Z', 'Substring email');
    by({ name: 'Al', email: 'alex@example.com.au' }, '2026-03-04T09:00:00Z', 'Longer email');
    by({ name: 'Alex Rivera Jr', email: 'jr@example.com' }, '2026-03-05T09:00:00Z', 'Longer name');
    alexAt('2026-03-06T09:00:00Z', 'Current laptop');
    const byEmail = await readHistory(dir, { authors: ['ALEX@example.com'], ...MARCH });
    assert.deepEqual(subjects(byEmail), ['Current laptop', 'Old laptop']);
    assert.deepEqual(
      byEmail.commits.map((c) => `${c.authorName} <${c.authorEmail}>`),
      ['Alex Rivera <alex@example.com>', 'Alex Rivera <alex@example.com>'],
    );
    const byName = await readHistory(dir, { authors: ['alex rivera'], ...MARCH });
    assert.deepEqual(subjects(byName), ['Current laptop', 'Old laptop']);
  });

  it('reads Co-authored-by and Mentoring-Goal trailers, keeping only goal ids', async () => {
    alexAt(
      '2026-03-02T09:00:00Z',
      'Pair on billing\n\nWe paired.\n\nCo-authored-by: Bo Lind <bo@example.com>\n' +
        'Co-authored-by: Cy Park <cy@example.com>\nMentoring-Goal: G2\nMentoring-Goal: the big one\n',
    );
    const [c] = (await readHistory(dir, { authors: [ALEX.email], ...MARCH })).commits;
    assert.deepEqual(c.coAuthors, ['Bo Lind <bo@example.com>', 'Cy Park <cy@example.com>']);
    assert.deepEqual(c.goalRefs, ['G2']);
  });

  it('leaves merges out unless asked for them', async () => {
    alexAt('2026-03-02T09:00:00Z', 'Base', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '-b', 'side');
    alexAt('2026-03-03T09:00:00Z', 'On side', { 'b.txt': 'b\n' });
    repo.git('checkout', '-q', 'main');
    alexAt('2026-03-04T09:00:00Z', 'On main', { 'c.txt': 'c\n' });
    repo.merge('side', '2026-03-05T09:00:00Z');
    const plain = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(subjects(plain).sort(), ['Base', 'On main', 'On side']);
    const withMerges = await readHistory(dir, {
      authors: [ALEX.email],
      ...MARCH,
      includeMerges: true,
    });
    const merge = withMerges.commits.find((c) => c.parents.length === 2);
    assert.ok(merge);
    assert.match(merge.subject, /^Merge branch 'side'/);
    assert.deepEqual(merge.files, []);
  });

  it("reads since the last session's HEAD when it is an ancestor, and the paths touched up to it", async () => {
    alexAt('2026-03-01T09:00:00Z', 'One', { 'old/a.txt': 'a\n' });
    by(BO, '2026-03-01T10:00:00Z', 'Bo', { 'bo/only.txt': 'b\n' });
    const sessionHead = alexAt('2026-03-02T09:00:00Z', 'Two', { 'old/b.txt': 'b\n' });
    alexAt('2026-03-03T09:00:00Z', 'Three', { 'new/c.txt': 'c\n' });
    const head = alexAt('2026-03-04T09:00:00Z', 'Four', { 'new/d.txt': 'd\n' });
    const data = await readHistory(dir, {
      authors: [ALEX.email],
      sinceHead: sessionHead.slice(0, 10),
      since: '2026-03-01',
      until: '2026-03-31',
    });
    assert.deepEqual(subjects(data), ['Four', 'Three']);
    assert.equal(data.range.fromSha, sessionHead);
    assert.equal(data.range.toSha, head);
    assert.deepEqual(data.earlier, { paths: new Set(['old/a.txt', 'old/b.txt']), commits: 2 });
  });

  it("falls back to the date when the last session's HEAD was rebased away or is unknown", async () => {
    alexAt('2026-02-20T09:00:00Z', 'Before', { 'before.txt': 'x\n' });
    const base = alexAt('2026-03-02T09:00:00Z', 'Two', { 'a.txt': 'a\n' });
    const lost = alexAt('2026-03-03T09:00:00Z', 'Three', { 'b.txt': 'b\n' });
    repo.git('reset', '-q', '--hard', base);
    alexAt('2026-03-04T09:00:00Z', 'Three again', { 'b.txt': 'B\n' });
    for (const sinceHead of [lost, 'abcdef0123456789']) {
      const data = await readHistory(dir, { authors: [ALEX.email], sinceHead, ...MARCH });
      assert.deepEqual(subjects(data), ['Three again', 'Two']);
      assert.equal(data.range.fromSha, undefined);
      assert.equal(data.notes.length, 1);
      assert.match(data.notes[0], /reading since 2026-03-01 instead/);
      assert.deepEqual(data.earlier, { paths: new Set(['before.txt']), commits: 1 });
    }
  });

  it('includes the first and last second of the range in UTC and nothing outside it', async () => {
    alexAt('2026-02-28T23:59:59Z', 'Last second before', { 'a.txt': '1\n' });
    alexAt('2026-03-01T00:00:00Z', 'First second', { 'a.txt': '2\n' });
    alexAt('2026-04-01T01:59:59+02:00', 'Last second, written in +02:00', { 'b.txt': '3\n' });
    alexAt('2026-04-01T00:00:00Z', 'First second after', { 'c.txt': '4\n' });
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(subjects(data), ['Last second, written in +02:00', 'First second']);
    assert.equal(data.commits[0].date, '2026-03-31');
    assert.deepEqual(data.earlier, { paths: new Set(['a.txt']), commits: 1 });
  });

  it('reads hostile messages as plain text: HTML kept, control characters replaced, 1 MB body cut', async () => {
    alexAt(
      '2026-03-02T09:00:00Z',
      `<img src=x onerror=alert(1)> \x1b[31mred\x07\x1f\x1e\n\n${'<b>x</b>\x1b'.repeat(120_000)}\n`,
    );
    const [c] = (await readHistory(dir, { authors: [ALEX.email], ...MARCH })).commits;
    assert.equal(c.subject, '<img src=x onerror=alert(1)> \uFFFD[31mred\uFFFD\uFFFD\uFFFD');
    assert.equal(c.body.length, 4096);
    assert.ok(c.body.startsWith('<b>x</b>\uFFFD<b>x</b>\uFFFD'));
    assert.ok(c.body.endsWith('…'));
  });

  it('reads file names with spaces, Unicode, quotes, newlines and leading dashes, never as options', async () => {
    const names = [
      'with space.txt',
      'ünï/日本語.md',
      `q"uote's.txt`,
      'line\nbreak.txt',
      '--output=hacked',
      '-rf',
      'dir/--help',
      ':(glob)*',
    ];
    alexAt('2026-02-20T09:00:00Z', 'Earlier', Object.fromEntries(names.map((n) => [n, 'a\n'])));
    alexAt('2026-03-02T09:00:00Z', 'In range', Object.fromEntries(names.map((n) => [n, 'b\n'])));
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(data.commits[0].files.map((f) => f.path).sort(), [...names].sort());
    assert.deepEqual([...data.earlier.paths].sort(), [...names].sort());
    assert.equal(fs.existsSync(path.join(dir, 'hacked')), false);
    assert.deepEqual(
      fs.readdirSync(dir).sort(),
      ['.git', ...names.map((n) => n.split('/')[0])].sort(),
    );
  });

  describe('a hostile repository config', () => {
    let marker: string;
    beforeEach(() => {
      marker = path.join(dir, '..', `${path.basename(dir)}-ran`);
      const script = (name: string) => {
        const file = path.join(dir, '.git', `evil-${name}.sh`);
        fs.writeFileSync(file, `#!/bin/sh\necho ${name} >> '${marker}'\nexit 1\n`, {
          mode: 0o755,
        });
        return file;
      };
      alexAt('2026-02-20T09:00:00Z', 'Before', { 'package.json': '{\n  "dependencies": {}\n}\n' });
      alexAt('2026-03-02T09:00:00Z', 'Add a dependency', {
        'package.json': '{\n  "dependencies": {\n    "left-pad": "^1.0.0"\n  }\n}\n',
        '.gitattributes': '* diff=evil\n',
        'README.md': '# Hi\n',
      });
      signHead();
      repo.git('config', 'core.fsmonitor', script('fsmonitor'));
      repo.git('config', 'diff.external', script('external'));
      repo.git('config', 'diff.evil.textconv', script('textconv'));
      repo.git('config', 'core.pager', script('pager'));
      repo.git('config', 'pager.log', script('pager'));
      repo.git('config', 'log.showSignature', 'true');
      repo.git('config', 'gpg.program', script('gpg'));
    });
    afterEach(() => fs.rmSync(marker, { force: true }));

    /** Replaces HEAD with the same commit carrying a (fake) signature, so git would verify it. */
    function signHead(): void {
      const text = repo.git('cat-file', 'commit', 'HEAD');
      const cut = text.indexOf('\n\n');
      const signed =
        `${text.slice(0, cut)}\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAd\n` +
        ` -----END PGP SIGNATURE-----${text.slice(cut)}`;
      const sha = runGitIn(dir, ['hash-object', '-t', 'commit', '-w', '--stdin'], {
        input: signed,
      }).trim();
      repo.git('update-ref', 'refs/heads/main', sha);
    }

    const ran = () => (fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').split('\n') : []);

    it('runs none of its programs, while plain git runs each of them', async () => {
      const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
      assert.deepEqual(subjects(data), ['Add a dependency']);
      assert.deepEqual(
        data.commits[0].files.find((f) => f.path === 'package.json'),
        {
          path: 'package.json',
          added: 3,
          deleted: 1,
          binary: false,
        },
      );
      // Read from the manifest's patch, so the diff machinery ran too.
      assert.deepEqual(
        data.dependencyAdds.map((d) => d.name),
        ['left-pad'],
      );
      assert.deepEqual(ran(), [], 'our reads ran a configured program');

      // The same repository makes plain git run them: the check above can fail.
      const plain = (...args: string[]) =>
        spawnSync('git', args, { cwd: dir, env: isolatedGitEnv(dir) });
      plain('log', '-1', '--format=%H');
      plain('-c', 'log.showSignature=false', 'log', '-p', '-1', '--no-ext-diff');
      plain('-c', 'log.showSignature=false', 'log', '-p', '-1', '--ext-diff');
      plain('status');
      assert.deepEqual([...new Set(ran())].filter((l) => l !== '').sort(), [
        'external',
        'fsmonitor',
        'gpg',
        'textconv',
      ]);
    });
  });

  describe('ordinary settings that change what git prints', () => {
    it('reads messages and names as UTF-8 whatever i18n.logOutputEncoding says', async () => {
      const jose = { name: 'José Núñez', email: 'jose@example.com' };
      alexAt('2026-03-01T09:00:00Z', 'Start', { 'README.md': 'x\n' });
      repo.git('checkout', '-q', '-b', 'café');
      repo.commit({
        author: jose,
        date: '2026-03-02T09:00:00Z',
        message: 'Añadir el café ☕\n\nPor qué: «rápido».\n',
        files: { 'src/café.ts': 'a\n' },
      });
      repo.git('checkout', '-q', 'main');
      // The merge line and the merged tips' authors are read too.
      repo.merge('café', '2026-03-03T09:00:00Z', jose, 'Merge «café» de José');
      const read = () => readHistory(dir, { authors: [jose.email], ...MARCH });
      const plainRead = await read();
      assert.deepEqual(subjects(plainRead), ['Añadir el café ☕']);
      assert.equal(plainRead.ownMerges?.[0]?.subject, 'Merge «café» de José');
      for (const encoding of ['ISO-8859-1', 'UTF-16']) {
        repo.git('config', 'i18n.logOutputEncoding', encoding);
        const data = await read();
        assert.deepEqual(data.commits, plainRead.commits, encoding);
        assert.deepEqual(data.ownMerges, plainRead.ownMerges, encoding);
      }
    });

    it('counts lines with git’s default diff whatever diff.algorithm says', async () => {
      // Two versions that myers and histogram count differently (5/3 against 6/4).
      alexAt('2026-03-02T09:00:00Z', 'Letters', { 'letters.txt': 'y\nb\nc\na\nc\ny\nb\n' });
      alexAt('2026-03-03T09:00:00Z', 'Reorder', {
        'letters.txt': 'c\ny\ny\ny\na\nb\ny\nc\nc\n',
      });
      const counts = (data: HistoryData) =>
        data.commits.map((c) => c.files.map((f) => `${f.added}/${f.deleted}`).join());
      assert.deepEqual(counts(await readHistory(dir, { authors: [ALEX.email], ...MARCH })), [
        '5/3',
        '7/0',
      ]);
      repo.git('config', 'diff.algorithm', 'histogram');
      assert.deepEqual(counts(await readHistory(dir, { authors: [ALEX.email], ...MARCH })), [
        '5/3',
        '7/0',
      ]);
    });
  });

  it('says a folder outside any repository is not one', async () => {
    const plain = tempDir('mj-plain-');
    try {
      await rejectsWith(readHistory(plain, { authors: [ALEX.email] }), 'not-a-repo');
    } finally {
      removeDir(plain);
    }
  });

  it('says git is missing when it is not on PATH', async () => {
    alexAt('2026-03-02T09:00:00Z', 'One');
    const empty = path.join(dir, '.git', 'empty-bin');
    fs.mkdirSync(empty);
    const saved = process.env.PATH;
    process.env.PATH = empty;
    try {
      await rejectsWith(readHistory(dir, { authors: [ALEX.email] }), 'git-missing');
    } finally {
      process.env.PATH = saved;
    }
    const streamed = streamGit({
      cwd: dir,
      args: ['log'],
      onStdout: () => undefined,
      env: { ...process.env, PATH: empty },
    });
    const e = await rejectsWith(streamed, 'git-missing');
    assert.match(e.message, /install git/);
  });

  it('gives no commits and a note for an empty repository', async () => {
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(data.commits, []);
    assert.equal(data.range.toSha, undefined);
    assert.match(data.notes.join('\n'), /no commits yet/);
  });

  it('reads a shallow clone and marks the result partial', async () => {
    for (const d of [1, 2, 3, 4]) alexAt(`2026-03-0${d}T09:00:00Z`, `C${d}`, { [`f${d}`]: 'x\n' });
    const clone = tempDir('mj-shallow-');
    try {
      runGitIn(clone, ['clone', '-q', '--depth', '2', `file://${dir}`, '.']);
      const data = await readHistory(clone, { authors: [ALEX.email], ...MARCH });
      assert.equal(data.partial, true);
      assert.deepEqual(subjects(data), ['C4', 'C3']);
      assert.match(data.notes.join('\n'), /shallow clone/);
    } finally {
      removeDir(clone);
    }
  });

  it('reads from a detached HEAD, with a note', async () => {
    const one = alexAt('2026-03-02T09:00:00Z', 'One', { 'a.txt': 'a\n' });
    alexAt('2026-03-03T09:00:00Z', 'Two', { 'a.txt': 'b\n' });
    repo.git('checkout', '-q', '--detach', one);
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(subjects(data), ['One']);
    assert.match(data.notes.join('\n'), /HEAD is detached/);
  });

  it('reads the repository but not its submodule, with a note', async () => {
    const lib = tempDir('mj-lib-');
    try {
      HistoryRepo.init(lib).commit({ date: '2026-03-01T09:00:00Z', files: { 'x.txt': 'x\n' } });
      alexAt('2026-03-02T09:00:00Z', 'Start', { 'a.txt': 'a\n' });
      runGitIn(dir, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib, 'lib']);
      alexAt('2026-03-03T09:00:00Z', 'Add lib');
      const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
      assert.deepEqual(subjects(data), ['Add lib', 'Start']);
      assert.deepEqual(data.commits[0].files.map((f) => f.path).sort(), ['.gitmodules', 'lib']);
      assert.match(data.notes.join('\n'), /1 submodule is not mined/);
    } finally {
      removeDir(lib);
    }
  });

  it('gives no commits and a note for a range without any', async () => {
    alexAt('2026-02-02T09:00:00Z', 'February', { 'a.txt': 'a\n' });
    by(BO, '2026-03-02T09:00:00Z', 'Bo in March', { 'b.txt': 'b\n' });
    const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
    assert.deepEqual(data.commits, []);
    assert.deepEqual(data.earlier, { paths: new Set(['a.txt']), commits: 1 });
    assert.deepEqual(data.notes, ['No commits by these authors in the range.']);
  });

  it('reports progress about every 200 commits and at the end', async () => {
    fastImportCommits(dir, 2000);
    const seen: number[] = [];
    const data = await readHistory(
      dir,
      { authors: [ALEX.email] },
      { onProgress: (n) => seen.push(n) },
    );
    assert.equal(data.commits.length, 2000);
    assert.ok(seen.length >= 2, `progress ${seen.join(', ')}`);
    assert.equal(seen.at(-1), 2000);
    // Reported as output arrives: at least 200 commits apart, except the final count.
    for (let i = 1; i < seen.length - 1; i++) assert.ok(seen[i] - seen[i - 1] >= 200);
  });

  it('stops every git process and rejects as cancelled when aborted', async () => {
    fastImportCommits(dir, 5000);
    const controller = new AbortController();
    let abortedAt = 0;
    const started = Date.now();
    const reading = readHistory(
      dir,
      { authors: [ALEX.email] },
      {
        signal: controller.signal,
        onProgress: () => {
          if (abortedAt) return;
          abortedAt = Date.now();
          controller.abort();
        },
      },
    );
    await rejectsWith(reading, 'cancelled');
    assert.ok(abortedAt > 0, 'no progress before the end');
    assert.ok(Date.now() - abortedAt < 2000, `rejected ${Date.now() - abortedAt} ms after abort`);
    assert.deepEqual(gitChildren(), []);
    assert.ok(Date.now() - started < 20_000);
    await rejectsWith(
      readHistory(dir, { authors: [ALEX.email] }, { signal: AbortSignal.abort() }),
      'cancelled',
    );
  });

  it('streamGit: stops git on abort, on a time limit and when the reader throws; the child is gone each time', async () => {
    fastImportCommits(dir, 3000);
    const args = ['log', '-p', '--no-ext-diff', '--no-textconv'];
    const controller = new AbortController();
    let chunks = 0;
    await rejectsWith(
      streamGit({
        cwd: dir,
        args,
        signal: controller.signal,
        onStdout: () => {
          chunks++;
          controller.abort();
        },
      }),
      'cancelled',
    );
    assert.ok(chunks >= 1);
    assert.deepEqual(gitChildren(), []);
    await rejectsWith(
      streamGit({ cwd: dir, args, timeoutMs: 1, onStdout: () => undefined }),
      'timed-out',
    );
    assert.deepEqual(gitChildren(), []);
    await assert.rejects(
      streamGit({
        cwd: dir,
        args,
        onStdout: () => {
          throw new Error('parser says no');
        },
      }),
      /parser says no/,
    );
    assert.deepEqual(gitChildren(), []);
  });

  it("streamGit: a failing git command rejects with git's message", async () => {
    alexAt('2026-03-02T09:00:00Z', 'One');
    const e = await rejectsWith(
      streamGit({
        cwd: dir,
        args: ['log', '--end-of-options', 'no-such-rev', '--'],
        onStdout: () => undefined,
      }),
      'failed',
    );
    assert.match(e.message, /no-such-rev/);
  });

  it('streamGit: says a missing folder, or a file, is not a repository rather than git missing', async () => {
    const missing = path.join(dir, 'gone');
    const gone = await rejectsWith(
      streamGit({ cwd: missing, args: ['log'], onStdout: () => undefined }),
      'not-a-repo',
    );
    assert.equal(gone.message, `${missing} does not exist.`);
    write(dir, 'file.txt', 'x\n');
    const file = await rejectsWith(
      streamGit({ cwd: path.join(dir, 'file.txt'), args: ['log'], onStdout: () => undefined }),
      'not-a-repo',
    );
    assert.match(file.message, /file\.txt is not a folder/);
  });

  describe('a shallow clone', () => {
    let clone: string;
    beforeEach(() => {
      alexAt('2026-01-05T09:00:00Z', 'Root', {
        'package.json': '{\n  "dependencies": {\n    "express": "^4.0.0"\n  }\n}\n',
        'lib/a.ts': '1\n',
        'old/o.ts': '1\n',
      });
      by(BO, '2026-02-10T09:00:00Z', 'Bo in lib', { 'lib/a.ts': '2\n' });
      alexAt('2026-02-20T09:00:00Z', 'Alex before', { 'old/o.ts': '2\n' });
      alexAt('2026-03-02T09:00:00Z', 'In range', { 'new/n.ts': '1\n', 'lib/b.ts': '1\n' });
      clone = tempDir('mj-shallow-');
    });
    afterEach(() => removeDir(clone));

    const cloneWithDepth = (depth: number) =>
      runGitIn(clone, ['clone', '-q', '--depth', String(depth), `file://${dir}`, '.']);

    it('keeps the boundary commit of the range without files, so it adds no dependencies', async () => {
      cloneWithDepth(1);
      const data = await readHistory(clone, { authors: [ALEX.email], ...MARCH });
      assert.deepEqual(subjects(data), ['In range']);
      // git shows it as adding every file of the tree, express's manifest included.
      assert.deepEqual(data.commits[0].files, []);
      assert.deepEqual(data.commits[0].parents, []);
      assert.deepEqual(data.dependencyAdds, []);
      assert.deepEqual(data.experts, []);
      assert.equal(data.partial, true);
      const head = runGitIn(clone, ['rev-parse', 'HEAD']).trim();
      assert.match(
        data.notes.join('\n'),
        new RegExp(`${head.slice(0, 7)} is where this shallow clone's history starts`),
      );
    });

    it('adds no earlier paths for a boundary commit before the range, and makes no one an expert by one', async () => {
      cloneWithDepth(2);
      const mentee = await readHistory(clone, { authors: [ALEX.email], ...MARCH });
      assert.deepEqual(mentee.commits[0].files.map((f) => f.path).sort(), ['lib/b.ts', 'new/n.ts']);
      // "Alex before" is the boundary: counted, but its tree is not the mentee's work.
      assert.deepEqual(mentee.earlier, { paths: new Set(), commits: 1 });

      removeDir(clone);
      clone = tempDir('mj-shallow-');
      cloneWithDepth(3);
      const data = await readHistory(clone, { authors: [ALEX.email], ...MARCH });
      assert.deepEqual(data.earlier, { paths: new Set(['old/o.ts']), commits: 1 });
      // "Bo in lib" is the boundary: its listed paths are the whole tree, lib/ among them.
      assert.deepEqual(data.experts, []);
      assert.ok(!data.notes.some((n) => /where this shallow clone's history starts/.test(n)));
    });
  });

  describe('a blobless partial clone', () => {
    let clone: string;
    let marker: string;
    const lines = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `line ${from + i}\n`).join('');
    beforeEach(() => {
      alexAt('2026-02-20T09:00:00Z', 'Start', {
        'package.json': '{\n  "dependencies": {}\n}\n',
        'src/a.ts': lines(0, 100),
      });
      // A move with an edit: finding it as a rename would need both blobs.
      alexAt('2026-03-02T09:00:00Z', 'Add left-pad and move a', {
        'package.json': '{\n  "dependencies": {\n    "left-pad": "^1.0.0"\n  }\n}\n',
        'src/a.ts': null,
        'lib/a.ts': lines(0, 99),
      });
      alexAt('2026-03-03T09:00:00Z', 'Edit', { 'lib/a.ts': lines(0, 98) });
      repo.git('config', 'uploadpack.allowFilter', 'true');
      clone = tempDir('mj-partial-');
      runGitIn(clone, ['clone', '-q', '--filter=blob:none', `file://${dir}`, '.']);
      // Fetching a missing blob would now run this program: it must not run.
      marker = `${clone}-fetched`;
      const script = path.join(clone, '.git', 'fetch.sh');
      fs.writeFileSync(script, `#!/bin/sh\necho "$*" >> '${marker}'\nexit 1\n`, { mode: 0o755 });
      runGitIn(clone, ['config', 'remote.origin.url', 'ssh://example.invalid/repo']);
      runGitIn(clone, ['config', 'core.sshCommand', script]);
    });
    afterEach(() => {
      removeDir(clone);
      fs.rmSync(marker, { force: true });
    });

    it('reads the paths of each commit without line counts or dependencies, marked partial', async () => {
      const data = await readHistory(clone, { authors: [ALEX.email], ...MARCH });
      assert.deepEqual(subjects(data), ['Edit', 'Add left-pad and move a']);
      const unknown = (p: string) => ({ path: p, added: 0, deleted: 0, binary: false });
      assert.deepEqual(data.commits[0].files, [unknown('lib/a.ts')]);
      assert.deepEqual(
        data.commits[1].files,
        ['lib/a.ts', 'package.json', 'src/a.ts'].map(unknown),
      );
      assert.deepEqual(data.earlier, { paths: new Set(['package.json', 'src/a.ts']), commits: 1 });
      assert.deepEqual(data.dependencyAdds, []);
      assert.equal(data.partial, true);
      assert.match(
        data.notes.join('\n'),
        /partial clone: line counts and dependencies are not read/,
      );
      assert.equal(fs.existsSync(marker), false, 'a missing object was fetched');
    });

    it("streamGit: a failing git command's message is its fatal line, not a warning before it", async () => {
      const e = await rejectsWith(
        streamGit({
          cwd: clone,
          args: ['log', '--numstat', '--no-ext-diff', '--no-textconv'],
          onStdout: () => undefined,
        }),
        'failed',
      );
      assert.match(e.message, /^fatal: /);
      assert.match(e.output ?? '', /^warning: lazy fetching disabled/);
    });
  });

  describe('what the topics need beyond the commits (uses the core path and dependency helpers)', () => {
    it('reads added dependencies from the manifests the range changed, not version bumps', async () => {
      alexAt('2026-02-20T09:00:00Z', 'Start', {
        'package.json': '{\n  "dependencies": {\n    "express": "^4.0.0"\n  }\n}\n',
        'tools/--weird dir/requirements.txt': 'requests==2.0\n',
      });
      const add = alexAt('2026-03-02T09:00:00Z', 'Add left-pad, bump express', {
        'package.json':
          '{\n  "dependencies": {\n    "express": "^4.1.0",\n    "left-pad": "^1.0.0"\n  }\n}\n',
        'tools/--weird dir/requirements.txt': 'requests==2.0\nflask>=3\n',
      });
      by(BO, '2026-03-03T09:00:00Z', 'Bo adds one', {
        'package.json':
          '{\n  "dependencies": {\n    "express": "^4.1.0",\n    "left-pad": "^1.0.0",\n    "bo-lib": "1.0.0"\n  }\n}\n',
      });
      const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
      assert.deepEqual(
        [...data.dependencyAdds].sort((a, b) => a.name.localeCompare(b.name)),
        [
          { sha: add, manifest: 'tools/--weird dir/requirements.txt', name: 'flask' },
          { sha: add, manifest: 'package.json', name: 'left-pad' },
        ],
      );
    });

    it('reads each manifest whole at both sides, so a dependency added at the end of a long file counts', async () => {
      const deps = Array.from({ length: 2995 }, (_, i) => `    "dep${i}": "^1.0.0",`);
      const before = [
        '{',
        '  "name": "big",',
        '  "dependencies": {',
        ...deps,
        '    "last": "1.0.0"',
      ];
      const end = ['  }', '}', ''];
      alexAt('2026-02-20T09:00:00Z', 'Start', { 'package.json': [...before, ...end].join('\n') });
      const add = alexAt('2026-03-02T09:00:00Z', 'Add left-pad', {
        'package.json': [
          ...before.slice(0, -1),
          '    "last": "1.0.0",',
          '    "left-pad": "^1.0.0"',
          ...end,
        ].join('\n'),
      });
      const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
      assert.deepEqual(data.dependencyAdds, [
        { sha: add, manifest: 'package.json', name: 'left-pad' },
      ]);
    });

    it('pairs a moved manifest with its old path, so only what the move added is new', async () => {
      const manifest = (names: string[]) =>
        `{\n  "name": "app",\n  "version": "1.0.0",\n  "description": "a long enough description for git to see a rename",\n  "dependencies": {\n${names.map((n) => `    "${n}": "^1.0.0"`).join(',\n')}\n  }\n}\n`;
      alexAt('2026-02-20T09:00:00Z', 'Start', {
        'package.json': manifest(['express', 'zod', 'yaml']),
      });
      const moved = alexAt('2026-03-02T09:00:00Z', 'Move the app', {
        'package.json': null,
        'app/package.json': manifest(['express', 'zod', 'yaml', 'left-pad']),
      });
      const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
      assert.deepEqual(
        data.commits[0].files.map((f) => [f.oldPath, f.path]),
        [['package.json', 'app/package.json']],
      );
      assert.deepEqual(data.dependencyAdds, [
        { sha: moved, manifest: 'app/package.json', name: 'left-pad' },
      ]);
    });

    it('gives a note and no adds for a manifest that does not parse before the commit, and reads the others', async () => {
      alexAt('2026-02-20T09:00:00Z', 'Start', {
        'package.json': '{\n  "dependencies": {\n    "express": "^4.0.0",\n  }\n}\n',
        'Cargo.toml': '[dependencies]\nserde = "1"\n',
      });
      const fix = alexAt('2026-03-02T09:00:00Z', 'Fix the manifest, add tokio', {
        'package.json': '{\n  "dependencies": {\n    "express": "^4.0.0"\n  }\n}\n',
        'Cargo.toml': '[dependencies]\nserde = "1"\ntokio = "1"\n',
      });
      const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH });
      // Not express: the old side could not be read, so nothing can be said to be new.
      assert.deepEqual(data.dependencyAdds, [{ sha: fix, manifest: 'Cargo.toml', name: 'tokio' }]);
      assert.ok(
        data.notes.includes(
          `package.json in ${fix.slice(0, 7)}: the file does not parse before the commit, so its new dependencies are not read.`,
        ),
        data.notes.join('\n'),
      );
    });

    it('finds the docs in or above the folders touched, and no folder experts (experts come from file activity)', async () => {
      by(CY, '2024-01-01T09:00:00Z', 'Cy long ago', { 'services/billing/c.ts': '1\n' });
      // Before the six months of recent activity up to the range's end: not counted.
      by(BO, '2025-06-01T09:00:00Z', 'Bo billing long ago', { 'services/billing/a.ts': '0\n' });
      by(BO, '2025-10-15T09:00:00Z', 'Bo billing 1', { 'services/billing/a.ts': '1\n' });
      by(BO, '2025-11-01T09:00:00Z', 'Bo billing 2', { 'services/billing/a.ts': '2\n' });
      by(CY, '2025-11-15T09:00:00Z', 'Cy billing', { 'services/billing/b.ts': '1\n' });
      by(DEE, '2025-12-01T09:00:00Z', 'Dee billing, then nothing', {
        'services/billing/d.ts': '1\n',
      });
      alexAt('2026-02-01T09:00:00Z', 'Alex app', { 'src/app.ts': '1\n', 'notes.txt': 'n\n' });
      by(CY, '2026-02-15T09:00:00Z', 'Cy elsewhere', { 'other/README.md': '# Other\n' });
      by(BO, '2026-02-20T09:00:00Z', 'Bo docs', {
        'README.md': '# Top\n',
        'services/README.md': '# Services\n',
        'services/billing/README.md': '# Billing\n',
        'docs/guide.md': '# Guide\n',
      });
      alexAt('2026-03-02T09:00:00Z', 'Alex billing', {
        'services/billing/a.ts': '3\n',
        'src/app.ts': '2\n',
      });
      const data = await readHistory(dir, { authors: [ALEX.email], ...MARCH, focus: focusOnAll });
      assert.deepEqual(data.experts, []);
      assert.deepEqual(
        data.fileActivity
          ?.filter((a) => a.path === 'services/billing/a.ts')
          .map((a) => [a.email, a.commits]),
        [[BO.email, 2]],
      );
      assert.deepEqual(data.docs, [
        'README.md',
        'services/README.md',
        'services/billing/README.md',
      ]);
      assert.deepEqual(data.earlier, { paths: new Set(['src/app.ts', 'notes.txt']), commits: 1 });
    });
  });
});
