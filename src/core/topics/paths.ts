import { memoByPath } from './memoByPath';

/**
 * What a repository path is, for the topic signals: its directory, its language, whether it is a
 * build or CI file, a dependency manifest, a documentation file, or generated and vendored code.
 * Everything here looks at the path's text only (no file contents), in time linear in its length,
 * and never builds a regular expression from it. The classifiers are remembered per path
 * (memoByPath, bounded): the topic rules ask about the same paths many times.
 */

/** The directory of a repository path ("src/db/x.ts" -> "src/db"; "x.ts" -> ""). */
export function directoryOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** The last segment of a path ("src/db/x.ts" -> "x.ts"). */
export function baseNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * A directory cut to its first `depth` segments ("src/db/migrations/v2", 3 -> "src/db/migrations"),
 * so that deep trees count as one area.
 */
export function rollUp(dir: string, depth: number): string {
  if (dir === '') return '';
  let seen = 0;
  for (let i = 0; i < dir.length; i++) {
    if (dir[i] === '/' && ++seen === depth) return dir.slice(0, i);
  }
  return dir;
}

/** The lower-cased extension after the last dot of the base name, without the dot ("" if none). */
function extensionOf(base: string): string {
  const dot = base.lastIndexOf('.');
  // A leading dot is a hidden file (".bashrc"), not an extension.
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** Programming and markup languages by extension; data formats (json, yaml, md, lock) are not. */
const LANGUAGES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    TypeScript: ['ts', 'tsx', 'mts', 'cts'],
    JavaScript: ['js', 'jsx', 'mjs', 'cjs'],
    Python: ['py', 'pyi', 'pyw'],
    Go: ['go'],
    Rust: ['rs'],
    Java: ['java'],
    Kotlin: ['kt', 'kts'],
    C: ['c', 'h'],
    'C++': ['cc', 'cpp', 'cxx', 'c++', 'hh', 'hpp', 'hxx', 'h++', 'ipp'],
    'C#': ['cs', 'csx'],
    'F#': ['fs', 'fsi', 'fsx'],
    'Visual Basic': ['vb'],
    Ruby: ['rb', 'rake', 'gemspec'],
    PHP: ['php'],
    Swift: ['swift'],
    'Objective-C': ['m', 'mm'],
    Scala: ['scala', 'sc'],
    Groovy: ['groovy', 'gvy'],
    Clojure: ['clj', 'cljs', 'cljc'],
    Shell: ['sh', 'bash', 'zsh', 'fish', 'ksh'],
    PowerShell: ['ps1', 'psm1', 'psd1'],
    Batch: ['bat', 'cmd'],
    SQL: ['sql', 'psql', 'plsql'],
    HTML: ['html', 'htm', 'xhtml'],
    CSS: ['css'],
    SCSS: ['scss', 'sass'],
    Less: ['less'],
    Vue: ['vue'],
    Svelte: ['svelte'],
    Dart: ['dart'],
    Elixir: ['ex', 'exs'],
    Erlang: ['erl', 'hrl'],
    Haskell: ['hs', 'lhs'],
    OCaml: ['ml', 'mli'],
    Elm: ['elm'],
    Lua: ['lua'],
    R: ['r'],
    Julia: ['jl'],
    Perl: ['pl', 'pm'],
    Zig: ['zig'],
    Nim: ['nim'],
    Crystal: ['cr'],
    Solidity: ['sol'],
    'Protocol Buffers': ['proto'],
    GraphQL: ['graphql', 'gql'],
    Terraform: ['tf'],
    Nix: ['nix'],
    Assembly: ['asm', 's'],
    Fortran: ['f', 'f90', 'f95', 'f03'],
    Pascal: ['pas'],
    'Common Lisp': ['lisp', 'lsp'],
    Scheme: ['scm', 'ss'],
    Racket: ['rkt'],
  }).flatMap(([language, extensions]) => extensions.map((ext) => [ext, language] as const)),
);

/** The language of a file by its extension ("TypeScript"), or undefined when not a language. */
export const languageOf: (path: string) => string | undefined = memoByPath(function languageOf(
  path: string,
): string | undefined {
  const base = baseNameOf(path);
  // "R" files are often "x.R": the extension match is case-insensitive; ".d.ts" is TypeScript.
  return LANGUAGES.get(extensionOf(base));
});

/** Base names (lower case) of build and CI files wherever they are. */
const BUILD_NAMES = new Set([
  'makefile',
  'gnumakefile',
  'cmakelists.txt',
  'build.gradle',
  'build.gradle.kts',
  'settings.gradle',
  'settings.gradle.kts',
  'gradle.properties',
  'gradlew',
  'pom.xml',
  'build.xml',
  'build.sbt',
  'meson.build',
  'configure.ac',
  'configure.in',
  'justfile',
  'rakefile',
  'build',
  'build.bazel',
  'workspace',
  'workspace.bazel',
  'module.bazel',
  '.bazelrc',
  'buck',
  '.gitlab-ci.yml',
  '.gitlab-ci.yaml',
  'azure-pipelines.yml',
  'azure-pipelines.yaml',
  '.travis.yml',
  'bitbucket-pipelines.yml',
  'appveyor.yml',
  '.appveyor.yml',
  '.drone.yml',
  'cloudbuild.yaml',
  'cloudbuild.yml',
  'buildspec.yml',
  'taskfile.yml',
  'taskfile.yaml',
  'procfile',
  '.pre-commit-config.yaml',
  '.babelrc',
  '.babelrc.json',
  '.babelrc.js',
  'turbo.json',
  'nx.json',
  'lerna.json',
  '.dockerignore',
  'skaffold.yaml',
]);

