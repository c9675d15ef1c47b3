// Finding the repositories a plan names among folders, by their remotes, on real repositories.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  findRepositories,
  repositoryFolders,
  type RepositoryMatch,
} from '../../src/git/findRepositories';
import { removeDir, tempDir } from '../support/cli';
import { gitCommandsOf } from './gitTestEnv';
import { HistoryRepo, runGitIn } from './historyRepos';

describe('git: finding repositories by remote', function () {
  this.timeout(30_000);
  let dir: string;

  const repos = new Map<string, HistoryRepo>();
  function repo(name: string, ...remotes: string[]): string {
    const top = path.join(dir, name);
    fs.mkdirSync(top, { recursive: true });
    repos.set(top, HistoryRepo.init(top));
    remotes.forEach((url, i) =>
      runGitIn(top, ['remote', 'add', i === 0 ? 'origin' : `r${i}`, url]),
    );
    return top;
  }

  // Where each was found (what is handed on for the history read is checked on its own).
  const located = (m: RepositoryMatch) =>
    m.found.map(({ named, top, tip }) => ({ named, top, tip }));

  beforeEach(() => {
    dir = tempDir('mj-find-repos-');
  });
  afterEach(() => removeDir(dir));

  it('lists a folder that is a repository and its immediate subfolders that are', () => {
    const a = repo('a', 'git@github.com:acme/a.git');
    const b = repo('b');
    fs.mkdirSync(path.join(dir, 'plain'));
    repo('plain/deeper');
    fs.symlinkSync(a, path.join(dir, 'link-to-a'));
    assert.deepEqual(repositoryFolders([dir], 1), [a, b]);
    assert.deepEqual(repositoryFolders([a], 0), [a]);
  });

  it('matches any remote of a repository in any URL form, in the order the plan names them', async () => {
    const api = repo('api', 'https://example.org/fork/api', 'git@github.com:Acme/API.git');
    const web = repo('web', 'ssh://git@github.com:22/acme/web.git/');
    const m = await findRepositories(
      ['github.com/acme/web', 'github.com/acme/api', 'github.com/acme/gone'],
      repositoryFolders([dir], 1),
    );
    assert.deepEqual(located(m), [
      { named: 'github.com/acme/web', top: web, tip: null },
      { named: 'github.com/acme/api', top: api, tip: null },
    ]);
    assert.deepEqual(m.missing, ['github.com/acme/gone']);
  });

  it("takes the user's identity -> path mapping first, when that clone's remote agrees", async () => {
    const elsewhere = repo('elsewhere/api', 'git@github.com:acme/api.git');
    const wrong = repo('elsewhere/wrong', 'git@github.com:acme/wrong.git');
    const m = await findRepositories(['github.com/acme/api', 'github.com/acme/web'], [], {
      'github.com/acme/api': elsewhere,
      'github.com/acme/web': wrong,
    });
    assert.deepEqual(located(m), [{ named: 'github.com/acme/api', top: elsewhere, tip: null }]);
    assert.deepEqual(m.missing, ['github.com/acme/web']);
  });

  it('gives each repository found with its tip, also when it is found from a subfolder', async () => {
    const api = repo('api', 'git@github.com:acme/api.git');
    repos.get(api)?.commit({ date: '2026-03-02T10:00:00Z', files: { 'src/a.ts': 'a\n' } });
    const head = runGitIn(api, ['rev-parse', 'HEAD']).trim();
    fs.mkdirSync(path.join(api, 'src', 'deep'), { recursive: true });
    const m = await findRepositories(['github.com/acme/api'], [path.join(api, 'src', 'deep')]);
    assert.deepEqual(located(m), [{ named: 'github.com/acme/api', top: api, tip: head }]);
  });

  it('never runs a remote URL: a URL shaped like an option is only text', async () => {
    const odd = repo('odd');
    runGitIn(odd, ['config', 'remote.origin.url', '--upload-pack=touch pwned']);
    const m = await findRepositories(['github.com/acme/api'], [odd]);
    assert.deepEqual(m.missing, ['github.com/acme/api']);
    assert.ok(!fs.existsSync(path.join(odd, 'pwned')));
  });

  it('hands on its one rev-parse and one config read: tip, detached HEAD, partial clone', async () => {
    const api = repo('api', 'git@github.com:acme/api.git');
    repos.get(api)?.commit({ date: '2026-03-02T10:00:00Z', files: { 'a.ts': 'a\n' } });
    const head = runGitIn(api, ['rev-parse', 'HEAD']).trim();
    runGitIn(api, ['checkout', '--quiet', '--detach']);
    runGitIn(api, ['config', 'remote.origin.promisor', 'yes']);
    const [found] = (await findRepositories(['github.com/acme/api'], [api])).found;
    assert.deepEqual(found.head, { top: api, tip: head, shallow: false, detached: true });
    assert.equal((await found.config).partialClone, true);
  });

  it('reads a remote URL holding a line break and odd characters as text, and still matches', async () => {
    const odd = repo('odd');
    runGitIn(odd, ['config', 'remote.first.url', 'https://example.org/x\n--upload-pack=evil']);
    runGitIn(odd, ['config', 'remote.se"c ond.url', 'git@github.com:acme/api.git']);
    const m = await findRepositories(['github.com/acme/api'], [odd]);
    assert.deepEqual(located(m), [{ named: 'github.com/acme/api', top: odd, tip: null }]);
    assert.deepEqual((await m.found[0].config).remoteUrls, [
      'https://example.org/x\n--upload-pack=evil',
      'git@github.com:acme/api.git',
    ]);
  });

  it('shares one config read per folder with its caller', async () => {
    const api = repo('api', 'git@github.com:acme/api.git');
    const asked: string[] = [];
    const { readRepoConfig } = await import('../../src/git/repoConfig');
    const m = await findRepositories(['github.com/acme/api'], [api], {}, (d) => {
      asked.push(d);
      return readRepoConfig(d);
    });
    assert.deepEqual(asked, [api]);
    assert.equal(m.found.length, 1);
  });

  it('runs no rev-parse for a candidate none of whose remotes the plan names', async () => {
    const api = repo('api', 'git@github.com:acme/api.git');
    repo('other', 'git@github.com:acme/other.git');
    repo('bare-remote');
    let m: RepositoryMatch | undefined;
    const commands = await gitCommandsOf(dir, async () => {
      m = await findRepositories(['github.com/acme/api'], repositoryFolders([dir], 1));
    });
    assert.deepEqual(m && located(m), [{ named: 'github.com/acme/api', top: api, tip: null }]);
    assert.deepEqual(commands.sort(), ['config', 'config', 'config', 'rev-parse']);
  });

  it('reads at most 8 candidates’ configs at once, and finds the wanted one among 30', async () => {
    const others = Array.from({ length: 29 }, (_, i) =>
      repo(`o${String(i).padStart(2, '0')}`, `git@github.com:other/r${i}.git`),
    );
    const api = repo('zz-api', 'git@github.com:acme/api.git');
    const { readRepoConfig } = await import('../../src/git/repoConfig');
    let running = 0;
    let most = 0;
    const m = await findRepositories(
      ['github.com/acme/api'],
      repositoryFolders([dir], 1),
      {},
      async (d) => {
        most = Math.max(most, ++running);
        try {
          return await readRepoConfig(d);
        } finally {
          running--;
        }
      },
    );
    assert.equal(others.length, 29);
    assert.deepEqual(located(m), [{ named: 'github.com/acme/api', top: api, tip: null }]);
    assert.equal(most, 8);
  });
});
