// The layer rules of STYLE.md as eslint.config.mjs enforces them: for every layer, imports it may
// not make fail lint and imports it may make pass, by package name and by relative path.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../../..');

/** [file the import is planted in, the import, allowed?] */
type Case = [string, string, boolean];

const CASES: Case[] = [
  // core: zod, yaml, smol-toml and core only.
  ['src/core/topics/x.ts', 'zod/mini', true],
  ['src/core/topics/x.ts', 'yaml', true],
  ['src/core/topics/x.ts', 'smol-toml', true],
  ['src/core/topics/x.ts', 'fast-xml-parser', false],
  ['src/core/topics/x.ts', '../records/plan', true],
  ['src/core/topics/x.ts', './paths', true],
  ['src/core/x.ts', './records/plan', true],
  ['src/core/topics/x.ts', 'vscode', false],
  ['src/core/topics/x.ts', 'simple-git', false],
  ['src/core/topics/x.ts', 'fs', false],
  ['src/core/topics/x.ts', 'node:fs', false],
  ['src/core/topics/x.ts', 'path', false],
  ['src/core/topics/x.ts', 'node:child_process', false],
  ['src/core/topics/x.ts', 'worker_threads', false],
  ['src/core/topics/x.ts', 'node:test', false],
  ['src/core/topics/x.ts', 'left-pad', false],
  ['src/core/topics/x.ts', '../../git/readHistory', false],
  ['src/core/x.ts', '../git', false],
  ['src/core/x.ts', '../store/x', false],
  ['src/core/topics/x.ts', '../../store/atomicWrite', false],
  ['src/core/topics/x.ts', '../../cli/runCli', false],
  ['src/core/topics/x.ts', '../../vscode/runtime', false],
  ['src/core/topics/x.ts', '../../workflows/surfaceTopics', false],
  ['src/core/topics/x.ts', '../../shared/dashboardMessages', false],
  ['src/core/topics/x.ts', '../../webview/dom', false],
  // git: simple-git, node built-ins and core.
  ['src/git/x.ts', 'simple-git', true],
  ['src/git/x.ts', 'node:child_process', true],
  ['src/git/x.ts', 'fs', true],
  ['src/git/x.ts', '../core/topics/paths', true],
  ['src/git/x.ts', './streamGit', true],
  ['src/git/x.ts', 'vscode', false],
  ['src/git/x.ts', 'yaml', false],
  ['src/git/x.ts', '../store/atomicWrite', false],
  ['src/git/x.ts', '../cli/runCli', false],
  ['src/git/x.ts', '../vscode/runtime', false],
  ['src/git/x.ts', '../workflows/x', false],
  // store: node built-ins and core.
  ['src/store/x.ts', 'node:fs', true],
  ['src/store/x.ts', 'path', true],
  ['src/store/x.ts', '../core/problem', true],
  ['src/store/x.ts', 'vscode', false],
  ['src/store/x.ts', 'simple-git', false],
  ['src/store/x.ts', '../git/runGit', false],
  ['src/store/x.ts', '../cli/cliContext', false],
  ['src/store/x.ts', '../vscode/runtime', false],
  // workflows: core and their own ports only.
  ['src/workflows/x.ts', '../core/records/agenda', true],
  ['src/workflows/x.ts', './ports', true],
  ['src/workflows/topics/x.ts', '../ports', true],
  ['src/workflows/x.ts', 'vscode', false],
  ['src/workflows/x.ts', 'node:fs', false],
  ['src/workflows/x.ts', 'fs', false],
  ['src/workflows/x.ts', 'child_process', false],
  ['src/workflows/x.ts', 'simple-git', false],
  ['src/workflows/x.ts', '../git/readHistory', false],
  ['src/workflows/topics/x.ts', '../../store/atomicWrite', false],
  ['src/workflows/x.ts', '../cli/runCli', false],
  ['src/workflows/x.ts', '../vscode/runtime', false],
  // cli: workflows, core, git, store, node built-ins; never the extension.
  ['src/cli/verbs/x.ts', '../../workflows/x', true],
  ['src/cli/verbs/x.ts', '../../core/dates', true],
  ['src/cli/verbs/x.ts', '../../git/repoState', true],
  ['src/cli/verbs/x.ts', '../../store/safePath', true],
  ['src/cli/x.ts', 'node:fs', true],
  ['src/cli/x.ts', 'util', true],
  ['src/cli/x.ts', 'vscode', false],
  ['src/cli/verbs/x.ts', '../../vscode/runtime', false],
  ['src/cli/x.ts', '../vscode', false],
  ['src/cli/x.ts', '../extension', false],
  ['src/cli/x.ts', '../webview/dom', false],
  // shared: zod only.
  ['src/shared/x.ts', 'zod/mini', true],
  ['src/shared/x.ts', './dashboardMessages', true],
  ['src/shared/x.ts', 'vscode', false],
  ['src/shared/x.ts', 'node:path', false],
  ['src/shared/x.ts', 'yaml', false],
  ['src/shared/x.ts', '../core/problem', false],
  ['src/shared/x.ts', '../vscode/runtime', false],
  // webview: shared only (and zod for its schemas).
  ['src/webview/x.ts', '../shared/dashboardMessages', true],
  ['src/webview/x.ts', './dom', true],
  ['src/webview/x.ts', 'zod/mini', true],
  ['src/webview/x.ts', 'vscode', false],
  ['src/webview/x.ts', 'fs', false],
  ['src/webview/x.ts', 'yaml', false],
  ['src/webview/x.ts', '../core/review/dashboardTypes', false],
  ['src/webview/x.ts', '../git/runGit', false],
  ['src/webview/x.ts', '../vscode/runtime', false],
  // vscode: everything above but the webview, and never the CLI.
  ['src/vscode/x.ts', 'vscode', true],
  ['src/vscode/x.ts', 'node:fs', true],
  ['src/vscode/x.ts', '../core/problem', true],
  ['src/vscode/x.ts', '../git/runGit', true],
  ['src/vscode/x.ts', '../store/safePath', true],
  ['src/vscode/x.ts', '../shared/dashboardMessages', true],
  ['src/vscode/x.ts', '../workflows/x', true],
  ['src/vscode/commands/x.ts', '../../cli/runCli', false],
  ['src/vscode/x.ts', '../cli', false],
  ['src/vscode/x.ts', '../webview/dom', false],
  ['src/extension.ts', './cli/main', false],
  ['src/extension.ts', './vscode/registerViews', true],
];

