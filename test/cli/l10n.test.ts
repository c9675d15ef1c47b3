import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CLI,
  ensureCliBuilt,
  isolatedGitEnv,
  makeRepo,
  removeDir,
  runCli,
  tempDir,
} from '../support/cli';

/** `mentoring-journal ARGS` with the given locale variables on top of the isolated environment. */
function runIn(env: Record<string, string>, args: readonly string[], cwd: string) {
  const base = isolatedGitEnv(cwd);
  for (const key of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete base[key];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...base, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A pseudo-localised line: the whole message in brackets, its letters accented.
const PSEUDO = /^\[.*\]$/;

describe('cli: messages in the pseudo-locale (qps-ploc)', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    makeRepo(dir);
    assert.equal(
      runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam', '--started', '2026-09-01'], dir)
        .status,
      0,
    );
  });
  afterEach(() => removeDir(dir));

  it("prints validate's summary pseudo-localised with LANG=qps_ploc", () => {
    const r = runIn({ LANG: 'qps_ploc' }, ['validate'], dir);
    assert.equal(r.status, 0, r.stderr);
    const last = r.stdout.trim().split('\n').at(-1) ?? '';
    assert.match(last, PSEUDO);
    assert.match(last, /ƒïïĺéé/, last);
    assert.doesNotMatch(last, /files checked/);
  });

  it('prints the same with --locale qps-ploc, which wins over LANG', () => {
    const r = runIn({ LANG: 'en_US.UTF-8' }, ['validate', '--locale', 'qps-ploc'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout.trim().split('\n').at(-1) ?? '', PSEUDO);
  });

  it('stays English with LANG=en_US.UTF-8 and with a locale it has no bundle for', () => {
    for (const LANG of ['en_US.UTF-8', 'xx_YY.UTF-8']) {
      const r = runIn({ LANG }, ['validate'], dir);
      assert.match(r.stdout, /files checked: 0 errors/, LANG);
    }
  });

  it('pseudo-localises --help, usage errors and problem messages, but not json keys or record text', () => {
    const help = runIn({ LC_ALL: 'qps_ploc.UTF-8' }, ['--help'], dir);
    assert.equal(help.status, 0);
    assert.match(help.stdout.split('\n')[0], PSEUDO);
    const usage = runIn({ LC_ALL: 'qps_ploc' }, ['validate', 'a', 'b'], dir);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /^mentoring-journal validate: \[.*\]$/m);

    const plan = path.join(dir, 'mentoring', 'alex', 'plan.md');
    fs.writeFileSync(
      plan,
      fs.readFileSync(plan, 'utf8').replace(/^started: .*$/m, 'started: 2026-02-30'),
    );
    const json = runIn({ LANG: 'qps_ploc' }, ['validate', '--format', 'json'], dir);
    const report = JSON.parse(json.stdout) as {
      files: number;
      problems: { code: string; message: string }[];
    };
    assert.deepEqual(Object.keys(report), ['files', 'problems']);
    assert.ok(report.problems.length > 0);
    assert.ok(
      report.problems.every((p) => PSEUDO.test(p.message) && /^[a-z-]+$/.test(p.code)),
      JSON.stringify(report.problems),
    );

    // init in the pseudo-locale writes the same record text as in English: records stay in one language.
    const english = fs.readFileSync(plan, 'utf8');
    assert.equal(
      runIn(
        { LANG: 'qps_ploc' },
        ['init', '--mentee', 'Bo', '--mentor', 'Sam', '--started', '2026-09-01'],
        dir,
      ).status,
      0,
    );
    const bo = fs.readFileSync(path.join(dir, 'mentoring', 'bo', 'plan.md'), 'utf8');
    assert.doesNotMatch(bo, /[àéïöû]{2}/);
    assert.deepEqual(headings(bo), headings(english));
  });
});

function headings(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .map((l) => l.replace(/:.*$/, ''));
}
