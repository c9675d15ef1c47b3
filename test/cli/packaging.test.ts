// Packaging as the marketplace and npm see it (issue 18 point 8): `vsce package` with no flags,
// a VSIX without source maps under 600 KB, and `npm pack` that installs offline into a fresh
// prefix as a working `mentoring-journal`.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isolatedGitEnv, removeDir, tempDir } from '../support/cli';
import { REPO_TOP } from '../support/fixtures';
import { zipEntries } from '../support/zipEntries';

const VSCE = path.join(REPO_TOP, 'node_modules', '@vscode', 'vsce', 'vsce');
const pkg = JSON.parse(fs.readFileSync(path.join(REPO_TOP, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
};

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('packaging', function () {
  this.timeout(240_000);
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => removeDir(dir));

  it('packages the VSIX with no flags: bundles, icon and docs, no source maps, under 600 KB', () => {
    const vsix = path.join(dir, 'mentoring-journal.vsix');
    run(process.execPath, [VSCE, 'package', '-o', vsix], REPO_TOP);
    const names = zipEntries(vsix).map((e) => e.name);
    assert.deepEqual(
      names.filter((n) => n.endsWith('.map')),
      [],
    );
    for (const shipped of [
      'extension/package.json',
      'extension/dist/extension.js',
      'extension/dist/runtime.js',
      'extension/dist/cli.js',
      'extension/dist/cli-main.js',
      'extension/dist/webview/dashboard.js',
      'extension/media/icon.png',
      'extension/readme.md',
    ])
      assert.ok(names.includes(shipped), `${shipped} missing from ${names.join(', ')}`);
    assert.deepEqual(
      names.filter((n) => /^extension\/(src|test|scripts|out|node_modules)\//.test(n)),
      [],
    );
    const size = fs.statSync(vsix).size;
    assert.ok(size < 600 * 1024, `the VSIX is ${size} bytes`);
  });

  it('npm pack ships only the CLI, which installs offline with -g and runs', () => {
    assert.equal(pkg.dependencies, undefined, 'every library is bundled: no runtime dependencies');
    const packed = run('npm', ['pack', '--json', '--pack-destination', dir], REPO_TOP);
    const [info] = JSON.parse(packed.slice(packed.indexOf('['))) as {
      filename: string;
      files: { path: string }[];
    }[];
    assert.deepEqual(info.files.map((f) => f.path).sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/cli-main.js',
      'dist/cli.js',
      'package.json',
    ]);
    const prefix = path.join(dir, 'prefix');
    // An empty cache and --offline: anything left to fetch would fail the install.
    const env = { ...process.env, npm_config_cache: path.join(dir, 'npm-cache') };
    run(
      'npm',
      [
        'install',
        '-g',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--prefix',
        prefix,
        path.join(dir, info.filename),
      ],
      dir,
      env,
    );
    const bin = path.join(prefix, 'bin', 'mentoring-journal');
    assert.equal(run(bin, ['--version'], dir).trim(), pkg.version);
    const records = path.join(dir, 'records');
    fs.mkdirSync(records);
    const git = isolatedGitEnv(records);
    run(
      bin,
      ['init', '--mentee', 'Alex', '--mentor', 'Sam', '--started', '2026-09-01'],
      records,
      git,
    );
    assert.equal(
      run(bin, ['validate'], records, git),
      '2 files checked: 0 errors, 0 warnings, 0 hints\n',
    );
  });
});
