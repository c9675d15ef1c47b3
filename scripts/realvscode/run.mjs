// The tiers that need a real VS Code (code-server from npm, driven by headless chromium):
//
//   node scripts/realvscode/run.mjs integration   the suites in test/integration/ run inside the
//                                                 extension host, through the test-only runner extension,
//                                                 in three workspace configurations (CONFIGURATIONS below)
//   node scripts/realvscode/run.mjs e2e           mocha in plain Node drives the workbench in a browser
//                                                 (test/e2e/), as a person would
//
// Options: --keep (keep the temporary workspace), --timeout <seconds> (the deadline for results),
// --only <name,...> (integration: run only these configurations, or only these test files by
// basename without .test.ts; a partial run, for development).
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
  openWorkbench,
  packageExtension,
  packageRunner,
  secs,
  startCodeServer,
  tail,
  waitFor,
  writeUserSettings,
} from './lib.mjs';
import {
  makeMainWorkspace,
  makeMultiRootWorkspace,
  makeUntrustedWorkspace,
} from './workspaces.mjs';

const TIERS = ['integration', 'e2e'];
const argv = process.argv.slice(2);
const tier = argv.find(
  (a, i) => !a.startsWith('--') && !['--timeout', '--only'].includes(argv[i - 1]),
);
const keep = argv.includes('--keep');
const onlyArg = argv.indexOf('--only');
const only = onlyArg >= 0 ? argv[onlyArg + 1].split(',') : null;
const timeoutArg = argv.indexOf('--timeout');
const resultsTimeoutMs =
  (timeoutArg >= 0 ? Number(argv[timeoutArg + 1]) : tier === 'e2e' ? 300 : 180) * 1000;

if (!TIERS.includes(tier)) {
  console.error(
    `usage: node scripts/realvscode/run.mjs <${TIERS.join('|')}> [--keep] [--timeout seconds] [--only main,untrusted,multi-root]`,
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

/** Installs the tools, compiles and packages the VSIXs, once for every configuration of a run. */
function prepareTools({ withRunner }) {
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
  return vsixes;
}

/** A fresh user-data-dir (with the given settings) and extensions dir with the VSIXs installed. */
function prepareProfile(runDir, vsixes, settings = {}) {
  fs.rmSync(runDir, { recursive: true, force: true });
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, settings);
  const ti = Date.now();
  const { installed } = installExtensions({ userDataDir, extensionsDir, vsixes });
  if (!installed.some((d) => d.startsWith(`${EXTENSION_ID}-`)))
    throw new Error(`code-server did not install ${EXTENSION_ID} (found: ${installed.join(', ')})`);
  log(`installed into a fresh extensions dir: ${installed.join(', ')} (${secs(ti)})`);
  return { userDataDir, extensionsDir };
}

/** A temporary folder for a workspace fixture, removed at the end unless --keep. */
function tempBase(teardown, prefix) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  if (!keep)
    teardown.add('remove workspace', () => fs.rmSync(base, { recursive: true, force: true }));
  return base;
}

async function prepare(teardown, { withRunner }) {
  const vsixes = prepareTools({ withRunner });
  const { userDataDir, extensionsDir } = prepareProfile(RUN_DIR, vsixes);
  const { workspace } = makeMainWorkspace(tempBase(teardown, `mj-${tier}-`));
  log(`workspace ${workspace} (git user ${GIT_USER.name} <${GIT_USER.email}>)`);
  return { userDataDir, extensionsDir, workspace };
}

const INTEGRATION_OUT = path.join(PROJECT_ROOT, 'out', 'test', 'integration');

/**
 * The workspace configurations of the integration tier, each in its own fresh code-server with
 * its own user-data-dir, extensions dir and suites. `main` must have tests; any other whose
 * suite folder has no compiled test is skipped with a log line.
 */
