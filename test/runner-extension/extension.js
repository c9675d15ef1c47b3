// Test only, never shipped. Runs the integration suites inside the extension host of a real
// VS Code (code-server), because extensionTestsPath cannot be passed to the web workbench there.
//
// Everything comes from the environment that scripts/realvscode/run.mjs gives code-server (the
// extension host inherits it):
//   MJ_TEST_RESULTS   where to write {passed, failed, pending, failures, activationMs}; unset: do nothing
//   MJ_TEST_FILES     test files, separated by the path delimiter (or MJ_TEST_DIR: every *.test.js in it)
//   MJ_MOCHA_PATH     absolute path of the mocha package to use (default: resolved from MJ_PROJECT_ROOT)
//   MJ_REPORTER_PATH  the counting reporter (default: <MJ_PROJECT_ROOT>/scripts/countingReporter.cjs)
//   MJ_TEST_LOG       optional: the spec reporter's lines are appended here, for the harness to show
//   MJ_EXTENSION_ID   the extension under test (default mentoring-journal.mentoring-journal)
//   MJ_MOCHA_TIMEOUT  per-test timeout in ms (default 20000)
//   MJ_EXPECT_TRUSTED "true" or "false": the suites do not run (one failure instead) unless
//                     vscode.workspace.isTrusted is that; unset: no check
//   MJ_CONFIGURATION  the name of the workspace configuration, for the log (default "main")
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const vscode = require('vscode');

/** Writes via a temporary file and a rename, so the harness never reads half a file. */
function writeJsonAtomic(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value, null, 2));
  fs.renameSync(tmp, file);
}

function makeLogger() {
  const logFile = process.env.MJ_TEST_LOG;
  return (line) => {
    if (!logFile) return;
    try {
      fs.appendFileSync(logFile, line + '\n');
    } catch {
      // the log is a courtesy; the results file is what counts
    }
  };
}

function testFiles() {
  const list = process.env.MJ_TEST_FILES;
  if (list) return list.split(path.delimiter).filter(Boolean);
  const dir = process.env.MJ_TEST_DIR;
  if (!dir) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

function infrastructureFailure(title, error) {
  const message = error && error.stack ? error.stack : String(error);
  return { passed: 0, failed: 1, pending: 0, failures: [{ title, message }] };
}

async function runSuites(resultsFile) {
  const log = makeLogger();
  const root = process.env.MJ_PROJECT_ROOT || '';
  const extensionId = process.env.MJ_EXTENSION_ID || 'mentoring-journal.mentoring-journal';
  const folders = (vscode.workspace.workspaceFolders || []).map((f) => f.name);
  log(
    `[runner] ${process.env.MJ_CONFIGURATION || 'main'}: extension host pid ${process.pid}, ` +
      `VS Code ${vscode.version}, workspace folders [${folders.join(', ')}], ` +
      `trusted ${vscode.workspace.isTrusted}`,
  );
  const expectTrusted = process.env.MJ_EXPECT_TRUSTED;
  if (expectTrusted && String(vscode.workspace.isTrusted) !== expectTrusted) {
    writeJsonAtomic(
      resultsFile,
      infrastructureFailure(
        `the workspace is ${expectTrusted === 'true' ? 'trusted' : 'untrusted'}`,
        `vscode.workspace.isTrusted is ${vscode.workspace.isTrusted}, but this configuration ` +
          `needs ${expectTrusted}; the suites did not run (check code-server's ` +
          `--disable-workspace-trust and the security.workspace.trust.* user settings)`,
      ),
    );
    return;
  }

  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) {
    writeJsonAtomic(
      resultsFile,
      infrastructureFailure(
        `extension ${extensionId} is installed`,
        `not found among ${vscode.extensions.all.length} extensions`,
      ),
    );
    return;
  }
  // Three figures: loading the entry module (timed here, before the host loads it: the module
  // cache then serves the host), the time inside activate() as the extension reports it, and the
  // wall time of extension.activate(), which also waits for the host's own scheduling.
  const round = (ms) => Math.round(ms * 10) / 10;
  let moduleLoadMs;
  if (!extension.isActive) {
    const main = require.resolve(path.join(extension.extensionPath, extension.packageJSON.main));
    const t = performance.now();
    require(main);
    moduleLoadMs = round(performance.now() - t);
  }
  const started = performance.now();
  let activationMs;
  let activateBodyMs;
  try {
    const api = await extension.activate();
    activationMs = round(performance.now() - started);
    activateBodyMs =
      api && typeof api.activationMs === 'number' ? round(api.activationMs) : undefined;
    log(
      `[runner] activated ${extensionId}: module load ${moduleLoadMs === undefined ? '(already active)' : `${moduleLoadMs} ms`}, ` +
        `activate() ${activateBodyMs} ms, host wall time ${activationMs} ms`,
    );
  } catch (e) {
    writeJsonAtomic(resultsFile, infrastructureFailure(`extension ${extensionId} activates`, e));
    return;
  }

  const mochaPath = process.env.MJ_MOCHA_PATH || require.resolve('mocha', { paths: [root] });
  const Mocha = require(mochaPath);
  const reporterPath =
    process.env.MJ_REPORTER_PATH || path.join(root, 'scripts', 'countingReporter.cjs');
  // The spec reporter prints through Base.consoleLog; in the extension host that would vanish
  // into the developer tools console, so it goes to the log file the harness follows.
  Mocha.reporters.Base.consoleLog = (...args) => log(util.format(...args));
  Mocha.reporters.Base.useColors = false;

  // The counting reporter writes its counts to MJ_RESULTS_FILE; the final results file gets the
  // counts plus the activation time, and appears only once complete.
  const countsFile = `${resultsFile}.counts.json`;
  process.env.MJ_RESULTS_FILE = countsFile;
  try {
    fs.rmSync(countsFile, { force: true });
  } catch {
    // nothing to remove
  }

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: require(reporterPath),
    timeout: Number(process.env.MJ_MOCHA_TIMEOUT || 20000),
    color: false,
  });
  const files = testFiles();
  for (const f of files) mocha.addFile(f);
  log(`[runner] ${files.length} test file(s)`);

  const failures = await new Promise((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (e) {
      reject(e);
    }
  });
  let counts;
  try {
    counts = JSON.parse(fs.readFileSync(countsFile, 'utf8'));
  } catch (e) {
    counts = infrastructureFailure('the counting reporter wrote its results', e);
  }
  writeJsonAtomic(resultsFile, {
    ...counts,
    activationMs,
    moduleLoadMs,
    activateBodyMs,
    files: files.map((f) => path.basename(f)),
    workspaceTrusted: vscode.workspace.isTrusted,
    workspaceFolders: folders,
    mochaFailures: failures,
  });
}

function activate() {
  const resultsFile = process.env.MJ_TEST_RESULTS;
  if (!resultsFile) return;
  // Not awaited: the suites run after activation; nothing escapes activate.
  runSuites(resultsFile).catch((e) => {
    try {
      writeJsonAtomic(resultsFile, infrastructureFailure('the test runner ran the suites', e));
    } catch {
      // nowhere left to report; the harness times out and says so
    }
  });
}

function deactivate() {}

module.exports = { activate, deactivate };
