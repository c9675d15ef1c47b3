// The tiers that need a real VS Code (code-server from npm, driven by headless chromium):
//
//   node scripts/realvscode/run.mjs integration   the suites in test/integration/ run inside the
//                                                 extension host, through the test-only runner extension
//   node scripts/realvscode/run.mjs e2e           mocha in plain Node drives the workbench in a browser
//                                                 (test/e2e/), as a person would
//
// Options: --keep (keep the temporary workspace), --timeout <seconds> (the deadline for results).
// Each run installs what it lacks (cached in .vscode-test/), compiles, packages the production VSIX,
// uses a fresh user-data-dir and extensions-dir, writes test-results/<tier>.json in the counting
// reporter's format and exits 0 only when every test passed and more than zero ran. An
// infrastructure failure is a failed run with a message, never a pass or a skip.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { ensureInstalled } from './install.mjs';
import {
  CACHE_DIR,
  EXTENSION_ID,
  GIT_USER,
  PROJECT_ROOT,
  Teardown,
  extensionHostErrors,
  installExtensions,
  launchBrowser,
  makeGitWorkspace,
  openWorkbench,
  packageExtension,
  packageRunner,
  secs,
  sh,
  startCodeServer,
  tail,
  waitFor,
  writeUserSettings,
} from './lib.mjs';

const TIERS = ['integration', 'e2e'];
const argv = process.argv.slice(2);
const tier = argv.find((a) => !a.startsWith('--'));
const keep = argv.includes('--keep');
const timeoutArg = argv.indexOf('--timeout');
const resultsTimeoutMs =
  (timeoutArg >= 0 ? Number(argv[timeoutArg + 1]) : tier === 'e2e' ? 300 : 180) * 1000;

if (!TIERS.includes(tier)) {
  console.error(
    `usage: node scripts/realvscode/run.mjs <${TIERS.join('|')}> [--keep] [--timeout seconds]`,
  );
  process.exit(2);
}

const T0 = Date.now();
const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results');
const RESULTS_FILE = path.join(RESULTS_DIR, `${tier}.json`);
const RUN_DIR = path.join(CACHE_DIR, 'runs', tier);
const log = (m) => console.log(`[${tier} ${secs(T0)}] ${m}`);

function writeResults(results) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(
    RESULTS_FILE,
    JSON.stringify({ ...results, tier, wallMs: Date.now() - T0 }, null, 2),
  );
}

/** tsc emits even with type errors; the errors are shown, and missing output is what fails. */
function compile() {
  const r = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', PROJECT_ROOT],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) {
    console.log((r.stdout + r.stderr).trim().split('\n').slice(0, 40).join('\n'));
    log('WARNING: tsc reported type errors (above); running what it emitted');
  }
}

function testFilesIn(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Follows a growing text file and prints new lines with an indent. */
function follower(file) {
  let offset = 0;
  return () => {
    let text;
    try {
      const fd = fs.openSync(file, 'r');
      const size = fs.fstatSync(fd).size;
      if (size <= offset) {
        fs.closeSync(fd);
        return;
      }
      const buf = Buffer.alloc(size - offset);
      fs.readSync(fd, buf, 0, buf.length, offset);
      fs.closeSync(fd);
      const lastNl = buf.lastIndexOf(0x0a);
      if (lastNl < 0) return;
      text = buf.subarray(0, lastNl + 1).toString('utf8');
      offset += lastNl + 1;
    } catch {
      return;
    }
    process.stdout.write(text.replace(/^(?=.)/gm, '    '));
  };
}

async function prepare(teardown, { withRunner }) {
  const t = Date.now();
  ensureInstalled({ log: (m) => log(`install: ${m}`) });
  log(`tools ready (${secs(t)})`);

  // scripts/test.mjs compiles once for every tier and says so.
  if (process.env.MJ_SKIP_COMPILE === '1') log('compiled already (scripts/test.mjs)');
  else {
    const tc = Date.now();
    compile();
    log(`compiled (${secs(tc)})`);
  }

  const tp = Date.now();
  const vsixDir = CACHE_DIR;
  const vsixes = [packageExtension(path.join(vsixDir, 'mentoring-journal.vsix'))];
  if (withRunner)
    vsixes.push(packageRunner(path.join(vsixDir, 'mentoring-journal-test-runner.vsix')));
  log(`packaged ${vsixes.map((v) => path.basename(v)).join(', ')} (${secs(tp)})`);

  fs.rmSync(RUN_DIR, { recursive: true, force: true });
  const userDataDir = path.join(RUN_DIR, 'user-data');
  const extensionsDir = path.join(RUN_DIR, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir);
  const ti = Date.now();
  const { installed } = installExtensions({ userDataDir, extensionsDir, vsixes });
  if (!installed.some((d) => d.startsWith(`${EXTENSION_ID}-`)))
    throw new Error(`code-server did not install ${EXTENSION_ID} (found: ${installed.join(', ')})`);
  log(`installed into a fresh extensions dir: ${installed.join(', ')} (${secs(ti)})`);

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), `mj-${tier}-`));
  makeGitWorkspace(workspace);
  fs.writeFileSync(path.join(workspace, 'README.md'), '# A project with mentoring records\n');
  sh('git', ['add', '-A'], { cwd: workspace });
  sh('git', ['commit', '-q', '-m', 'Initial commit'], {
    cwd: workspace,
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: '2026-09-01T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-09-01T10:00:00Z',
    },
  });
  if (!keep)
    teardown.add('remove workspace', () => fs.rmSync(workspace, { recursive: true, force: true }));
  log(`workspace ${workspace} (git user ${GIT_USER.name} <${GIT_USER.email}>)`);
  return { userDataDir, extensionsDir, workspace };
}

