// Runs every test tier and closes with the line CI reads: "N passed, N failed".
//
//   node scripts/test.mjs                 every tier: lint, unit, workflows, cli, git, security, integration, e2e
//   node scripts/test.mjs unit cli        only those
//
// Plain-Node tiers run mocha over the compiled tests in out/test/<tier>/; the real-VS-Code tiers
// run through scripts/realvscode/run.mjs (code-server + headless Chromium, installed on first
// use). Each tier writes test-results/<tier>.json; a tier that writes none counts as a failure.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const ALL = ['lint', 'unit', 'workflows', 'cli', 'git', 'security', 'integration', 'e2e'];
const asked = process.argv.slice(2);
const unknown = asked.filter((t) => !ALL.includes(t));
if (unknown.length) {
  console.error(`unknown tier: ${unknown.join(', ')} (tiers: ${ALL.join(', ')})`);
  process.exit(2);
}
const tiers = asked.length ? ALL.filter((t) => asked.includes(t)) : ALL;
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });

const run = (cmd, args, env = {}) => {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return { status: r.status ?? 1, seconds: (Date.now() - started) / 1000 };
};
const node = process.execPath;
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);

const rows = [];
let passed = 0;
let failed = 0;
const record = (tier, p, f, seconds, note = '') => {
  passed += p;
  failed += f;
  rows.push({ tier, passed: p, failed: f, seconds, note });
};

console.log('== compile (tsc) and build (esbuild)');
// The real-VS-Code tiers reuse one VSIX per run: remove the last run's so this run packages anew.
for (const vsix of ['mentoring-journal.vsix', 'mentoring-journal-test-runner.vsix']) {
  fs.rmSync(path.join(root, '.vscode-test', vsix), { force: true });
}
const compile = run(node, [bin('typescript', 'bin/tsc'), '-p', '.']);
const build = run(node, ['scripts/build.mjs']);
if (compile.status !== 0 || build.status !== 0) {
  record('compile', 0, 1, compile.seconds + build.seconds, 'tsc or esbuild failed');
}

for (const tier of tiers) {
  const file = path.join(resultsDir, `${tier}.json`);
  fs.rmSync(file, { force: true });
  console.log(`\n== ${tier}`);
  let r;
  if (tier === 'lint') {
    r = run(node, [bin('eslint', 'bin/eslint.js'), 'src', 'test', 'scripts']);
    record('lint', r.status === 0 ? 1 : 0, r.status === 0 ? 0 : 1, r.seconds, 'eslint, one check');
    continue;
  }
  if (tier === 'integration' || tier === 'e2e') {
    r = run(node, ['scripts/realvscode/run.mjs', tier], {
      MJ_SKIP_COMPILE: '1',
      MJ_REUSE_VSIX: '1',
    });
  } else {
    const dir = path.join(root, 'out', 'test', tier);
    r = run(
      node,
      [bin('mocha', 'bin/mocha.js'), '--config', '.mocharc.json', `${dir}/**/*.test.js`],
      { MJ_RESULTS_FILE: file },
    );
  }
  if (!fs.existsSync(file)) {
    record(tier, 0, 1, r.seconds, `no results (exit ${r.status})`);
    continue;
  }
  const res = JSON.parse(fs.readFileSync(file, 'utf8'));
  const extra = r.status !== 0 && res.failed === 0 ? 1 : 0;
  const total = res.passed + res.failed;
  record(
    tier,
    res.passed,
    res.failed + extra + (total === 0 ? 1 : 0),
    r.seconds,
    [
      extra ? `exited ${r.status}` : '',
      total === 0 ? 'ran no test' : '',
      res.activateBodyMs !== undefined
        ? `activation: load ${res.moduleLoadMs} ms + activate() ${res.activateBodyMs} ms`
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  );
}

console.log('\n== summary');
for (const row of rows) {
  console.log(
    `${row.tier.padEnd(12)} ${String(row.passed).padStart(4)} passed ${String(row.failed).padStart(3)} failed ${row.seconds.toFixed(1).padStart(7)} s  ${row.note}`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
