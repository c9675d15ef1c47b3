// The CLI's start entry (dist/cli.js) answers --version and --help without loading the verbs'
// bundle (dist/cli-main.js), and hands everything else to it unchanged.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ensureCliBuilt, removeDir, runCli, tempDir } from '../support/cli';
import { REPO_TOP } from '../support/fixtures';

const MAIN = path.join(path.dirname(CLI), 'cli-main.js');
const { version } = JSON.parse(fs.readFileSync(path.join(REPO_TOP, 'package.json'), 'utf8')) as {
  version: string;
};

describe('cli: start entry', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => (dir = tempDir()));
  afterEach(() => removeDir(dir));

  it('prints the same main help as the verbs bundle, which it baked in at build time', () => {
    const fromEntry = runCli(['--help'], dir);
    const fromMain = spawnSync(process.execPath, [MAIN, '--help'], { cwd: dir, encoding: 'utf8' });
    assert.equal(fromEntry.status, 0);
    assert.equal(fromEntry.stdout, fromMain.stdout);
    assert.match(fromEntry.stdout, /^ {2}validate {9}check the records/m);
  });

  it('answers --version and --help with the verbs bundle absent, and fails plainly for a verb', () => {
    // A copy of the entry alone: if it required cli-main.js for these, they would fail here.
    const alone = path.join(dir, 'cli.js');
    fs.copyFileSync(CLI, alone);
    const run = (args: string[]) =>
      spawnSync(process.execPath, [alone, ...args], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual([run(['--version']).stdout, run(['--version']).status], [`${version}\n`, 0]);
    assert.match(run(['--dir', dir, '-h']).stdout, /^Usage: mentoring-journal <command>/);
    const verb = run(['validate']);
    assert.equal(verb.status, 2);
    assert.match(verb.stderr, /^mentoring-journal: cannot load the CLI: /);
  });

  it("leaves a verb's own --help and unknown words to the verbs bundle", () => {
    assert.match(runCli(['validate', '--help'], dir).stdout, /^Usage: mentoring-journal validate/);
    const unknown = runCli(['frobnicate'], dir);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
  });
});
