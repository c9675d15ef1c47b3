// The extensionTestsPath of test/electron/runTests.ts: VS Code calls run() inside its extension
// host, and it runs every compiled integration suite with the counting reporter.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // out/test/electron/ -> out/test/integration/
  const testsDir = path.resolve(__dirname, '..', 'integration');
  const projectRoot = path.resolve(__dirname, '..', '..', '..');
  const mocha = new Mocha({
    ui: 'bdd',
    color: true,
    timeout: 20_000,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    reporter: require(path.join(projectRoot, 'scripts', 'countingReporter.cjs')),
  });
  const files = fs
    .readdirSync(testsDir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(testsDir, f));
  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no integration tests in ${testsDir}`));
      return;
    }
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
