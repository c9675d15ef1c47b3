// Bundles with esbuild: the extension's entry (dist/extension.js: registration only), its runtime
// (dist/runtime.js: everything behind the commands, loaded on first use), the CLI (dist/cli.js: a
// small entry answering --version and --help, which requires dist/cli-main.js for every verb)
// and the dashboard webview's script (dist/webview/dashboard.js). `--production` minifies (the
// VSIX build); every build writes source maps.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { __VERSION__: JSON.stringify(version) },
};

/** Keeps extension.ts's `import('./vscode/runtime')` as a require of the separate runtime bundle. */
const runtimeAsSeparateBundle = {
  name: 'runtime-as-separate-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/vscode\/runtime$/ }, (args) =>
      args.importer.endsWith('extension.ts') ? { path: './runtime.js', external: true } : undefined,
    );
  },
};

/** Keeps start.ts's `import('./main')` as a require of the separate CLI bundle, dist/cli-main.js. */
const cliMainAsSeparateBundle = {
  name: 'cli-main-as-separate-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/main$/ }, (args) =>
      args.importer.endsWith('start.ts') ? { path: './cli-main.js', external: true } : undefined,
    );
  },
};

/**
 * The CLI in two bundles: cli-main.js (every verb), then the entry cli.js with the main help
 * text baked in, taken from cli-main.js's own `--help` so the two can never differ.
 */
async function buildCli() {
  await esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli-main.js',
    // Parsed on every verb's start: minified, it loads faster (the map still names the source).
    minify: true,
  });
  const help = spawnSync(process.execPath, ['dist/cli-main.js', '--help'], {
    encoding: 'utf8',
    // The baked text is the English one: the entry answers only in English (start.ts).
    env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: '', LANG: 'C' },
  });
  if (help.status !== 0) throw new Error(`dist/cli-main.js --help failed: ${help.stderr}`);
  await esbuild.build({
    ...common,
    entryPoints: ['src/cli/start.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [cliMainAsSeparateBundle],
    supported: { 'dynamic-import': false },
    define: { ...common.define, __MAIN_HELP__: JSON.stringify(help.stdout.replace(/\n$/, '')) },
  });
}

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [runtimeAsSeparateBundle],
    // A plain require of dist/runtime.js, rather than a native import() in the extension host.
    supported: { 'dynamic-import': false },
  }),
  esbuild.build({
    ...common,
    entryPoints: ['src/vscode/runtime.ts'],
    outfile: 'dist/runtime.js',
    external: ['vscode'],
  }),
  // The dashboard's script, loaded in the webview by nonce: browser code, one self-contained file.
  esbuild.build({
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: ['src/webview/dashboard.ts'],
    outfile: 'dist/webview/dashboard.js',
  }),
  buildCli(),
]);