async function runIntegration(teardown) {
  const { userDataDir, extensionsDir, workspace } = await prepare(teardown, { withRunner: true });
  const files = testFilesIn(path.join(PROJECT_ROOT, 'out', 'test', 'integration'));
  if (files.length === 0)
    throw new Error('no compiled integration tests in out/test/integration/ (did tsc run?)');
  log(`${files.length} test file(s): ${files.map((f) => path.basename(f)).join(', ')}`);

  const resultsFile = path.join(RUN_DIR, 'results.json');
  const mochaLog = path.join(RUN_DIR, 'mocha.log');
  const env = {
    MJ_TEST_RESULTS: resultsFile,
    MJ_TEST_LOG: mochaLog,
    MJ_TEST_FILES: files.join(path.delimiter),
    MJ_MOCHA_PATH: path.join(PROJECT_ROOT, 'node_modules', 'mocha'),
    MJ_REPORTER_PATH: path.join(PROJECT_ROOT, 'scripts', 'countingReporter.cjs'),
    MJ_PROJECT_ROOT: PROJECT_ROOT,
    MJ_EXTENSION_ID: EXTENSION_ID,
  };
  const serverLog = path.join(RUN_DIR, 'code-server.log');
  const server = await startCodeServer({
    userDataDir,
    extensionsDir,
    folder: workspace,
    env,
    logFile: serverLog,
  });
  teardown.add('stop code-server', server.stop);
  log(`code-server listening on ${server.url}`);

  const browser = await launchBrowser();
  teardown.add('close chromium', () => browser.close());
  const tw = Date.now();
  const { page } = await openWorkbench(browser, server.url, workspace);
  log(
    `workbench on screen (${secs(tw)}); waiting for the suites (deadline ${resultsTimeoutMs / 1000} s)`,
  );

  const follow = follower(mochaLog);
  let crashed = false;
  page.on('crash', () => (crashed = true));
  try {
    await waitFor(
      `the results file ${resultsFile}`,
      () => {
        if (!server.isAlive())
          throw new Error(
            `code-server exited during the run; log ${serverLog}:\n${tail(serverLog)}`,
          );
        if (crashed) throw new Error('the workbench page crashed');
        return fs.existsSync(resultsFile);
      },
      { timeoutMs: resultsTimeoutMs, intervalMs: 200, onTick: follow },
    );
  } finally {
    follow();
    if (!fs.existsSync(resultsFile)) {
      fs.mkdirSync(RESULTS_DIR, { recursive: true });
      const shot = path.join(RESULTS_DIR, 'integration-timeout.png');
      await page.screenshot({ path: shot }).catch(() => {});
      console.log(
        `    (screenshot of the workbench: ${path.relative(PROJECT_ROOT, shot)}; code-server log: ${serverLog})`,
      );
    }
  }
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  if (results.activationMs !== undefined)
    log(
      `activation of ${EXTENSION_ID}: module load ${results.moduleLoadMs ?? '(already loaded)'} ms, ` +
        `activate() ${results.activateBodyMs} ms, host wall time ${results.activationMs} ms`,
    );
  return { results, userDataDir };
}

