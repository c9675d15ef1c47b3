// Shared pieces of the real-VS-Code tiers and the demo: packaging VSIXs, a git workspace with a
// fixed identity, code-server on a free loopback port, headless chromium on the workbench, and a
// teardown list that also runs on Ctrl+C. Every wait has a deadline; nothing sleeps blindly.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { CACHE_DIR, PROJECT_ROOT, codeServerCommand, toolPaths } from './install.mjs';

export { CACHE_DIR, PROJECT_ROOT };
export const EXTENSION_ID = 'mentoring-journal.mentoring-journal';
export const RUNNER_DIR = path.join(PROJECT_ROOT, 'test', 'runner-extension');
export const VSCE = path.join(PROJECT_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
/** The identity of the workspace repository, so that git-config prefills are predictable. */
export const GIT_USER = { name: 'Sam Chen', email: 'sam@example.com' };
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Elapsed seconds since `t0`, for progress lines. */
export const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

export function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: 'pipe', ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} exited ${r.status}\n${(r.stdout || '').slice(-3000)}${(r.stderr || '').slice(-3000)}`,
    );
  }
  return r.stdout;
}

/** Things to undo, last first; runs once, also on SIGINT/SIGTERM. */
export class Teardown {
  /** @param {{signalExitCode?: number}} options the exit code after Ctrl+C (130 unless told) */
  constructor({ signalExitCode = 130 } = {}) {
    this.steps = [];
    this.done = false;
    /** The signal that stopped the run, if one did. */
    this.interrupted = null;
    this.onSignal = (sig) => {
      this.interrupted = sig;
      console.error(`\n[teardown] ${sig}: stopping`);
      this.run().finally(() => process.exit(signalExitCode));
    };
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }
  add(label, fn) {
    this.steps.push({ label, fn });
  }
  async run() {
    if (this.done) return;
    this.done = true;
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
    for (const { label, fn } of this.steps.reverse()) {
      try {
        await fn();
      } catch (e) {
        console.error(`[teardown] ${label}: ${e.message}`);
      }
    }
  }
}

/** Polls `probe` until it returns a truthy value or the deadline passes. */
export async function waitFor(what, probe, { timeoutMs, intervalMs = 100, onTick } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    if (onTick) await onTick();
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Packages the extension under test (production build through vscode:prepublish). */
export function packageExtension(outFile) {
  return packageVsix(PROJECT_ROOT, outFile);
}

/** Packages the test-only runner extension. */
export function packageRunner(outFile) {
  return packageVsix(RUNNER_DIR, outFile);
}

function packageVsix(dir, outFile) {
  // Within one `npm test`, the second real-VS-Code tier installs the VSIX the first one built.
  if (process.env.MJ_REUSE_VSIX === '1' && fs.existsSync(outFile)) return outFile;
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const pj = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const args = [VSCE, 'package', '--no-dependencies', '-o', outFile];
  // vsce asks questions on a terminal for these; a harness has nobody to answer them.
  // Without a repository vsce cannot rewrite README's relative links and refuses to package.
  if (!pj.repository) args.push('--allow-missing-repository', '--no-rewrite-relative-links');
  if (!['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => fs.existsSync(path.join(dir, f))))
    args.push('--skip-license');
  sh(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  if (!fs.existsSync(outFile)) throw new Error(`vsce did not write ${outFile}`);
  return outFile;
}

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Creates `dir` as a git repository with the fixed identity and an initial commit. */
export function makeGitWorkspace(dir, { user = GIT_USER } = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  sh('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  sh('git', ['config', 'user.name', user.name], { cwd: dir });
  sh('git', ['config', 'user.email', user.email], { cwd: dir });
  sh('git', ['config', 'commit.gpgsign', 'false'], { cwd: dir });
  return dir;
}

/** Settings that keep the workbench quiet: no walkthroughs, tips, update or network checks. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.autofetch': false,
  'git.openRepositoryInParentFolders': 'never',
  'git.showProgress': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'github.copilot.enable': { '*': false },
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
  'editor.accessibilitySupport': 'off',
  'notifications.doNotDisturbMode': false,
  // The daily reminder would pop up 20 s into every test; tests that want it run Show Reminders.
  'mentoring.reminders.enabled': false,
};

export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2),
  );
}

/** Installs VSIXs into the given extensions dir with code-server's own installer. */
export function installExtensions({ userDataDir, extensionsDir, vsixes }) {
  const [cmd, base] = codeServerCommand([]);
  const args = [...base];
  for (const v of vsixes) args.push('--install-extension', v);
  args.push('--force', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir);
  const out = sh(cmd, args, { timeout: 120_000 });
  const installed = fs
    .readdirSync(extensionsDir)
    .filter((d) => !d.startsWith('.') && d !== 'extensions.json');
  return { out, installed };
}

function httpGet(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}
export { httpGet };

/**
 * Starts code-server on 127.0.0.1 with auth off and waits until it answers /healthz.
 * Its output goes to `logFile`. Returns {url, port, proc, stop()}.
 * `disableWorkspaceTrust: false` leaves workspace trust to the user settings (the untrusted
 * configuration of the integration tier); `folder` may be left out when the URL names what to open.
 */
export async function startCodeServer({
  userDataDir,
  extensionsDir,
  folder,
  env = {},
  logFile,
  port,
  timeoutMs = 30_000,
  disableWorkspaceTrust = true,
}) {
  port = port || (await freePort());
  const [cmd, args] = codeServerCommand([
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(disableWorkspaceTrust ? ['--disable-workspace-trust'] : []),
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...(folder ? [folder] : []),
  ]);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'w');
  // Its own process group, so that stopping it also stops its extension host and watchers.
  const proc = spawn(cmd, args, {
    env: {
      ...process.env,
      // The guard keeps a copy of the CLI under the user's data folder: a test run keeps its own.
      XDG_DATA_HOME: path.join(userDataDir, 'xdg-data'),
      ...env,
      PATH: `${path.dirname(toolPaths().node24)}${path.delimiter}${process.env.PATH}`,
    },
    stdio: ['ignore', out, out],
    detached: true,
  });
  fs.closeSync(out);
  let exited = null;
  proc.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      return;
    }
    try {
      await waitFor('code-server to exit', () => exited, { timeoutMs: 5000 });
    } catch {
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  try {
    await waitFor(
      `code-server to answer on ${url} (log: ${logFile})`,
      async () => {
        if (exited)
          throw new Error(
            `code-server exited (${JSON.stringify(exited)}) before it listened; log: ${logFile}\n${tail(logFile)}`,
          );
        return (await httpGet(`${url}/healthz`)) === 200;
      },
      { timeoutMs, intervalMs: 200 },
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, proc, stop, isAlive: () => !exited };
}

export function tail(file, n = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

/** Launches headless Debian chromium through playwright-core. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  // Our Teardown closes the browser on Ctrl+C; playwright's own handlers would race it.
  return chromium.launch({
    executablePath: toolPaths().chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
  });
}

/**
 * Opens the workbench and waits until it is on screen. `target` is a folder path, or
 * `{folder}` / `{workspaceFile}` (a .code-workspace file, opened with ?workspace=).
 */
export async function openWorkbench(
  browser,
  url,
  target,
  { timeoutMs = 60_000, viewport = { width: 1400, height: 900 } } = {},
) {
  const { folder, workspaceFile } = typeof target === 'string' ? { folder: target } : target;
  const query = workspaceFile
    ? `workspace=${encodeURIComponent(workspaceFile)}`
    : `folder=${encodeURIComponent(folder)}`;
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.goto(`${url}/?${query}`, { timeout: timeoutMs });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  return { context, page, consoleErrors };
}

/** Every file under `dir` whose path matches `re`. */
export function findFiles(dir, re) {
  const out = [];
  const walk = (d) => {
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (re.test(p)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Error lines about our extension in the extension host's logs (under the user-data-dir), plus
 * everything our extension wrote to its own output channels at error level.
 */
export function extensionHostErrors(userDataDir, { extensionId = EXTENSION_ID } = {}) {
  const logs = findFiles(path.join(userDataDir, 'logs'), /exthost|extension/i).filter((f) =>
    f.endsWith('.log'),
  );
  const ours = new RegExp(`${extensionId.replace(/\./g, '\\.')}|mentoring-journal|Mentoring`, 'i');
  const errors = [];
  for (const file of logs) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const ownChannel =
      /mentoring/i.test(path.basename(file)) ||
      /mentoring/i.test(path.basename(path.dirname(file)));
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!/\[error\]/i.test(line)) continue;
      // A stack trace follows the error line: its lines carry no timestamp. Only those count;
      // the next log entries belong to other events (another extension's activation, say).
      let end = i + 1;
      while (end < lines.length && end < i + 40 && !/^\d{4}-\d\d-\d\d /.test(lines[end])) end++;
      const context = lines.slice(i, end).join('\n');
      if (ownChannel || ours.test(context))
        errors.push({ file: path.relative(userDataDir, file), line: context.slice(0, 1200) });
    }
  }
  return errors;
}
