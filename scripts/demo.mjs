// `npm run demo`: the extension in a real VS Code (code-server) on a demo repository.
//
// Builds the production VSIX, makes .demo/ afresh (a git repository with a few months of made-up
// history by three authors and the records of two mentoring relationships), installs the
// extension into a code-server of its own and serves it on 127.0.0.1 with auth off. Ctrl+C stops
// it cleanly.
//
// Environment:
//   MJ_DEMO_PORT=8080           the port (default 8080, or a free one when 8080 is taken)
//   MJ_DEMO_EXIT_AFTER_READY=1  check the page answers, then stop and exit 0 (for scripted tests)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyChange, codeCommits, PEOPLE } from './demo/history.mjs';
import { applyRecordChanges, recordEvents } from './demo/records.mjs';
import { ensureInstalled } from './realvscode/install.mjs';
import {
  PROJECT_ROOT,
  Teardown,
  freePort,
  httpGet,
  installExtensions,
  makeGitWorkspace,
  packageExtension,
  secs,
  sh,
  startCodeServer,
  writeUserSettings,
} from './realvscode/lib.mjs';

const T0 = Date.now();
const DEMO = path.join(PROJECT_ROOT, '.demo');
const REPO = path.join(DEMO, 'acme-billing');
const log = (m) => console.log(`[demo ${secs(T0)}] ${m}`);

/** Builds the demo repository: code commits and record events in one timeline, by date. */
function buildRepository() {
  makeGitWorkspace(REPO, { user: PEOPLE.sam });
  fs.writeFileSync(
    path.join(REPO, 'README.md'),
    '# acme-billing\n\nAPI, database migrations, scripts and the billing service.\n',
  );
  const timeline = [
    { date: '2026-08-01T09:00:00Z', author: 'sam', message: 'Initial commit', apply: () => {} },
    ...codeCommits().map((c) => ({ ...c, apply: () => applyChange(REPO, c.change) })),
    ...recordEvents().map((e) => ({
      ...e,
      apply: (head) => applyRecordChanges(REPO, e.changes(head)),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  let head = '';
  for (const step of timeline) {
    step.apply(head);
    const who = PEOPLE[step.author];
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
      GIT_AUTHOR_DATE: step.date,
      GIT_COMMITTER_DATE: step.date,
    };
    sh('git', ['add', '-A'], { cwd: REPO });
    sh('git', ['commit', '-q', '-m', step.message], { cwd: REPO, env });
    head = sh('git', ['rev-parse', 'HEAD'], { cwd: REPO }).trim();
  }
  return timeline.length;
}

async function pickPort() {
  if (process.env.MJ_DEMO_PORT) return Number(process.env.MJ_DEMO_PORT);
  const net = await import('node:net');
  const free = await new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(8080, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
  return free ? 8080 : freePort();
}

async function main() {
  const teardown = new Teardown({ signalExitCode: 0 });
  try {
    ensureInstalled({ log: (m) => log(`install: ${m}`) });
    const vsix = packageExtension(path.join(DEMO, 'mentoring-journal.vsix'));
    log(`packaged ${path.relative(PROJECT_ROOT, vsix)}`);

    for (const d of ['acme-billing', 'user-data', 'extensions'])
      fs.rmSync(path.join(DEMO, d), { recursive: true, force: true });
    const commits = buildRepository();
    log(
      `demo repository ${path.relative(PROJECT_ROOT, REPO)}: ${commits} commits by ${Object.values(
        PEOPLE,
      )
        .map((p) => p.name)
        .join(', ')}`,
    );

    const userDataDir = path.join(DEMO, 'user-data');
    const extensionsDir = path.join(DEMO, 'extensions');
    fs.mkdirSync(extensionsDir, { recursive: true });
    writeUserSettings(userDataDir);
    installExtensions({ userDataDir, extensionsDir, vsixes: [vsix] });
    log('extension installed');

    const server = await startCodeServer({
      userDataDir,
      extensionsDir,
      folder: REPO,
      port: await pickPort(),
      logFile: path.join(DEMO, 'code-server.log'),
    });
    teardown.add('stop code-server', server.stop);
    const address = `${server.url}/?folder=${encodeURIComponent(REPO)}`;
    const status = await httpGet(address);
    if (status !== 200) throw new Error(`${address} answered HTTP ${status}, not 200`);
    console.log(
      `\nMentoring Journal demo is ready (HTTP ${status}):\n\n    ${address}\n\nOpen it in a browser. Ctrl+C stops it. Log: ${path.relative(PROJECT_ROOT, path.join(DEMO, 'code-server.log'))}\n`,
    );

    if (process.env.MJ_DEMO_EXIT_AFTER_READY === '1') {
      log('MJ_DEMO_EXIT_AFTER_READY=1: stopping');
      await teardown.run();
      return;
    }
    // Served until Ctrl+C (the teardown's signal handler stops code-server and exits 0) or until
    // code-server itself exits.
    await new Promise((resolve) => server.proc.once('exit', resolve));
    if (teardown.done) return; // stopped by Ctrl+C
    throw new Error(
      `code-server exited; see ${path.relative(PROJECT_ROOT, path.join(DEMO, 'code-server.log'))}`,
    );
  } catch (e) {
    console.error(`[demo] FAILED: ${e.message}`);
    await teardown.run();
    process.exitCode = 1;
  }
}

await main();
