// Runs the integration suites (out/test/integration/) in VS Code desktop through
// @vscode/test-electron, for machines that can download VS Code. On machines without internet
// the same suites run in code-server instead: node scripts/realvscode/run.mjs integration.
//
//   npx tsc -p . && node out/test/electron/runTests.js
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runTests } from '@vscode/test-electron';

/** A temporary git repository with a fixed identity, like the one the code-server tier opens. */
function makeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-electron-'));
  const git = (...args: string[]): void => {
    const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Sam Chen');
  git('config', 'user.email', 'sam@example.com');
  return dir;
}

async function main(): Promise<void> {
  // out/test/electron/ -> the project root
  const extensionDevelopmentPath = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.resolve(__dirname, 'index');
  const workspace = makeWorkspace();
  try {
    await runTests({
      version: process.env.MJ_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
      extensionTestsEnv: {
        MJ_RESULTS_FILE:
          process.env.MJ_RESULTS_FILE ??
          path.join(extensionDevelopmentPath, 'test-results', 'electron.json'),
      },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error('integration tests through @vscode/test-electron failed:', err);
  process.exit(1);
});