describe('lint: the layer rules (STYLE.md, Layers)', function () {
  // Loading typescript-eslint and the config takes a few seconds on a busy machine.
  this.timeout(120_000);
  let eslint: ESLint;
  before(() => {
    eslint = new ESLint({
      cwd: root,
      // Only the rule under test; the planted files do not exist, so no type information either.
      ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
      overrideConfig: {
        languageOptions: { parserOptions: { projectService: false, project: null } },
      },
    });
  });

  /** The no-restricted-imports messages for `specifier` imported in `file`. */
  async function problems(file: string, specifier: string): Promise<string[]> {
    const code = `import { a } from '${specifier}';\nexport const b = a;\n`;
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    // A planted file the config did not lint at all would pass without proving anything.
    assert.ok(result.filePath.endsWith(file), `${file} was not linted`);
    return result.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
  }

  for (const [file, specifier, allowed] of CASES) {
    it(`${allowed ? 'lets' : 'refuses'} ${file} import ${specifier}`, async () => {
      const found = await problems(file, specifier);
      if (allowed) assert.deepEqual(found, []);
      else {
        assert.ok(
          found.length > 0 && found.every((m) => m.startsWith('no-restricted-imports:')),
          found.join('\n') || 'no problem reported',
        );
      }
    });
  }

  it('refuses a re-export and a type-only import across layers too', async () => {
    for (const code of [
      "export { a } from '../../git/readHistory';\n",
      "import type { A } from '../../vscode/runtime';\nexport type B = A;\n",
    ]) {
      const [result] = await eslint.lintText(code, {
        filePath: path.join(root, 'src/core/topics/x.ts'),
      });
      assert.equal(result.messages.length, 1, code);
      assert.equal(result.messages[0].ruleId, 'no-restricted-imports');
    }
  });
});
