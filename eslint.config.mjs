// Lint rules, including the layer rules of STYLE.md: what each folder under src/ may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

// Every Node built-in, in both spellings ("fs" and "node:fs"), and node:-only ones ("node:test").
const builtins = builtinModules.filter((m) => !m.startsWith('_'));
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const anyOf = (names) => names.map(escape).join('|');
const BUILTINS = `node:.*|${anyOf(builtins)}`;

/**
 * One layer's import rule: `packages` lists the bare module names it may import (a name also
 * allows its subpaths: "zod" allows "zod/mini"); `builtins` allows Node's built-in modules;
 * `layers` are the src/ folders it must not reach by a relative path ("git" matches "../git",
 * "../../git/x", "./git/x"). Everything else bare is refused, so a new dependency in a strict
 * layer is a decision, not an accident.
 */
const layer = ({ packages = [], builtins: node = false, layers = [], message }) => {
  const allowed = [packages.length > 0 ? `(${anyOf(packages)})(/.*)?` : undefined, node ? BUILTINS : undefined]
    .filter(Boolean)
    .join('|');
  const patterns = [
    {
      // A bare module name (not "." or "/" first) outside the allow-list.
      regex: allowed ? `^(?![./])(?!(${allowed})$)` : '^(?![./])',
      caseSensitive: true,
      message: `${message} (STYLE.md, Layers; eslint.config.mjs)`,
    },
  ];
  if (layers.length > 0) {
    patterns.push({
      group: layers.flatMap((l) => [`**/${l}`, `**/${l}/**`]),
      message: `${message} (STYLE.md, Layers; eslint.config.mjs)`,
    });
  }
  return { 'no-restricted-imports': ['error', { patterns }] };
};

/** The layer table of STYLE.md and docs/architecture.md, as lint rules. */
const LAYERS = [
  {
    files: ['src/core/**/*.ts'],
    rules: layer({
      packages: ['zod', 'yaml', 'smol-toml'],
      layers: ['git', 'store', 'cli', 'vscode', 'workflows', 'shared', 'webview', 'extension'],
      message: 'core is pure: it imports zod, yaml, smol-toml and core only',
    }),
  },
  {
    files: ['src/git/**/*.ts'],
    rules: layer({
      packages: ['simple-git'],
      builtins: true,
      layers: ['store', 'cli', 'vscode', 'workflows', 'shared', 'webview', 'extension'],
      message: 'git imports simple-git, node built-ins and core only',
    }),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: layer({
      builtins: true,
      layers: ['git', 'cli', 'vscode', 'workflows', 'shared', 'webview', 'extension'],
      message: 'store imports node built-ins and core only',
    }),
  },
  {
    files: ['src/workflows/**/*.ts'],
    rules: layer({
      layers: ['git', 'store', 'cli', 'vscode', 'shared', 'webview', 'extension'],
      message: 'workflows import core and their own ports only (no vscode, node, git, store or cli)',
    }),
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: layer({
      builtins: true,
      layers: ['vscode', 'shared', 'webview', 'extension'],
      message: 'the CLI imports workflows, core, git, store and node built-ins; never the extension',
    }),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: layer({
      packages: ['zod'],
      layers: ['core', 'git', 'store', 'cli', 'vscode', 'workflows', 'webview', 'extension'],
      message: 'shared (the webview message contract) imports zod only',
    }),
  },
  {
    files: ['src/webview/**/*.ts'],
    rules: layer({
      // zod for the shared contract's schemas (zodJitless.ts configures it for the CSP).
      packages: ['zod'],
      layers: ['core', 'git', 'store', 'cli', 'vscode', 'workflows', 'extension'],
      message: 'the webview imports shared (and zod for its schemas) only',
    }),
  },
  {
    files: ['src/vscode/**/*.ts', 'src/extension.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli', '**/cli/**', '**/webview', '**/webview/**'],
              message:
                'the extension imports everything but the webview (its own bundle) and the CLI (STYLE.md, Layers; eslint.config.mjs)',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '.demo/**', '.bench/**', 'test/runner-extension/**', '.out-*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,cjs}', 'test/**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  ...LAYERS,
  {
    // Repository text reaches the dashboard: it is rendered with textContent, never parsed as markup.
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment'].map((name) => ({ selector: `MemberExpression[property.name='${name}']`, message: 'Render with textContent (STYLE.md, webview).' }))],
    },
  },
);
