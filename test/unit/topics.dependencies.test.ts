import * as assert from 'node:assert/strict';
import { addedDependencies, MAX_DEPENDENCY_NAME } from '../../src/core/topics/dependencies';

/** The names a change from `before` (undefined: a new file) to `after` adds, as a sorted list. */
function added(path: string, before: string | undefined, after: string): string[] {
  const result = addedDependencies(path, before, after);
  assert.equal(result.unreadable, undefined, `${path} should parse`);
  return [...result.names].sort();
}

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('topics: dependencies added to a manifest, read whole at both sides', () => {
  describe('package.json', () => {
    it('counts only the four top-level dependency objects, not overrides, settings or engines', () => {
      const before = JSON.stringify({
        name: 'ext',
        contributes: { configuration: { properties: { 'ext.level': { type: 'string' } } } },
        scripts: { build: 'tsc' },
        overrides: { foo: { bar: '1.0.0' } },
        pnpm: { overrides: { x: '^1' } },
        workspaces: { packages: ['a'], dependencies: { ws: '^8' } },
        dependencies: { lodash: '^4.17.20', left: '1' },
        devDependencies: { chalk: '^5.0.0' },
        optionalDependencies: {},
      });
      const after = JSON.stringify({
        name: 'ext',
        version: '1.1.0',
        engines: { node: '>=18', vscode: '^1.90.0' },
        contributes: {
          configuration: {
            properties: { 'ext.level': { type: 'string', default: '1.0', minimum: '2' } },
          },
          menus: { x: [{ group: '1_item@1' }] },
        },
        scripts: { build: 'tsc -p .' },
        overrides: { semver: '^7.5.2', foo: { bar: '1.0.0' } },
        resolutions: { minimist: '^1.2.6' },
        pnpm: { overrides: { x: '^1' } },
        workspaces: { packages: ['a'], dependencies: { ws: '^8' } },
        dependencies: {
          lodash: '^4.17.21',
          zod: '^3.22.0',
          mine: 'github:me/mine',
          'local-lib': 'workspace:*',
          aliased: 'npm:other@1',
          '@types/node': '~20.1.0',
          left: '1',
        },
        devDependencies: { vitest: '^1.0.0' },
        peerDependencies: { react: '>=18' },
        optionalDependencies: { fsevents: '2' },
      });
      assert.deepEqual(
        added('web/package.json', before, after),
        ['@types/node', 'aliased', 'fsevents', 'local-lib', 'mine', 'react', 'vitest', 'zod'],
      );
    });

    it('does not count a version bump or a dependency moved between objects', () => {
      const before = '{"dependencies":{"chalk":"^5.0.0","zod":"^3"},"devDependencies":{"mocha":"^10"}}';
      const after = '{"dependencies":{"zod":"^3.1"},"devDependencies":{"chalk":"^5.0.0","mocha":"^10"}}';
      assert.deepEqual(added('package.json', before, after), []);
    });

    it('reads a new file (no old side) and a one-line file', () => {
      const created = lines(
        '{',
        '  "name": "new",',
        '  "version": "0.1.0",',
        '  "engines": { "node": ">=18" },',
        '  "dependencies": { "yaml": "^2" }',
        '}',
      );
      assert.deepEqual(added('package.json', undefined, created), ['yaml']);
      assert.deepEqual(
        added(
          'package.json',
          '{"name":"x","dependencies":{"a":"^1"},"overrides":{"o":"1"}}',
          '{"name":"x","dependencies":{"a":"^1","b":"^2"},"overrides":{"o":"1","p":"^2"}}',
        ),
        ['b'],
      );
    });

    it('reads a file that starts with a byte order mark', () => {
      assert.deepEqual(added('package.json', undefined, '\ufeff{"dependencies":{"a":"1"}}'), ['a']);
    });

    it('leaves out entries that are not a name with a string specifier', () => {
      const after = '{"dependencies":{"ok":"1","has space":"1","obj":{"version":"1"},"@bad":"1"}}';
      assert.deepEqual(added('package.json', undefined, after), ['ok']);
    });
  });

  describe('go.mod', () => {
    it('counts require lines and blocks only, not indirect ones, replacements or excludes', () => {
      const before = lines('module example.com/x', '', 'go 1.22', '', 'require (', '\trsc.io/quote v1.5.1', ')');
      const after = lines(
        'module example.com/x',
        '',
        'go 1.22',
        'toolchain go1.22.1',
        '',
        'require (',
        '\trsc.io/quote v1.5.2',
        '\tgithub.com/google/uuid v1.6.0',
        '\tgithub.com/x/indirect v1.0.0 // indirect',
        ')',
        '',
        'require github.com/spf13/cobra v1.8.0',
        'replace github.com/a/b => ../b',
        'replace (',
        '\tgithub.com/f/g v1.0.0 => ../g',
        '\tgithub.com/h/i v1.0.0',
        ')',
        'exclude github.com/j/k v1.0.0',
      );
      assert.deepEqual(added('svc/go.mod', before, after), [
        'github.com/google/uuid',
        'github.com/spf13/cobra',
      ]);
    });

    it('does not count a module promoted from indirect to direct', () => {
      const before = lines('module m', 'require github.com/x/y v1.0.0 // indirect');
      const after = lines('module m', 'require github.com/x/y v1.0.0');
      assert.deepEqual(added('go.mod', before, after), []);
    });
  });

  describe('Cargo.toml', () => {
    it('counts dependency tables, their target and workspace forms and crate tables', () => {
      const before = lines(
        '[package]',
        'name = "x"',
        'authors = ["[dependencies]"]',
        '',
        '[dependencies]',
        'serde = "1.0.1"',
        '',
        '[features]',
      );
      const after = lines(
        '[workspace.metadata.release]',
        'msrv = "1.70"',
        '[package]',
        'name = "x"',
        'version = "0.2.0"',
        'edition = "2021"',
        'authors = ["[dependencies]"]',
        '',
        '[dependencies]',
        'serde = "1.0.2"',
        'anyhow = "1"',
        'local = { path = "../local" }',
        'tokio.workspace = true',
        '"quoted" = { version = "0.1" }',
        '',
        '[dev-dependencies]',
        'proptest = "1.4"',
        '',
        `[target.'cfg(target_os = "linux")'.dependencies]`,
        'nix = "0.27"',
        '',
        '[workspace.dependencies]',
        'rayon = "1"',
        '',
        '[dependencies.regex]',
        'version = "1.10"',
        'features = [',
        '  "unicode",',
        ']',
        '',
        '[features]',
        'default = ["std"]',
        '',
        '[patch.crates-io]',
        'foo = { path = "../foo" }',
        '',
        '[package.metadata.docs]',
        'bar = "1"',
        '',
        '[profile.release]',
        'opt-level = 3',
      );
      assert.deepEqual(added('crates/x/Cargo.toml', before, after), [
        'anyhow',
        'local',
        'nix',
        'proptest',
        'quoted',
        'rayon',
        'regex',
        'tokio',
      ]);
    });
  });

  describe('pyproject.toml', () => {
    it('counts project, optional, group and poetry dependencies, not python or settings', () => {
      const before = lines(
        '[build-system]',
        '',
        '[project]',
        'name = "x"',
        'classifiers = []',
        'dependencies = [',
        '  "click>=8",',
        '  "httpx>=0.26",',
        ']',
        '',
        '[project.optional-dependencies]',
        '',
        '[tool.poetry.dependencies]',
        'python = "^3.11"',
        '',
        '[tool.ruff]',
      );
      const after = lines(
        '[build-system]',
        'requires = ["hatchling"]',
        '',
        '[project]',
        'name = "x"',
        'keywords = ["git", "mentoring"]',
        'classifiers = [',
        '  "Typing :: Typed",',
        ']',
        'requires-python = ">=3.11"',
        'dependencies = [',
        '  "click>=8",',
        '  "uvicorn[standard]>=0.27",',
        "  'attrs',",
        '  "httpx>=0.27",',
        ']',
        '',
        '[project.optional-dependencies]',
        'test = ["pytest-cov", "hypothesis"]',
        '',
        '[dependency-groups]',
        'lint = ["ruff", {include-group = "test"}]',
        '',
        '[tool.poetry.dependencies]',
        'python = "^3.11"',
        'fastapi = "^0.110"',
        'sqlalchemy = { version = "^2.0", extras = ["asyncio"] }',
        '',
        '[tool.poetry.group.dev.dependencies]',
        'mypy = "^1.8"',
        '',
        '[tool.ruff]',
        'target-version = "py311"',
        'line-length = 100',
      );
      assert.deepEqual(added('pyproject.toml', before, after), [
        'attrs',
        'fastapi',
        'hypothesis',
        'mypy',
        'pytest-cov',
        'ruff',
        'sqlalchemy',
        'uvicorn',
      ]);
    });

    it('treats -, _ and . as the same name', () => {
      const before = lines('[project]', 'dependencies = ["typing_extensions>=4.8"]');
      const after = lines('[project]', 'dependencies = ["typing-extensions>=4.9"]');
      assert.deepEqual(added('pyproject.toml', before, after), []);
    });
  });

  describe('pom.xml', () => {
    it('counts dependencies inside <dependencies>, not plugins, parents, exclusions or comments', () => {
      const before = lines(
        '<project>',
        '  <parent><groupId>org.springframework.boot</groupId><artifactId>boot</artifactId></parent>',
        '  <groupId>com.example</groupId>',
        '  <dependencies>',
        '    <dependency>',
        '      <groupId>com.google.guava</groupId>',
        '      <artifactId>guava</artifactId>',
        '      <version>32</version>',
        '    </dependency>',
        '  </dependencies>',
        '</project>',
      );
      const after = lines(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<project xmlns="http://maven.apache.org/POM/4.0.0">',
        '  <parent><groupId>org.springframework.boot</groupId><artifactId>boot</artifactId></parent>',
        '  <groupId>com.example</groupId>',
        '  <artifactId>svc</artifactId>',
        '  <dependencies>',
        '    <dependency>',
        '      <groupId>com.google.guava</groupId>',
        '      <artifactId>guava</artifactId>',
        '      <version>33</version>',
        '    </dependency>',
        '    <!-- <dependency><artifactId>commented</artifactId></dependency>',
        '    -->',
        '    <dependency>',
        '      <groupId>org.postgresql</groupId>',
        '      <artifactId>postgresql</artifactId>',
        '      <exclusions><exclusion><artifactId>excluded</artifactId></exclusion></exclusions>',
        '    </dependency>',
        '    <dependency><artifactId>junit-jupiter</artifactId><groupId>org.junit.jupiter</groupId></dependency>',
        '  </dependencies>',
        '  <dependencyManagement><dependencies><dependency>',
        '    <groupId>io.netty</groupId><artifactId>netty-bom</artifactId>',
        '  </dependency></dependencies></dependencyManagement>',
        '  <build><plugins><plugin>',
        '    <artifactId>maven-surefire-plugin</artifactId>',
        '    <dependencies><dependency><artifactId>plugin-dep</artifactId></dependency></dependencies>',
        '  </plugin></plugins></build>',
        '</project>',
      );
      assert.deepEqual(added('pom.xml', before, after), [
        'io.netty:netty-bom',
        'org.junit.jupiter:junit-jupiter',
        'org.postgresql:postgresql',
      ]);
    });

    it('never expands a DOCTYPE entity', () => {
      const after = lines(
        '<?xml version="1.0"?>',
        '<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        '<project><dependencies><dependency><artifactId>x&b;</artifactId></dependency></dependencies></project>',
      );
      assert.deepEqual(added('pom.xml', undefined, after), ['x&b;']);
    });
  });

  describe('requirements.txt and Gemfile', () => {
    it('reads requirement lines and skips comments, options, paths and URLs', () => {
      const after = lines(
        'requests==2.31.0',
        'Django>=4.2,<5',
        'pytest',
        'rich[jupyter]~=13.0 ; python_version >= "3.8"',
        'pkg @ https://example.com/pkg.tar.gz',
        'black  # formatter',
        '# a comment',
        '-r base.txt',
        '-e git+https://example.com/x.git#egg=x',
        '--index-url https://pypi.example.com',
        './local/package',
        'https://example.com/y.whl',
        '',
      );
      assert.deepEqual(added('requirements-dev.txt', 'requests==2.0\r\n', after), [
        'black',
        'Django',
        'pkg',
        'pytest',
        'rich',
      ].sort());
    });

    it('treats -, _ and . as the same in a bump', () => {
      assert.deepEqual(added('requirements.txt', 'typing_extensions==4.8\n', 'typing-extensions==4.9\n'), []);
    });

    it('reads gem lines in either quote style, not bumps or other directives', () => {
      const before = lines("source 'https://rubygems.org'", "gem 'puma', '5.0'");
      const after = lines(
        "source 'https://rubygems.org'",
        "gem 'rails', '~> 7.1'",
        '  gem "rspec-rails", group: :test',
        'gem("pg")',
        'gemspec',
        "gem 'puma', '6.0'",
      );
      assert.deepEqual(added('Gemfile', before, after), ['pg', 'rails', 'rspec-rails']);
    });
  });

  describe('any format', () => {
    it('returns nothing for a file that is not a manifest', () => {
      assert.deepEqual(addedDependencies('src/a.ts', undefined, '{"dependencies":{"a":"1"}}'), {
        names: [],
      });
    });

    it('lists a dependency once when the file names it twice', () => {
      assert.deepEqual(added('Gemfile', undefined, "gem 'a'\ngem 'a'\n"), ['a']);
    });

    it(`cuts names at ${MAX_DEPENDENCY_NAME} characters`, () => {
      const [name] = added('requirements.txt', undefined, `${'a'.repeat(300)}==1\n`);
      assert.equal(name, 'a'.repeat(MAX_DEPENDENCY_NAME));
    });

    it('reports no additions, but the unreadable side, when either side does not parse', () => {
      const cases: [string, string, string][] = [
        ['package.json', '{"dependencies": {"a": "1"},', '{"dependencies":{"a":"1","b":"2"}}'],
        ['Cargo.toml', '[dependencies\nserde = "1"', '[dependencies]\nserde = "1"\ntokio = "1"'],
        ['pyproject.toml', '[project]\ndependencies = ["a"', '[project]\ndependencies = ["a", "b"]'],
        ['pom.xml', '<project><dependencies></project>', '<project><dependencies><dependency><artifactId>a</artifactId></dependency></dependencies></project>'],
      ];
      for (const [path, broken, good] of cases) {
        // An unreadable old side must not make every dependency of the new side look new.
        assert.deepEqual(addedDependencies(path, broken, good), { names: [], unreadable: 'before' }, path);
        assert.deepEqual(addedDependencies(path, good, broken), { names: [], unreadable: 'after' }, path);
        assert.deepEqual(addedDependencies(path, undefined, broken), { names: [], unreadable: 'after' }, path);
      }
      // A JSON value that is not an object is no package.json.
      assert.deepEqual(addedDependencies('package.json', undefined, '[1]'), { names: [], unreadable: 'after' });
    });

    it('reads hostile manifests of every format without a crash, in well under a second', () => {
      const n = 50_000;
      const hostile = [
        '{'.repeat(n),
        '['.repeat(n),
        '"'.repeat(n),
        '\\'.repeat(n),
        '"a": '.repeat(n / 5),
        '{"dependencies": '.repeat(n / 17),
        '<dependency><artifactId>'.repeat(n / 24),
        '<!--'.repeat(n / 4),
        '</a>'.repeat(n / 4),
        '<a>'.repeat(n / 3),
        '<'.repeat(n),
        '[dependencies.'.repeat(n / 14),
        'a = ['.repeat(n / 5),
        'a = {a = '.repeat(n / 9),
        '"""'.repeat(n / 3),
        "'".repeat(n),
        'require ('.repeat(n / 9),
        "gem '".repeat(n / 5),
        'a'.repeat(n) + '==1',
        '\t'.repeat(n),
      ];
      const manifests = ['package.json', 'go.mod', 'Cargo.toml', 'requirements.txt', 'pyproject.toml', 'pom.xml', 'Gemfile'];
      const context = Array.from({ length: 5_000 }, (_, i) => `k${i} = "v${i}"`).join('\n');
      for (const manifest of manifests) {
        for (const line of hostile) {
          const text = `${context}\n${line}\n`;
          const started = process.hrtime.bigint();
          const result = addedDependencies(manifest, text, text);
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          assert.deepEqual(result.names, [], manifest);
          assert.ok(ms < 1000, `${manifest}: ${ms.toFixed(1)} ms for ${JSON.stringify(line.slice(0, 20))}`);
        }
      }
    });
  });
});
