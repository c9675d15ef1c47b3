import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitError } from '../../src/git/gitError';
import { dayStart, resolveHistoryRange } from '../../src/git/historyRange';
import { readTreeWidth } from '../../src/git/readFileWork';
import { EMPTY_CONFIG } from '../../src/git/repoConfig';
import { repoTip } from '../../src/git/repoTip';
import { removeDir, tempDir } from '../support/cli';
import { gitCommandsOf, isolateProcessEnv } from './gitTestEnv';
import { ALEX, HistoryRepo, runGitIn } from './historyRepos';

/** Asserts that `promise` rejects with a GitError of `kind`. */
async function rejectsWith(promise: Promise<unknown>, kind: string, message?: RegExp) {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof GitError, `expected a GitError, got ${String(e)}`);
    assert.equal(e.kind, kind);
    if (message) assert.match(e.message, message);
    return true;
  });
}

describe('git: resolving the history range', function () {
  this.timeout(30_000);
  let dir: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-range-');
    restoreEnv = isolateProcessEnv(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  /** A repository with four commits by Alex on 1–4 March 2026; their shas, oldest first. */
  function fourCommits(): { repo: HistoryRepo; shas: string[] } {
    const repo = HistoryRepo.init(dir);
    const shas = [1, 2, 3, 4].map((d) =>
      repo.commit({ date: `2026-03-0${d}T12:00:00Z`, files: { [`f${d}.txt`]: `${d}\n` } }),
    );
    return { repo, shas };
  }

  it('turns whole UTC days into exact git bounds, and the earlier history into the second before', async () => {
    const { shas } = fourCommits();
    const r = await resolveHistoryRange(dir, { since: '2026-03-01', until: '2026-03-31' });
    assert.equal(dayStart('2026-03-01'), Date.UTC(2026, 2, 1) / 1000);
    assert.deepEqual(r.dateArgs, [
      `--since=@${Date.UTC(2026, 2, 1) / 1000} +0000`,
      `--until=@${Date.UTC(2026, 3, 1) / 1000 - 1} +0000`,
    ]);
    assert.deepEqual(r.revisions, [shas[3]]);
    assert.deepEqual(r.earlier, {
      dateArgs: [`--until=@${Date.UTC(2026, 2, 1) / 1000 - 1} +0000`],
      revisions: [shas[3]],
    });
    assert.equal(r.toSha, shas[3]);
    assert.equal(r.fromSha, undefined);
    assert.equal(r.since, '2026-03-01');
    assert.equal(r.until, '2026-03-31');
    assert.equal(r.top, dir);
    assert.deepEqual(
      [r.empty, r.partial, r.detached, r.submodules, r.notes],
      [false, false, false, 0, []],
    );
  });

  it('reads from the first commit up to HEAD without dates, with until the UTC day of now', async () => {
    fourCommits();
    const r = await resolveHistoryRange(dir, {}, { now: Date.UTC(2026, 2, 2, 23, 59, 59) / 1000 });
    assert.equal(r.until, '2026-03-02');
    assert.equal(r.since, undefined);
    assert.deepEqual(r.dateArgs, []);
    assert.equal(r.earlier, undefined);
  });

  it('refuses malformed dates and a range that ends before it starts', async () => {
    fourCommits();
    await rejectsWith(resolveHistoryRange(dir, { since: 'yesterday' }), 'invalid-range', /since/);
    await rejectsWith(resolveHistoryRange(dir, { until: '2026-02-30' }), 'invalid-range', /until/);
    await rejectsWith(resolveHistoryRange(dir, { since: '2026-3-1' }), 'invalid-range');
    await rejectsWith(
      resolveHistoryRange(dir, { since: '2026-03-05', until: '2026-03-04' }),
      'invalid-range',
      /after it ends/,
    );
  });

  it("starts after the last session's HEAD when it is an ancestor, also given a short id", async () => {
    const { shas } = fourCommits();
    for (const sinceHead of [shas[1], shas[1].slice(0, 7), shas[1].toUpperCase()]) {
      const r = await resolveHistoryRange(dir, { sinceHead, since: '2026-03-03' });
      assert.equal(r.fromSha, shas[1]);
      assert.deepEqual(r.revisions, [`${shas[1]}..${shas[3]}`]);
      assert.deepEqual(r.dateArgs, []);
      assert.deepEqual(r.earlier, { dateArgs: [], revisions: [shas[1]] });
      assert.equal(r.since, '2026-03-03');
      assert.deepEqual(r.notes, []);
    }
  });

  it("falls back to the date when the last session's HEAD is no longer an ancestor (a rebase)", async () => {
    const { repo, shas } = fourCommits();
    repo.git('reset', '-q', '--hard', shas[1]);
    const rewritten = repo.commit({ date: '2026-03-05T12:00:00Z', files: { 'g.txt': 'g\n' } });
    const r = await resolveHistoryRange(dir, { sinceHead: shas[2], since: '2026-03-02' });
    assert.equal(r.fromSha, undefined);
    assert.deepEqual(r.revisions, [rewritten]);
    assert.equal(r.dateArgs[0], `--since=@${dayStart('2026-03-02')} +0000`);
    assert.equal(r.notes.length, 1);
    assert.match(r.notes[0], /not an ancestor of HEAD.*reading since 2026-03-02 instead/);
  });

  it("falls back when the last session's HEAD is unknown or not an object id, never passing it on as an option", async () => {
    fourCommits();
    const unknown = await resolveHistoryRange(dir, { sinceHead: 'deadbeefdeadbeef' });
    assert.match(unknown.notes[0], /deadbeefdead is not in this repository: reading all of it/);
    for (const sinceHead of ['--output=hacked', 'HEAD~1', 'main']) {
      const r = await resolveHistoryRange(dir, { sinceHead, since: '2026-03-01' });
      assert.equal(r.fromSha, undefined);
      assert.match(r.notes[0], /is not a commit id: reading since 2026-03-01 instead/);
    }
    assert.equal(fs.existsSync(path.join(dir, 'hacked')), false);
  });

  it('runs from the top folder when given a subfolder', async () => {
    fourCommits();
    fs.mkdirSync(path.join(dir, 'deep', 'er'), { recursive: true });
    const r = await resolveHistoryRange(path.join(dir, 'deep', 'er'), {});
    assert.equal(r.top, dir);
  });

  it("finds the top folder and HEAD when the top folder's path holds a newline", async () => {
    const top = path.join(dir, 'two\nlines');
    fs.mkdirSync(path.join(top, 'sub'), { recursive: true });
    const repo = HistoryRepo.init(top);
    const head = repo.commit({ date: '2026-03-01T12:00:00Z', files: { 'sub/a.txt': 'a\n' } });
    const r = await resolveHistoryRange(path.join(top, 'sub'), {});
    assert.equal(r.top, top);
    assert.equal(r.toSha, head);
    assert.deepEqual([r.empty, r.partial, r.detached], [false, false, false]);
  });

  it('says an empty repository has no commits, without throwing', async () => {
    HistoryRepo.init(dir);
    const r = await resolveHistoryRange(dir, { since: '2026-03-01' });
    assert.equal(r.empty, true);
    assert.equal(r.toSha, undefined);
    assert.deepEqual(r.revisions, []);
    assert.match(r.notes.join('\n'), /no commits yet/);
  });

  it('says a HEAD whose commit object is missing is damaged, not an empty repository', async () => {
    const { shas } = fourCommits();
    fs.rmSync(path.join(dir, '.git', 'objects', shas[3].slice(0, 2), shas[3].slice(2)));
    await rejectsWith(resolveHistoryRange(dir, {}), 'failed', /may be damaged/);
    // An unborn branch beside other branches is still an empty history.
    runGitIn(dir, ['symbolic-ref', 'HEAD', 'refs/heads/fresh']);
    const r = await resolveHistoryRange(dir, {});
    assert.equal(r.empty, true);
  });

  it('marks a shallow clone partial', async () => {
    const source = path.join(dir, 'source');
    fs.mkdirSync(source);
    const repo = HistoryRepo.init(source);
    for (const d of [1, 2, 3]) repo.commit({ date: `2026-03-0${d}T12:00:00Z` });
    runGitIn(dir, ['clone', '-q', '--depth', '1', `file://${source}`, 'shallow']);
    const r = await resolveHistoryRange(path.join(dir, 'shallow'), {});
    assert.equal(r.partial, true);
    assert.match(r.notes.join('\n'), /shallow clone/);
    assert.equal((await resolveHistoryRange(source, {})).partial, false);
  });

  it('lists the boundary commits of a shallow clone, also from a linked worktree', async () => {
    const source = path.join(dir, 'source');
    fs.mkdirSync(source);
    const repo = HistoryRepo.init(source);
    const shas = [1, 2, 3].map((d) => repo.commit({ date: `2026-03-0${d}T12:00:00Z` }));
    runGitIn(dir, ['clone', '-q', '--depth', '2', `file://${source}`, 'shallow']);
    const r = await resolveHistoryRange(path.join(dir, 'shallow'), {});
    assert.deepEqual(r.shallowCommits, new Set([shas[1]]));
    runGitIn(path.join(dir, 'shallow'), ['worktree', 'add', '-q', '--detach', '../linked']);
    const linked = await resolveHistoryRange(path.join(dir, 'linked'), {});
    assert.deepEqual(linked.shallowCommits, new Set([shas[1]]));
    const full = await resolveHistoryRange(source, {});
    assert.deepEqual(full.shallowCommits, new Set());
  });

  it('marks a blobless partial clone partial, with a note that only paths are read', async () => {
    const source = path.join(dir, 'source');
    fs.mkdirSync(source);
    const repo = HistoryRepo.init(source);
    repo.commit({ date: '2026-03-01T12:00:00Z', files: { 'a.txt': 'a\n' } });
    repo.git('config', 'uploadpack.allowFilter', 'true');
    runGitIn(dir, ['clone', '-q', '--filter=blob:none', `file://${source}`, 'partial']);
    const r = await resolveHistoryRange(path.join(dir, 'partial'), {});
    assert.deepEqual([r.partial, r.partialClone], [true, true]);
    assert.match(r.notes.join('\n'), /partial clone: line counts and dependencies are not read/);
    const full = await resolveHistoryRange(source, {});
    assert.deepEqual([full.partial, full.partialClone, full.notes], [false, false, []]);
  });

  it('takes extensions.partialClone, or a promisor remote, for a partial clone, but not promisor=false', async () => {
    const { repo } = fourCommits();
    repo.git('config', 'remote.origin.promisor', 'false');
    assert.equal((await resolveHistoryRange(dir, {})).partialClone, false);
    repo.git('config', 'remote.origin.promisor', 'yes');
    assert.equal((await resolveHistoryRange(dir, {})).partialClone, true);
    repo.git('config', '--unset', 'remote.origin.promisor');
    repo.git('config', 'core.repositoryformatversion', '1');
    repo.git('config', 'extensions.partialClone', 'origin');
    assert.equal((await resolveHistoryRange(dir, {})).partialClone, true);
  });

  it('notes a detached HEAD and reads the commit it points at', async () => {
    const { repo, shas } = fourCommits();
    repo.git('checkout', '-q', '--detach', shas[2]);
    const r = await resolveHistoryRange(dir, {});
    assert.equal(r.detached, true);
    assert.equal(r.toSha, shas[2]);
    assert.match(r.notes.join('\n'), new RegExp(`HEAD is detached at ${shas[2].slice(0, 7)}`));
  });

  it('counts the submodules .gitmodules lists at HEAD and notes they are not mined', async () => {
    const sub = path.join(dir, 'lib');
    fs.mkdirSync(sub);
    HistoryRepo.init(sub).commit({ date: '2026-03-01T12:00:00Z', files: { 'x.txt': 'x\n' } });
    const main = path.join(dir, 'main');
    fs.mkdirSync(main);
    const repo = HistoryRepo.init(main);
    repo.commit({ date: '2026-03-01T12:00:00Z', files: { 'a.txt': 'a\n' } });
    runGitIn(main, [
      '-c',
      'protocol.file.allow=always',
      'submodule',
      'add',
      '-q',
      sub,
      'vendor/lib',
    ]);
    repo.commit({ date: '2026-03-02T12:00:00Z', author: ALEX, message: 'Add lib' });
    const r = await resolveHistoryRange(main, {});
    assert.equal(r.submodules, 1);
    assert.match(r.notes.join('\n'), /1 submodule is not mined/);
  });

  it('says a folder outside any repository, or a missing one, is not a repository', async () => {
    await rejectsWith(resolveHistoryRange(dir, {}), 'not-a-repo');
    await rejectsWith(resolveHistoryRange(path.join(dir, 'missing'), {}), 'not-a-repo');
  });

  const gitCommands = (run: () => Promise<unknown>) => gitCommandsOf(dir, run);

  it('asks git for HEAD, shallowness, detachment and the config in one rev-parse and one config read', async () => {
    fourCommits();
    const commands = await gitCommands(() => resolveHistoryRange(dir, {}));
    assert.deepEqual(commands.sort(), ['config', 'ls-tree', 'rev-parse']);
  });

  it('takes what finding the repository read instead of asking git again, its tip included', async () => {
    const { repo, shas } = fourCommits();
    const head = await repoTip(dir);
    assert.ok(head);
    // HEAD moves after the repository was found: the range still reads the tip that keyed it.
    repo.commit({ date: '2026-03-05T12:00:00Z', files: { 'f5.txt': '5\n' } });
    const config = Promise.resolve({ ...EMPTY_CONFIG, partialClone: true });
    let r: Awaited<ReturnType<typeof resolveHistoryRange>> | undefined;
    const commands = await gitCommands(async () => {
      r = await resolveHistoryRange(dir, {}, { known: { head, config } });
    });
    assert.equal(r?.toSha, shas[3]);
    assert.deepEqual(r?.revisions, [shas[3]]);
    assert.equal(r?.partialClone, true);
    assert.deepEqual(commands, ['ls-tree']);
  });

  it('says an unborn branch has no commits and is not detached', async () => {
    const repo = HistoryRepo.init(dir);
    repo.git('checkout', '-q', '-b', 'feature/new');
    const r = await resolveHistoryRange(dir, {});
    assert.deepEqual([r.empty, r.detached, r.partial], [true, false, false]);
    assert.equal(r.top, fs.realpathSync(dir));
  });

  it('gives the width of the top folder as readTreeWidth counts it, odd names included', async () => {
    const repo = HistoryRepo.init(dir);
    repo.commit({
      date: '2026-03-01T12:00:00Z',
      files: { 'a.txt': 'a\n', 'line\nbreak.txt': 'b\n', ' lead.txt': 'c\n', 'd/e.txt': 'e\n' },
    });
    const r = await resolveHistoryRange(dir, {});
    assert.ok(r.toSha);
    const width = await readTreeWidth(async (args, onText) => {
      onText(runGitIn(dir, args));
    }, r.toSha);
    assert.deepEqual([r.treeWidth, width], [4, 4]);
    assert.equal(r.submodules, 0);
  });

  it('reads .gitmodules only when the top folder has one', async () => {
    const { repo } = fourCommits();
    // Without one no config --blob runs; a .gitmodules only in a subfolder is not git's.
    repo.commit({
      date: '2026-03-05T12:00:00Z',
      files: { 'sub/.gitmodules': '[submodule "x"]\n\tpath = x\n' },
    });
    const without = await gitCommands(() => resolveHistoryRange(dir, {}));
    assert.deepEqual(without.sort(), ['config', 'ls-tree', 'rev-parse']);
    assert.equal((await resolveHistoryRange(dir, {})).submodules, 0);
    repo.commit({
      date: '2026-03-06T12:00:00Z',
      files: { '.gitmodules': '[submodule "x"]\n\tpath = x\n' },
    });
    const withOne = await gitCommands(() => resolveHistoryRange(dir, {}));
    assert.deepEqual(withOne.sort(), ['config', 'config', 'ls-tree', 'rev-parse']);
    assert.equal((await resolveHistoryRange(dir, {})).submodules, 1);
  });

  it('counts a hostile .gitmodules without following its includes or running anything', async () => {
    const { repo } = fourCommits();
    const pwned = path.join(dir, 'pwned');
    fs.writeFileSync(
      path.join(dir, 'more.cfg'),
      '[submodule "y"]\n\tpath = y\n[submodule "z"]\n\tpath = z\n',
    );
    repo.commit({
      date: '2026-03-05T12:00:00Z',
      files: {
        '.gitmodules': [
          '[include]',
          `\tpath = ${path.join(dir, 'more.cfg')}`,
          '[submodule "--evil\\nname"]',
          '\tpath = --upload-pack=touch ' + pwned,
          `\tupdate = !touch ${pwned}`,
          '[core]',
          `\tfsmonitor = touch ${pwned}`,
          '',
        ].join('\n'),
      },
    });
    const r = await resolveHistoryRange(dir, {});
    assert.equal(r.submodules, 1);
    assert.ok(!fs.existsSync(pwned));
  });

  it('treats a promisor value git would refuse as no promisor, and notes nothing', async () => {
    const { repo } = fourCommits();
    repo.git('config', 'remote.origin.promisor', 'maybe');
    const refused = await resolveHistoryRange(dir, {});
    assert.deepEqual([refused.partialClone, refused.notes], [false, []]);
    repo.git('config', 'remote.backup.promisor', '1');
    assert.equal((await resolveHistoryRange(dir, {})).partialClone, true);
  });
});