/** Base-name prefixes (lower case) of build and CI files: "Dockerfile.dev", "tsconfig.base.json". */
const BUILD_PREFIXES = [
  'dockerfile',
  'docker-compose',
  'compose.yml',
  'compose.yaml',
  'jenkinsfile',
  'makefile.',
  'tsconfig',
  'jsconfig',
  'webpack.config',
  'webpack.',
  'vite.config',
  'vitest.config',
  'rollup.config',
  'esbuild.',
  'babel.config',
  'tsup.config',
  '.swcrc',
  'gulpfile',
  'gruntfile',
  'snowpack.config',
  'parcel.config',
  '.parcelrc',
];

/** Extensions (lower case) of build files: make includes, CMake modules, Bazel/Starlark, Docker. */
const BUILD_EXTENSIONS = new Set(['mk', 'cmake', 'bzl', 'bazel', 'dockerfile']);

/** Folders (at the start of the path or below another folder) whose files are all CI. */
const CI_FOLDERS = [
  '.github/workflows/',
  '.github/actions/',
  '.circleci/',
  '.buildkite/',
  '.gitlab/ci/',
  '.azure-pipelines/',
];

/** True when `path` starts with `folder` or has it after a "/". */
function inFolder(lowerPath: string, folder: string): boolean {
  return lowerPath.startsWith(folder) || lowerPath.includes('/' + folder);
}

/** True for a build or CI file (Dockerfile, Makefile, .github/workflows/*, Jenkinsfile, ...). */
export const isBuildOrCi: (path: string) => boolean = memoByPath(function isBuildOrCi(
  path: string,
): boolean {
  const lower = path.toLowerCase();
  const base = baseNameOf(lower);
  if (BUILD_NAMES.has(base)) return true;
  if (BUILD_EXTENSIONS.has(extensionOf(base))) return true;
  for (const prefix of BUILD_PREFIXES) {
    if (!base.startsWith(prefix)) continue;
    // "tsconfigReader.ts" and "webpack.md" are not configs: the name must end like one.
    if (prefix === 'tsconfig' || prefix === 'jsconfig') return base.endsWith('.json');
    if (prefix === 'webpack.' || prefix === 'esbuild.') return languageOf(base) !== undefined;
    return true;
  }
  return CI_FOLDERS.some((folder) => inFolder(lower, folder));
});

/** The formats of the manifests whose added dependencies are read. */
export type ManifestFormat =
  | 'package.json'
  | 'go.mod'
  | 'Cargo.toml'
  | 'requirements.txt'
  | 'pyproject.toml'
  | 'pom.xml'
  | 'Gemfile';

/**
 * The manifest format of a path by its base name in any directory, or undefined. Lock files
 * (package-lock.json, Cargo.lock, go.sum, Gemfile.lock, poetry.lock) are not manifests: they list
 * what a tool resolved, not what the mentee chose.
 */
export const manifestFormat: (path: string) => ManifestFormat | undefined = memoByPath(
  function manifestFormat(path: string): ManifestFormat | undefined {
    const base = baseNameOf(path);
    switch (base) {
      case 'package.json':
      case 'go.mod':
      case 'Cargo.toml':
      case 'pyproject.toml':
      case 'pom.xml':
      case 'Gemfile':
        return base;
      case 'gems.rb':
        return 'Gemfile';
    }
    const lower = base.toLowerCase();
    // requirements.txt, requirements-dev.txt, requirements_test.txt, and requirements/base.txt.
    if (lower.endsWith('.txt')) {
      if (lower.startsWith('requirements')) return 'requirements.txt';
      if (directoryOf(path).toLowerCase().endsWith('requirements')) return 'requirements.txt';
    }
    return undefined;
  },
);

/** True for a dependency manifest whose added dependencies are read (package.json, go.mod, ...). */
export function isManifest(path: string): boolean {
  return manifestFormat(path) !== undefined;
}

/** Extensions of prose documents; other files under docs/ (images, scripts) are not read. */
const DOC_EXTENSIONS = new Set(['md', 'markdown', 'mdx', 'rst', 'adoc', 'asciidoc', 'txt']);

/** Folders whose prose files are documentation: docs, and architecture decision records. */
const DOC_FOLDERS = new Set(['docs', 'doc', 'documentation', 'adr', 'adrs', 'decisions']);

/** Base-name prefixes (lower case) of documentation files at any depth. */
const DOC_PREFIXES = ['readme', 'contributing', 'architecture'];