const CONFIGURATIONS = [
  {
    name: 'main',
    suites: INTEGRATION_OUT,
    runDir: RUN_DIR,
    tempPrefix: 'mj-integration-',
    make: makeMainWorkspace,
  },
  {
    // Workspace trust on, and the folder not trusted: code-server without
    // --disable-workspace-trust, no startup prompt, nothing that trusts the folder.
    name: 'untrusted',
    suites: path.join(INTEGRATION_OUT, 'untrusted'),
    runDir: `${RUN_DIR}-untrusted`,
    tempPrefix: 'mj-integration-untrusted-',
    make: makeUntrustedWorkspace,
    disableWorkspaceTrust: false,
    expectTrusted: false,
    settings: {
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.untrustedFiles': 'open',
    },
  },
  {
    name: 'multi-root',
    suites: path.join(INTEGRATION_OUT, 'multiroot'),
    runDir: `${RUN_DIR}-multi-root`,
    tempPrefix: 'mj-integration-multiroot-',
    make: makeMultiRootWorkspace,
  },
];

const counts = (r) => `${r.passed} passed, ${r.failed} failed, ${r.pending || 0} pending`;

/** Adds errors from our extension in the extension host logs to `results`, as one failure. */
function addHostErrors(results, userDataDir, label) {
  const prefix = label ? `${label}: ` : '';
  const errors = extensionHostErrors(userDataDir);
  if (errors.length) {
    log(`${prefix}${errors.length} error(s) from ${EXTENSION_ID} in the extension host logs:`);
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
    log(`${prefix}no errors from ${EXTENSION_ID} in the extension host logs`);
  }
}

/** One configuration: its own profile, workspace and code-server; returns the runner's results. */
async function runConfiguration(teardown, config, files, vsixes, getBrowser) {
  const label = config.name;
  const { userDataDir, extensionsDir } = prepareProfile(config.runDir, vsixes, config.settings);
  const fixture = config.make(tempBase(teardown, config.tempPrefix));
  log(
    `${label}: workspace ${fixture.open.workspaceFile || fixture.workspace} ` +
      `(git user ${GIT_USER.name} <${GIT_USER.email}>)`,
  );
  log(`${label}: ${files.length} test file(s): ${files.map((f) => path.basename(f)).join(', ')}`);

  const resultsFile = path.join(config.runDir, 'results.json');
  const mochaLog = path.join(config.runDir, 'mocha.log');
  const env = {
    MJ_TEST_RESULTS: resultsFile,
    MJ_TEST_LOG: mochaLog,
    MJ_TEST_FILES: files.join(path.delimiter),
    MJ_MOCHA_PATH: path.join(PROJECT_ROOT, 'node_modules', 'mocha'),
    MJ_REPORTER_PATH: path.join(PROJECT_ROOT, 'scripts', 'countingReporter.cjs'),
    MJ_PROJECT_ROOT: PROJECT_ROOT,
    MJ_EXTENSION_ID: EXTENSION_ID,
    MJ_CONFIGURATION: label,
    ...(config.expectTrusted !== undefined
      ? { MJ_EXPECT_TRUSTED: String(config.expectTrusted) }
      : {}),
  };
  const serverLog = path.join(config.runDir, 'code-server.log');
  const server = await startCodeServer({
    userDataDir,
    extensionsDir,
    folder: fixture.open.folder,
    env,
    logFile: serverLog,
    disableWorkspaceTrust: config.disableWorkspaceTrust ?? true,
  });
  teardown.add(`stop code-server (${label})`, server.stop);
  log(
    `${label}: code-server listening on ${server.url}` +
      `${config.disableWorkspaceTrust === false ? ' (workspace trust on)' : ''}`,
  );

  let context;
  try {
    const browser = await getBrowser();
    const tw = Date.now();
    let page;
    ({ context, page } = await openWorkbench(browser, server.url, fixture.open));
    log(
      `${label}: workbench on screen (${secs(tw)}); waiting for the suites ` +
        `(deadline ${resultsTimeoutMs / 1000} s)`,
    );

    const follow = follower(mochaLog);
    let crashed = false;
    page.on('crash', () => (crashed = true));
    try {
      await waitFor(
        `the results file ${resultsFile} of the ${label} configuration`,
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
        const shot = path.join(RESULTS_DIR, timeoutShotName(label));
        await page.screenshot({ path: shot }).catch(() => {});
        console.log(
          `    (screenshot of the workbench: ${path.relative(PROJECT_ROOT, shot)}; code-server log: ${serverLog})`,
        );
      }
    }
  } finally {
    // Stopped now, not at the end of the run: the next configuration gets the machine, and the
    // extension host has flushed its logs before they are read. The server goes first: a page
    // that unloads while the host still runs makes pending tree-view refreshes log "Canceled".
    await server.stop();
    if (context) await context.close().catch(() => {});
  }
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  if (results.activationMs !== undefined)
    log(
      `${label}: activation of ${EXTENSION_ID}: module load ${results.moduleLoadMs === undefined ? '(already active)' : `${results.moduleLoadMs} ms`}, ` +
        `activate() ${results.activateBodyMs} ms, host wall time ${results.activationMs} ms`,
    );
  if (fixture.marker)
    log(
      `${label}: fsmonitor marker ${fs.existsSync(fixture.marker) ? 'PRESENT (git ran in the workspace)' : 'absent (git never ran in the workspace)'}`,
    );
  addHostErrors(results, userDataDir, label);
  return results;
}

