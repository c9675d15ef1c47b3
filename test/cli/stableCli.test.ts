// The pre-commit guard runs a copy of the CLI from a fixed place (src/store/stableCli.ts). The
// copy must work on its own: the entry and the verbs' bundle it requires.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { refreshStableCli } from '../../src/store/stableCli';
import { CLI, ensureCliBuilt, removeDir, runCli, tempDir } from '../support/cli';

describe("cli: the guard's copy of the CLI", function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => (dir = tempDir()));
  afterEach(() => removeDir(dir));

  it('copies the entry and the verbs bundle, and the copy validates records by itself', () => {
    const copy = refreshStableCli(CLI, { XDG_DATA_HOME: path.join(dir, 'data') });
    assert.equal(copy, path.join(dir, 'data', 'mentoring-journal', 'cli.js'));
    assert.deepEqual(fs.readdirSync(path.dirname(copy)).sort(), ['cli-main.js', 'cli.js']);
    const records = path.join(dir, 'records');
    fs.mkdirSync(records);
    assert.equal(runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam'], records).status, 0);
    const r = spawnSync(process.execPath, [copy, 'validate'], { cwd: records, encoding: 'utf8' });
    assert.deepEqual(
      [r.status, r.stdout, r.stderr],
      [0, '2 files checked: 0 errors, 0 warnings, 0 hints\n', ''],
    );
  });
});