/** True for a documentation file (README*, an ADR, a file under docs/ or doc/). */
export function isDocFile(path: string): boolean {
  const lower = path.toLowerCase();
  const base = baseNameOf(lower);
  const ext = extensionOf(base);
  const prose = ext === '' || DOC_EXTENSIONS.has(ext);
  if (!prose) return false;
  // "README", "README.md", "README.zh-CN.md", but not "readme.go" (caught by `prose` above).
  if (DOC_PREFIXES.some((prefix) => base.startsWith(prefix))) return true;
  if (ext === '') return false;
  const segments = lower.split('/');
  for (let i = 0; i < segments.length - 1; i++) if (DOC_FOLDERS.has(segments[i])) return true;
  return false;
}

/** Base names (lower case) of lock files: what a tool resolved, never hand-written work. */
const LOCK_FILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'cargo.lock',
  'go.sum',
  'gemfile.lock',
  'poetry.lock',
  'pipfile.lock',
  'composer.lock',
  'pdm.lock',
  'uv.lock',
  'mix.lock',
  'pubspec.lock',
  'packages.lock.json',
  'gradle.lockfile',
]);

/** Folders of generated or vendored code. */
const GENERATED_FOLDERS = ['node_modules/', 'vendor/', 'dist/', 'third_party/', '__generated__/'];

/**
 * True for a lock file or generated or vendored code (package-lock.json, *.min.js, vendor/,
 * dist/, node_modules/): changes there say little about what the mentee learned, so they do not
 * make a change "large" or an area "new".
 */
export const isGeneratedOrLock: (path: string) => boolean = memoByPath(function isGeneratedOrLock(
  path: string,
): boolean {
  const lower = path.toLowerCase();
  const base = baseNameOf(lower);
  if (LOCK_FILES.has(base) || base.endsWith('.lock')) return true;
  if (base.endsWith('.min.js') || base.endsWith('.min.css') || base.endsWith('.map')) return true;
  return GENERATED_FOLDERS.some((folder) => inFolder(lower, folder));
});

/** Stem endings (lower case) of test files in many languages: pool_test.go, pool_spec.rb. */
const TEST_STEM_SUFFIXES = ['_test', '_tests', '_unittest', '_spec', '-test', '-spec'];

/** Stem endings (exact case) of JVM, .NET and Swift test classes: FooTest, FooTests, FooSpec. */
const TEST_CLASS_SUFFIXES = ['Test', 'Tests', 'Spec'];

/**
 * Folders whose files are tests (lower case), at any depth: test/, tests/ (Rust, Python),
 * __tests__/, t/ (git, Perl), testdata/ (Go fixtures), ...
 */
const TEST_FOLDERS = new Set([
  't',
  'testdata',
  'test',
  'tests',
  '__tests__',
  '__test__',
  'spec',
  'specs',
  'e2e',
  'androidtest',
]);

/** True for an ASCII capital letter. */
function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'A' && ch <= 'Z';
}

/**
 * True for a test file, by the naming habits of the common languages:
 * - `*.test.*` and `*.spec.*` (JavaScript, TypeScript);
 * - a code file whose stem ends in `_test`, `_tests`, `_unittest`, `_spec`, `-test` or `-spec`
 *   (Go, Python, C and C++, Rust, Elixir, Dart, Ruby: pool_test.cc, upload_tests.rs, x_spec.rb);
 * - a code file whose stem starts with `test_` (pytest, test_pool.cpp);
 * - a class-like name: FooTest, FooTests, FooSpec, FooIT (JUnit integration tests) or
 *   TestFoo (Java, Kotlin, Scala, C#, Swift, PHP); the case matters, so "Latest.java",
 *   "Testament.java" and "EXIT.java" are not tests;
 * - any file under t/, test/, tests/, testdata/, __tests__/, spec/, specs/, e2e/ or androidTest/.
 */
export const isTestFile: (path: string) => boolean = memoByPath(function isTestFile(
  path: string,
): boolean {
  const lower = path.toLowerCase();
  const base = baseNameOf(lower);
  if (base.includes('.test.') || base.includes('.spec.')) return true;
  const segments = lower.split('/');
  for (let i = 0; i < segments.length - 1; i++) if (TEST_FOLDERS.has(segments[i])) return true;
  if (languageOf(path) === undefined) return false;
  const original = baseNameOf(path);
  const stem = original.slice(0, Math.max(0, original.lastIndexOf('.')));
  const lowerStem = stem.toLowerCase();
  if (TEST_STEM_SUFFIXES.some((suffix) => lowerStem.endsWith(suffix))) return true;
  if (lowerStem.startsWith('test_')) return true;
  // Class names: "PoolTest", "PoolIT", "TestPool"; a bare "Test" or "IT" names no class under test.
  if (!isUpper(stem[0])) return false;
  for (const suffix of TEST_CLASS_SUFFIXES) {
    if (stem.length > suffix.length && stem.endsWith(suffix)) return true;
  }
  if (stem.length > 2 && stem.endsWith('IT') && !isUpper(stem[stem.length - 3])) return true;
  return stem.length > 4 && stem.startsWith('Test') && isUpper(stem[4]);
});