const timeoutShotName = (label) =>
  label === 'main' ? `${tier}-timeout.png` : `${tier}-${label}-timeout.png`;

async function runIntegration(teardown) {
  const vsixes = prepareTools({ withRunner: true });
  let browser;
  const getBrowser = async () => {
    if (!browser) {
      browser = await launchBrowser();
      teardown.add('close chromium', () => browser.close());
    }
    return browser;
  };

  const total = { passed: 0, failed: 0, pending: 0, failures: [] };
  const summaries = [];
  let main;
  for (const config of CONFIGURATIONS) {
    // --only also takes test file basenames (without .test.ts): those files of their configuration.
    const named = testFilesIn(config.suites).filter((f) =>
      only?.includes(path.basename(f, '.test.js')),
    );
    if (only && !only.includes(config.name) && named.length === 0) {
      log(`${config.name}: not run (--only ${only.join(',')})`);
      continue;
    }
    const files = named.length > 0 ? named : testFilesIn(config.suites);
    const rel = path.relative(PROJECT_ROOT, config.suites);
    if (files.length === 0) {
      if (config.name === 'main')
        throw new Error('no compiled integration tests in out/test/integration/ (did tsc run?)');
      log(`${config.name}: skipped (no compiled tests in ${rel}/)`);
      summaries.push({ name: config.name, skipped: true });
      continue;
    }
    const tc = Date.now();
    let results;
    try {
      results = await runConfiguration(teardown, config, files, vsixes, getBrowser);
    } catch (e) {
      if (teardown.interrupted) throw e;
      // Results that never arrive are a failure of this configuration; the others still run.
      console.error(`[${tier}] ${config.name}: INFRASTRUCTURE FAILURE: ${e.message}`);
      results = {
        passed: 0,
        failed: 1,
        pending: 0,
        failures: [{ title: `${tier} infrastructure`, message: e.message }],
      };
    }
    if (config.name === 'main') main = results;
    const wallMs = Date.now() - tc;
    total.passed += results.passed || 0;
    total.failed += results.failed || 0;
    total.pending += results.pending || 0;
    for (const f of results.failures || [])
      total.failures.push(
        config.name === 'main' ? f : { ...f, title: `[${config.name}] ${f.title}` },
      );
    summaries.push({
      name: config.name,
      passed: results.passed || 0,
      failed: results.failed || 0,
      pending: results.pending || 0,
      wallMs,
      files: results.files,
    });
    log(`${config.name}: ${counts(results)} in ${(wallMs / 1000).toFixed(1)} s`);
  }
  for (const c of summaries)
    log(
      `  ${c.name.padEnd(11)} ${c.skipped ? 'skipped (no compiled tests)' : `${counts(c)} (${(c.wallMs / 1000).toFixed(1)} s)`}`,
    );
  // The activation figures and the file list are the main configuration's.
  const fromMain = {};
  for (const key of ['activationMs', 'moduleLoadMs', 'activateBodyMs', 'files', 'mochaFailures'])
    if (main && main[key] !== undefined) fromMain[key] = main[key];
  return { results: { ...total, ...fromMain, configurations: summaries } };
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
  for (const f of fs.existsSync(RESULTS_DIR) ? fs.readdirSync(RESULTS_DIR) : [])
    if (f.startsWith(`${tier}-`) && f.endsWith('-timeout.png'))
      fs.rmSync(path.join(RESULTS_DIR, f), { force: true });
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
  // Errors our extension caused in the extension host count as failures (the integration tier
  // checks each configuration's logs itself).
  if (userDataDir) addHostErrors(results, userDataDir);
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