async function runE2e(teardown) {
  const { userDataDir, extensionsDir, workspace } = await prepare(teardown, { withRunner: false });
  const files = testFilesIn(path.join(PROJECT_ROOT, 'out', 'test', 'e2e'));
  if (files.length === 0)
    throw new Error('no compiled end-to-end tests in out/test/e2e/ (did tsc run?)');
  const serverLog = path.join(RUN_DIR, 'code-server.log');
  const server = await startCodeServer({
    userDataDir,
    extensionsDir,
    folder: workspace,
    logFile: serverLog,
  });
  teardown.add('stop code-server', server.stop);
  log(`code-server listening on ${server.url}`);

  const shots = path.join(RESULTS_DIR, 'e2e');
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  const mochaResults = path.join(RUN_DIR, 'mocha-results.json');
  const args = [
    path.join(PROJECT_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'),
    '--no-config',
    '--reporter',
    path.join(PROJECT_ROOT, 'scripts', 'countingReporter.cjs'),
    '--timeout',
    '90000',
    ...files,
  ];
  log(`mocha ${files.map((f) => path.basename(f)).join(', ')}`);
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      MJ_RESULTS_FILE: mochaResults,
      MJ_E2E_URL: server.url,
      MJ_E2E_WORKSPACE: workspace,
      MJ_E2E_SHOTS: shots,
      MJ_E2E_GIT_NAME: GIT_USER.name,
      MJ_E2E_GIT_EMAIL: GIT_USER.email,
    },
  });
  teardown.add('stop mocha', () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  for (const stream of [child.stdout, child.stderr]) {
    readline
      .createInterface({ input: stream })
      .on('line', (line) => console.log(line ? `    ${line}` : ''));
  }
  let exit = null;
  child.on('exit', (code, signal) => (exit = { code, signal }));
  await waitFor(
    'the end-to-end mocha run',
    () => {
      if (!server.isAlive())
        throw new Error(`code-server exited during the run; log ${serverLog}:\n${tail(serverLog)}`);
      return exit;
    },
    { timeoutMs: resultsTimeoutMs, intervalMs: 200 },
  );
  if (!fs.existsSync(mochaResults))
    throw new Error(`mocha exited (${JSON.stringify(exit)}) without writing results`);
  const results = JSON.parse(fs.readFileSync(mochaResults, 'utf8'));
  log(
    `screenshots in ${path.relative(PROJECT_ROOT, shots)}/ (${fs.readdirSync(shots).length} files)`,
  );
  return { results, userDataDir };
}

async function main() {
  // Nothing stale from an earlier run may be mistaken for this run's results.
  fs.rmSync(RESULTS_FILE, { force: true });
  fs.rmSync(path.join(RESULTS_DIR, `${tier}-timeout.png`), { force: true });
  const teardown = new Teardown();
  // Runs last in the teardown: an interrupted run is recorded as a failed one.
  teardown.add('record an interrupted run', () => {
    if (!teardown.interrupted) return;
    writeResults({
      passed: 0,
      failed: 1,
      pending: 0,
      failures: [{ title: `${tier} run`, message: `interrupted by ${teardown.interrupted}` }],
    });
    console.error(
      `[${tier}] FAILED: interrupted by ${teardown.interrupted}; ${path.relative(PROJECT_ROOT, RESULTS_FILE)}`,
    );
  });
  let results;
  let userDataDir;
  try {
    ({ results, userDataDir } =
      tier === 'integration' ? await runIntegration(teardown) : await runE2e(teardown));
  } catch (e) {
    results = {
      passed: 0,
      failed: 1,
      pending: 0,
      failures: [{ title: `${tier} infrastructure`, message: e.message }],
    };
    console.error(`[${tier}] INFRASTRUCTURE FAILURE: ${e.message}`);
  } finally {
    await teardown.run();
  }
  if (userDataDir) {
    // Errors our extension caused in the extension host count as failures.
    const errors = extensionHostErrors(userDataDir);
    if (errors.length) {
      log(`${errors.length} error(s) from ${EXTENSION_ID} in the extension host logs:`);
      for (const e of errors) console.log(`    ${e.file}: ${e.line.replace(/\n/g, '\n      ')}`);
      results.failed += 1;
      results.failures = [
        ...(results.failures || []),
        {
          title: 'the extension host log has no errors from the extension',
          message: errors.map((e) => e.line.split('\n')[0]).join('\n'),
        },
      ];
    } else {
      log(`no errors from ${EXTENSION_ID} in the extension host logs`);
    }
  }
  writeResults(results);
  const total = (results.passed || 0) + (results.failed || 0);
  const ok = results.failed === 0 && results.passed > 0;
  console.log(
    `[${tier}] ${ok ? 'PASSED' : 'FAILED'}: ${results.passed} passed, ${results.failed} failed, ${results.pending || 0} pending` +
      `${total === 0 ? ' (no tests ran: counts as a failure)' : ''} in ${secs(T0)}; ${path.relative(PROJECT_ROOT, RESULTS_FILE)}`,
  );
  for (const f of results.failures || [])
    console.log(
      `  x ${f.title}\n      ${String(f.message).split('\n').slice(0, 6).join('\n      ')}`,
    );
  process.exitCode = ok ? 0 : 1;
}

await main();
