import * as assert from 'node:assert/strict';
import {
  directoryOf,
  isBuildOrCi,
  isDocFile,
  isGeneratedOrLock,
  isManifest,
  isTestFile,
  languageOf,
  manifestFormat,
  rollUp,
} from '../../src/core/topics/paths';

describe('topics: what a path is', () => {
  it('takes the directory of a path, "" for the top folder', () => {
    assert.equal(directoryOf('src/db/x.ts'), 'src/db');
    assert.equal(directoryOf('x.ts'), '');
  });

  it('rolls a directory up to its first segments', () => {
    assert.equal(rollUp('src/db/migrations/v2', 3), 'src/db/migrations');
    assert.equal(rollUp('src/db', 3), 'src/db');
    assert.equal(rollUp('', 3), '');
    assert.equal(rollUp('a/b/c', 1), 'a');
  });

  describe('languageOf', () => {
    const cases: [string, string][] = [
      ['src/a.ts', 'TypeScript'],
      ['src/a.tsx', 'TypeScript'],
      ['src/a.mts', 'TypeScript'],
      ['src/a.cts', 'TypeScript'],
      ['src/a.d.ts', 'TypeScript'],
      ['a.js', 'JavaScript'],
      ['a.mjs', 'JavaScript'],
      ['a.py', 'Python'],
      ['a.go', 'Go'],
      ['a.rs', 'Rust'],
      ['A.java', 'Java'],
      ['a.kt', 'Kotlin'],
      ['a.c', 'C'],
      ['a.cpp', 'C++'],
      ['a.hpp', 'C++'],
      ['a.cs', 'C#'],
      ['a.rb', 'Ruby'],
      ['a.php', 'PHP'],
      ['a.swift', 'Swift'],
      ['a.scala', 'Scala'],
      ['scripts/a.sh', 'Shell'],
      ['db/a.sql', 'SQL'],
      ['a.html', 'HTML'],
      ['a.css', 'CSS'],
      ['a.scss', 'SCSS'],
      ['a.dart', 'Dart'],
      ['a.ex', 'Elixir'],
      ['a.hs', 'Haskell'],
      ['a.lua', 'Lua'],
      ['analysis/a.R', 'R'],
      ['A.TS', 'TypeScript'],
    ];
    for (const [path, language] of cases) {
      it(`reads ${path} as ${language}`, () => assert.equal(languageOf(path), language));
    }

    it('knows at least 20 languages', () => {
      assert.ok(new Set(cases.map(([, l]) => l)).size >= 20);
    });

    it('does not call data, docs, lock files or extensionless files languages', () => {
      for (const path of [
        'README.md',
        'package.json',
        'a.yaml',
        'a.yml',
        'Cargo.lock',
        'yarn.lock',
        'Makefile',
        '.bashrc',
        'LICENSE',
        'a.txt',
        'img.png',
      ]) {
        assert.equal(languageOf(path), undefined, path);
      }
    });
  });

  describe('isBuildOrCi', () => {
    it('recognises build and CI files by name and folder', () => {
      for (const path of [
        'Dockerfile',
        'docker/Dockerfile.dev',
        'api.dockerfile',
        'docker-compose.yml',
        'docker-compose.override.yaml',
        'Makefile',
        'lib/rules.mk',
        'CMakeLists.txt',
        'app/build.gradle',
        'app/build.gradle.kts',
        'settings.gradle',
        'pom.xml',
        '.github/workflows/ci.yml',
        '.gitlab-ci.yml',
        'Jenkinsfile',
        'azure-pipelines.yml',
        '.circleci/config.yml',
        '.travis.yml',
        'bitbucket-pipelines.yml',
        'webpack.config.js',
        'vite.config.ts',
        'rollup.config.mjs',
        'esbuild.mjs',
        'babel.config.js',
        '.babelrc',
        'tsconfig.json',
        'packages/x/tsconfig.build.json',
        'BUILD',
        'src/BUILD.bazel',
        'WORKSPACE',
        'tools/defs.bzl',
      ]) {
        assert.equal(isBuildOrCi(path), true, path);
      }
    });

    it('leaves ordinary code and docs out', () => {
      for (const path of [
        'src/build.ts',
        'src/docker.ts',
        'README.md',
        'src/tsconfigReader.ts',
        'docs/github/workflows.md',
        'src/swcx.ts',
        'package.json',
      ]) {
        assert.equal(isBuildOrCi(path), false, path);
      }
    });
  });

  describe('isManifest', () => {
    it('recognises manifests by base name in any directory', () => {
      const cases: [string, string][] = [
        ['package.json', 'package.json'],
        ['packages/web/package.json', 'package.json'],
        ['go.mod', 'go.mod'],
        ['crates/x/Cargo.toml', 'Cargo.toml'],
        ['requirements.txt', 'requirements.txt'],
        ['requirements-dev.txt', 'requirements.txt'],
        ['requirements/base.txt', 'requirements.txt'],
        ['pyproject.toml', 'pyproject.toml'],
        ['pom.xml', 'pom.xml'],
        ['Gemfile', 'Gemfile'],
      ];
      for (const [path, format] of cases) {
        assert.equal(isManifest(path), true, path);
        assert.equal(manifestFormat(path), format, path);
      }
    });

    it('does not read lock files or look-alikes', () => {
      for (const path of [
        'package-lock.json',
        'yarn.lock',
        'Cargo.lock',
        'go.sum',
        'Gemfile.lock',
        'poetry.lock',
        'notes.txt',
        'src/package.json.ts',
      ]) {
        assert.equal(isManifest(path), false, path);
      }
    });
  });

  describe('isDocFile', () => {
    it('recognises READMEs at any depth, docs folders and ADRs', () => {
      for (const path of [
        'README.md',
        'README',
        'src/db/README.md',
        'readme.rst',
        'README.zh-CN.md',
        'CONTRIBUTING.md',
        'docs/architecture.md',
        'doc/guide/setup.adoc',
        'docs/notes.txt',
        'packages/x/docs/api.rst',
        'docs/adr/0001-use-postgres.md',
        'architecture/decisions/0002-queue.md',
        'adrs/0003-x.md',
      ]) {
        assert.equal(isDocFile(path), true, path);
      }
    });

    it('leaves code, images and changelogs out', () => {
      for (const path of [
        'CHANGELOG.md',
        'src/readme.go',
        'docs/diagram.png',
        'docs/build.sh',
        'src/db/notes.md',
        'docs',
      ]) {
        assert.equal(isDocFile(path), false, path);
      }
    });
  });

  it('recognises lock files and generated or vendored code', () => {
    for (const path of [
      'package-lock.json',
      'web/yarn.lock',
      'pnpm-lock.yaml',
      'Cargo.lock',
      'go.sum',
      'static/app.min.js',
      'vendor/github.com/x/y.go',
      'dist/extension.js',
      'web/node_modules/x/index.js',
    ]) {
      assert.equal(isGeneratedOrLock(path), true, path);
    }
    for (const path of ['src/vendors.ts', 'src/distance.ts', 'package.json']) {
      assert.equal(isGeneratedOrLock(path), false, path);
    }
  });

  it('recognises test files by name and folder', () => {
    for (const path of [
      'src/a.test.ts',
      'src/a.spec.js',
      'pkg/a_test.go',
      'test_a.py',
      'pkg/a_test.py',
      'test/unit/a.ts',
      'tests/a.rs',
      'src/__tests__/a.js',
      'spec/models/user_spec.rb',
      'src/test/java/FooTest.java',
      'FooTests.cs',
    ]) {
      assert.equal(isTestFile(path), true, path);
    }
    for (const path of ['src/latest.ts', 'src/Latest.java', 'src/testing.ts', 'src/contest.py']) {
      assert.equal(isTestFile(path), false, path);
    }
  });

  it('recognises the test-file habits of C++, Rust, JVM languages, Elixir, Dart and Ruby', () => {
    for (const path of [
      'src/pool_test.cc',
      'src/pool_unittest.cc',
      'src/test_pool.cpp',
      'src/pool_test.rs',
      'libs/x/upload_tests.rs',
      'crates/x/tests/upload.rs',
      'src/TestPool.java',
      'src/main/PoolTest.java',
      'src/main/PoolTests.java',
      'src/main/PoolIT.java',
      'app/PoolTest.kt',
      'core/PoolSpec.scala',
      'lib/pool_test.exs',
      'lib/pool_test.dart',
      'lib/pool_spec.rb',
      'test_helpers.py',
      'web/app.e2e-spec.ts',
      'app/src/androidTest/java/x/Pool.kt',
    ]) {
      assert.equal(isTestFile(path), true, path);
    }
    for (const path of [
      'src/Testament.java',
      'src/EXIT.java',
      'src/Test.java',
      'src/IT.java',
      'src/protest.rs',
      'src/attestation.cc',
      'docs/test_plan.md',
      'src/pool_test.json',
    ]) {
      assert.equal(isTestFile(path), false, path);
    }
  });
});
