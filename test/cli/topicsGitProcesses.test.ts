// How many git processes a cold `mentoring-journal topics` run starts, from git's own trace:
// each repository is probed once (one rev-parse, one config --list), whatever reads it next.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, removeDir, runCli, tempDir } from '../support/cli';
import { gitRunsIn } from '../git/gitTestEnv';
import { ALEX, HistoryRepo, runGitIn } from '../git/historyRepos';

describe('cli: git processes of a cold topics run', function () {
  this.timeout(60_000);
  let dir: string;
  let records: string;
  let trace: string;

  function repo(top: string, remote: string | undefined, files: Record<string, string>): void {
    fs.mkdirSync(top, { recursive: true });
    const r = HistoryRepo.init(top);
    if (remote) runGitIn(top, ['remote', 'add', 'origin', remote]);
    r.commit({ date: '2026-03-02T10:00:00Z', author: ALEX, message: 'Work', files });
  }

  function topics(args: string[]): string[][] {
    process.env.GIT_TRACE2_EVENT = trace;
    try {
      const r = runCli(
        [
          'topics',
          'alex',
          '--since',
          '2026-03-01',
          '--until',
          '2026-03-31',
          '--format',
          'json',
          '--no-cache',
          ...args,
        ],
        records,
      );
      assert.equal(r.status, 0, r.stderr);
    } finally {
      delete process.env.GIT_TRACE2_EVENT;
    }
    return gitRunsIn(trace);
  }

  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir('mj-cli-procs-');
    records = path.join(dir, 'records');
    trace = path.join(dir, 'trace.json');
    repo(records, undefined, { 'README.md': '# Team\n' });
    fs.mkdirSync(path.join(records, 'mentoring', 'alex'), { recursive: true });
  });
  afterEach(() => removeDir(dir));

  const plan = (repositories: string[]) =>
    fs.writeFileSync(
      path.join(records, 'mentoring', 'alex', 'plan.md'),
      [
        '---',
        'mentee: Alex Rivera',
        'mentors: [Sam Chen]',
        'started: 2026-01-01',
        `identities: [${ALEX.email}]`,
        ...(repositories.length ? ['repositories:', ...repositories.map((r) => `  - ${r}`)] : []),
        '---',
        '# Plan',
        '',
      ].join('\n'),
    );

  it('probes the one repository with one rev-parse and one config read, and no symbolic-ref', () => {
    plan([]);
    const runs = topics([]);
    const probes = runs.filter((r) => ['rev-parse', 'config', 'symbolic-ref'].includes(r[0]));
    assert.deepEqual(probes.map((r) => r.join(' ')).sort(), [
      'config -z --list',
      'rev-parse --is-shallow-repository --show-toplevel --tags HEAD^{commit} --symbolic-full-name HEAD --',
    ]);
  });

  it('probes each candidate of several once, found ones not again, .gitmodules only where there is one', () => {
    const code = path.join(dir, 'code');
    repo(path.join(code, 'api'), 'git@github.com:acme/api.git', { 'src/a.ts': 'a\n' });
    repo(path.join(code, 'web'), 'https://github.com/acme/web', {
      '.gitmodules': '[submodule "x"]\n\tpath = x\n',
    });
    repo(path.join(code, 'other'), 'https://github.com/acme/other', { 'o.go': 'o\n' });
    plan(['github.com/acme/api', 'github.com/acme/web']);
    const runs = topics(['--repos-dir', code]);
    const count = (word: string) => runs.filter((r) => r[0] === word).length;
    // Four candidates (the records' repository and three in --repos-dir), each one config read;
    // a rev-parse only for the two the plan names.
    assert.equal(count('rev-parse'), 2);
    assert.equal(count('symbolic-ref'), 0);
    const configs = runs.filter((r) => r[0] === 'config').map((r) => r.slice(1).join(' '));
    assert.equal(configs.filter((c) => c === '-z --list').length, 4);
    assert.equal(configs.filter((c) => c.includes('--blob=')).length, 1);
    assert.equal(configs.length, 5);
  });
});
