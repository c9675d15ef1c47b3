// Reading a repository's config in one `git config -z --list`: remotes, partial clone and the
// user's identity, with git itself as the judge of what a boolean value means.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gitBool, parseRepoConfig, readRepoConfig } from '../../src/git/repoConfig';
import { removeDir, tempDir } from '../support/cli';
import { isolateProcessEnv } from './gitTestEnv';
import { HistoryRepo, runGitIn } from './historyRepos';

describe('git: reading a repository config once', function () {
  this.timeout(30_000);
  let dir: string;
  let restoreEnv: () => void;
  beforeEach(() => {
    dir = tempDir('mj-config-');
    restoreEnv = isolateProcessEnv(dir);
  });
  afterEach(() => {
    restoreEnv();
    removeDir(dir);
  });

  it('reads booleans exactly as git config --type=bool does, refusing what git refuses', () => {
    HistoryRepo.init(dir);
    const values = [
      '',
      'true',
      'TRUE',
      'Yes',
      'on',
      'false',
      'No',
      'OFF',
      '0',
      '1',
      '-1',
      '2',
      '+3',
      '-0',
      '0x10',
      '0X0',
      '0x',
      '010',
      '00',
      '08',
      '1k',
      '0k',
      '2M',
      '1g',
      '3G',
      '1kb',
      '2147483647',
      '2147483648',
      '-2147483647',
      '2097151k',
      '2097152k',
      '-2097152k',
      '1023m',
      '99999999999999999999',
      ' 1',
      '\t7',
      '1 ',
      'maybe',
      'tru',
      'on ',
      'ſ',
      '１',
      'yes\n',
    ];
    const lines = ['[t]'];
    values.forEach((v, i) =>
      lines.push(`\tv${i} = "${v.replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`),
    );
    // And one written without any value at all: git reads it as true.
    lines.push('\tbare');
    fs.appendFileSync(path.join(dir, '.git', 'config'), lines.join('\n') + '\n');
    const asGit = (key: string): boolean | undefined => {
      const r = spawnSync('git', ['config', '--type=bool', '--get', key], {
        cwd: dir,
        encoding: 'utf8',
      });
      return r.status !== 0 ? undefined : r.stdout.trim() === 'true';
    };
    const listed = parseRepoConfig(runGitIn(dir, ['config', '-z', '--list']));
    assert.equal(listed.partialClone, false);
    values.forEach((v, i) => assert.equal(gitBool(v), asGit(`t.v${i}`), JSON.stringify(v)));
    assert.deepEqual([gitBool(undefined), asGit('t.bare')], [true, true]);
  });

  it('reads every remote URL as written, odd characters and line breaks included, in one git run', async () => {
    const repo = HistoryRepo.init(dir);
    repo.git('config', 'remote.origin.url', 'git@github.com:acme/api.git');
    repo.git('config', 'remote.we"ird. name.url', 'https://example.org/a b\n--upload-pack=x');
    repo.git('config', 'remote.url', 'not-a-remote');
    repo.git('config', 'user.name', 'Al Ex');
    repo.git('config', 'user.email', ' alex@example.com ');
    const config = await readRepoConfig(path.join(dir, '.git', '..'));
    assert.deepEqual(config.remoteUrls, [
      'git@github.com:acme/api.git',
      'https://example.org/a b\n--upload-pack=x',
    ]);
    assert.deepEqual(config.user, { name: 'Al Ex', email: 'alex@example.com' });
    assert.equal(config.partialClone, false);
  });

  it('follows what git follows: an included file, the last value of a key winning', async () => {
    const repo = HistoryRepo.init(dir);
    fs.writeFileSync(
      path.join(dir, 'extra.cfg'),
      '[user]\n\tname = Later\n[remote "x"]\n\tpromisor = on\n',
    );
    repo.git('config', 'include.path', path.join(dir, 'extra.cfg'));
    const config = await readRepoConfig(dir);
    assert.equal(config.user.name, 'Later');
    assert.equal(config.partialClone, true);
  });

  it('takes a named extensions.partialClone for a partial clone, and nothing set outside a repository', async () => {
    const repo = HistoryRepo.init(dir);
    repo.git('config', 'core.repositoryformatversion', '1');
    repo.git('config', 'extensions.partialClone', 'origin');
    assert.equal((await readRepoConfig(dir)).partialClone, true);
    const outside = tempDir('mj-config-outside-');
    try {
      const config = await readRepoConfig(outside);
      assert.deepEqual([config.remoteUrls, config.partialClone], [[], false]);
    } finally {
      removeDir(outside);
    }
  });

  it('drops the cut last entry of an output that reached the size limit', () => {
    const config = parseRepoConfig('remote.a.url\nhttps://a\0remote.b.url\nhttps://b-cut');
    assert.deepEqual(config.remoteUrls, ['https://a']);
  });
});
