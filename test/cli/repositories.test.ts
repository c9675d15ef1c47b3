// `mentoring-journal topics` over the repositories a plan names: found by remote among --repo
// and --repos-dir, merged into one ranking, missing ones listed; and the history cache's flags.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { historyCacheFile } from '../../src/git/historyCache';
import { ensureCliBuilt, removeDir, runCli, tempDir, TEST_CACHE_DIR } from '../support/cli';
import { ALEX, HistoryRepo, runGitIn } from '../git/historyRepos';

interface Json {
  commits: number;
  topics: { id: string; repository?: string; evidence: { files: string[] } }[];
  notes: string[];
  missingRepositories: string[];
}

function plan(repositories: string[]): string {
  return [
    '---',
    'mentee: Alex Rivera',
    'mentors: [Sam Chen]',
    'started: 2026-01-01',
    `identities: [${ALEX.email}]`,
    ...(repositories.length ? ['repositories:', ...repositories.map((r) => `  - ${r}`)] : []),
    '---',
    '# Mentoring plan: Alex Rivera',
    '',
  ].join('\n');
}

describe('cli: topics from several repositories', function () {
  this.timeout(60_000);
  let dir: string;
  let records: string;
  let code: string;

  /** A code repository in code/<name> with one remote and the mentee's work in `file`. */
  function codeRepo(name: string, remote: string | undefined, file: string): string {
    const top = path.join(code, name);
    fs.mkdirSync(top, { recursive: true });
    const repo = HistoryRepo.init(top);
    if (remote) runGitIn(top, ['remote', 'add', 'origin', remote]);
    repo.commit({ date: '2026-03-02T10:00:00Z', message: `Work in ${name}`, files: { [file]: 'x\n' } });
    return top;
  }

  function topics(args: string[]): Json {
    const r = runCli(['topics', 'alex', '--since', '2026-03-01', '--until', '2026-03-31', '--format', 'json', ...args], records);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Json;
  }

  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir('mj-cli-repos-');
    records = path.join(dir, 'records');
    code = path.join(dir, 'code');
    fs.mkdirSync(path.join(records, 'mentoring', 'alex'), { recursive: true });
    HistoryRepo.init(records).commit({ date: '2026-01-01T10:00:00Z', files: { 'README.md': '# Team\n' } });
    codeRepo('api', 'git@github.com:Acme/api.git', 'src/db/query.ts');
    codeRepo('web', 'https://github.com/acme/web', 'ui/button.tsx');
    codeRepo('other', 'https://github.com/acme/other.git', 'other/x.go');
    codeRepo('no-remote', undefined, 'lib/y.rs');
    fs.mkdirSync(path.join(code, 'not-a-repo'));
  });
  afterEach(() => removeDir(dir));

  const write = (repositories: string[]) =>
    fs.writeFileSync(path.join(records, 'mentoring', 'alex', 'plan.md'), plan(repositories));

  it('finds the plan repositories by remote in --repos-dir and merges their topics', () => {
    write(['github.com/acme/api', 'github.com/acme/web']);
    const out = topics(['--repos-dir', code]);
    assert.equal(out.commits, 2);
    const repos = new Set(out.topics.map((t) => t.repository));
    assert.deepEqual([...repos].sort(), ['github.com/acme/api', 'github.com/acme/web']);
    assert.ok(out.topics.some((t) => t.repository === 'github.com/acme/api' && t.evidence.files.includes('src/db/query.ts')));
    assert.ok(!out.topics.some((t) => t.evidence.files.includes('other/x.go')), 'a repository the plan does not name is not read');
    assert.deepEqual(out.missingRepositories, []);
  });

  it('takes --repo more than once and matches each by remote', () => {
    write(['https://github.com/ACME/web.git', 'github.com/acme/api']);
    const out = topics(['--repo', path.join(code, 'api'), '--repo', path.join(code, 'web')]);
    assert.deepEqual(
      [...new Set(out.topics.map((t) => t.repository))].sort(),
      ['github.com/acme/api', 'https://github.com/ACME/web.git'],
    );
  });

  it('lists the repositories named but not found, in json and text, with what to do', () => {
    write(['github.com/acme/api', 'github.com/acme/gone']);
    const out = topics(['--repos-dir', code]);
    assert.deepEqual(out.missingRepositories, ['github.com/acme/gone']);
    assert.equal(out.commits, 1);
    const text = runCli(['topics', 'alex', '--since', '2026-03-01', '--until', '2026-03-31', '--format', 'text', '--repos-dir', code], records);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Not found, so not read: github\.com\/acme\/gone\..*--repo PATH/);
  });

  it('keeps the meaning of a single --repo when the plan names no repositories', () => {
    write([]);
    const out = topics(['--repo', path.join(code, 'web')]);
    assert.equal(out.commits, 1);
    assert.ok(out.topics.every((t) => t.repository === 'web'));
    assert.deepEqual(out.missingRepositories, []);
  });

  it('reads every repository given when the plan names none', () => {
    write([]);
    const out = topics(['--repo', path.join(code, 'web'), '--repo', path.join(code, 'no-remote')]);
    assert.equal(out.commits, 2);
    assert.deepEqual([...new Set(out.topics.map((t) => t.repository))].sort(), ['no-remote', 'web']);
  });

  it('writes no cache with --no-cache, one without it, and removes it with --clear-cache', () => {
    write(['github.com/acme/web']);
    const file = historyCacheFile(TEST_CACHE_DIR, fs.realpathSync(path.join(code, 'web')), 'github.com/acme/web');
    topics(['--repos-dir', code, '--no-cache']);
    assert.ok(!fs.existsSync(file), 'no cache file after --no-cache');
    const cold = topics(['--repos-dir', code]);
    assert.ok(fs.existsSync(file), 'a cache file after a cached run');
    assert.deepEqual(topics(['--repos-dir', code]), cold, 'the warm run gives the same answer');
    topics(['--repos-dir', code, '--clear-cache', '--no-cache']);
    assert.ok(!fs.existsSync(file), 'cleared');
  });
});
