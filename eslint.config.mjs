// Lint rules, including the layer rules of STYLE.md: what each folder under src/ may import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'child_process', 'os', 'crypto', 'http', 'https', 'net'].flatMap((m) => [m, `node:${m}`]);
const restrict = (names, patterns = []) => ({
  'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message: 'Not allowed in this layer (STYLE.md, Layers).' })), patterns }],
});

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
  { files: ['src/core/**/*.ts'], rules: restrict(['vscode', 'simple-git', ...nodeBuiltins]) },
  { files: ['src/git/**/*.ts'], rules: restrict(['vscode'], [{ group: ['**/vscode/**', '**/cli/**', '**/store/**'], message: 'git may import core only.' }]) },
  { files: ['src/store/**/*.ts'], rules: restrict(['vscode', 'simple-git'], [{ group: ['**/vscode/**', '**/cli/**', '**/git/**'], message: 'store may import core only.' }]) },
  { files: ['src/cli/**/*.ts'], rules: restrict(['vscode'], [{ group: ['**/vscode/**'], message: 'The CLI never imports the extension.' }]) },
  { files: ['src/shared/**/*.ts'], rules: restrict(['vscode', ...nodeBuiltins]) },
  {
    // Repository text reaches the dashboard: it is rendered with textContent, never parsed as markup.
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment'].map((name) => ({ selector: `MemberExpression[property.name='${name}']`, message: 'Render with textContent (STYLE.md, webview).' }))],
    },
  },
  { files: ['src/webview/**/*.ts'], rules: restrict(['vscode', 'yaml', 'simple-git', ...nodeBuiltins], [{ group: ['**/core/**', '**/git/**', '**/store/**', '**/vscode/**'], message: 'The webview imports shared only.' }]) },
);
