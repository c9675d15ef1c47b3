import * as assert from 'node:assert/strict';
import { addedDependencies, MAX_DEPENDENCY_NAME } from '../../src/core/topics/dependencies';

/**
 * A `-U0` diff of one file, as `git log -p -U0` prints it: hunks in the middle of the file, so
 * nothing before them is known.
 */
function diff(path: string, ...hunks: { header?: string; lines: string[] }[]): string {
  return [
    `diff --git a/${path} b/${path}`,
    'index 1111111..2222222 100644',
    `--- a/${path}`,
    `+++ b/${path}`,
    ...hunks.flatMap((h, i) => [
      `@@ -${10 * (i + 1)},0 +${10 * (i + 1)},1 @@${h.header ? ` ${h.header}` : ''}`,
      ...h.lines,
    ]),
  ].join('\n');
}

/**
 * A diff with the whole file as context, as `git log -p -U<large>` prints it: one hunk from line
 * 1, each line " " (unchanged), "+" or "-".
 */
function whole(path: string, lines: string[]): string {
  const before = lines.filter((l) => !l.startsWith('+')).length;
  const after = lines.filter((l) => !l.startsWith('-')).length;
  return [
    `diff --git a/${path} b/${path}`,
    'index 1111111..2222222 100644',
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -${before === 0 ? 0 : 1},${before} +${after === 0 ? 0 : 1},${after} @@`,
    ...lines,
  ].join('\n');
}

describe('topics: dependencies added to a manifest', () => {
  describe('package.json', () => {
    it('does not take a contribution value that starts with a digit for a version', () => {
      const patch = diff('package.json', {
        lines: [
          '+          "group": "1_item@1"',
          '+          "order": "2_x"',
          '+    "semver": "1.0.0-beta.1 || >=2 <3"',
        ],
      });
      assert.deepEqual(addedDependencies('package.json', patch), ['semver']);
    });

    it('reads added dependencies and leaves out version bumps', () => {
      const patch = diff('package.json', {
        lines: [
          '-    "lodash": "^4.17.20",',
          '+    "lodash": "^4.17.21",',
          '+    "zod": "^3.22.0",',
          '+    "@types/node": "~20.1.0",',
          '+    "local-lib": "workspace:*",',
          '+    "aliased": "npm:other@1",',
          // Without context a URL could as well be "repository": { "url": ... }.
          '+    "from-git": "git+https://example.com/x.git"',
        ],
      });
      assert.deepEqual(addedDependencies('package.json', patch), [
        'zod',
        '@types/node',
        'local-lib',
        'aliased',
      ]);
    });

    it('without context, takes only unmistakable specifiers: not "1.0" or "2" settings', () => {
      const patch = diff('package.json', {
        lines: [
          '+          "type": "string",',
          '+          "default": "1.0",',
          '+          "minimum": "2"',
          '+          "channel": "latest"',
          '+          "pattern": "*"',
          '+    "left-pad": "1.3.0",',
          '+    "chalk": ">= 5",',
        ],
      });
      assert.deepEqual(addedDependencies('package.json', patch), ['left-pad', 'chalk']);
    });

    it('leaves out scripts, the package version, engines and other settings', () => {
      const patch = diff('web/package.json', {
        lines: [
          '+  "version": "1.2.0",',
          '+  "name": "web",',
          '+    "build": "tsc -p .",',
          '+    "node": ">=18",',
          '+  "engines": { "vscode": "^1.90.0" },',
          '+  "type": "module",',
          '+  "private": true,',
        ],
      });
      assert.deepEqual(addedDependencies('web/package.json', patch), []);
    });

    it('reads a one-line package.json by its dependency objects', () => {
      const patch = diff('package.json', {
        lines: [
          '-{"name":"x","version":"1.0.0","dependencies":{"a":"^1"}}',
          '+{"name":"x","version":"1.1.0","dependencies":{"a":"^1","b":"^2"},"devDependencies":{"c":"3"}}',
        ],
      });
      assert.deepEqual(addedDependencies('package.json', patch), ['b', 'c']);
    });

    it('does not count a dependency moved between objects', () => {
      const patch = diff(
        'package.json',
        { lines: ['-    "chalk": "^5.0.0",'] },
        { lines: ['+    "chalk": "^5.0.0",'] },
      );
      assert.deepEqual(addedDependencies('package.json', patch), []);
    });
  });

  describe('go.mod', () => {
    it('reads single-line requires and require blocks, not indirect ones', () => {
      const patch = diff('go.mod', {
        lines: [
          '+require github.com/spf13/cobra v1.8.0',
          '+require (',
          '+\tgolang.org/x/sync v0.6.0',
          '+\tgithub.com/x/indirect v1.0.0 // indirect',
          '+)',
          '+go 1.22',
          '+toolchain go1.22.1',
        ],
      });
      assert.deepEqual(addedDependencies('go.mod', patch), [
        'github.com/spf13/cobra',
        'golang.org/x/sync',
      ]);
    });

    it('reads a lone line inside a require block and leaves out bumps and replaces', () => {
      const patch = diff(
        'svc/go.mod',
        {
          header: 'require (',
          lines: [
            '-\trsc.io/quote v1.5.1',
            '+\trsc.io/quote v1.5.2',
            '+\tgithub.com/google/uuid v1.6.0',
          ],
        },
        {
          lines: [
            '+replace github.com/a/b => ../b',
            '+replace (',
            '+\tgithub.com/c/d v1.0.0 => github.com/e/d v1.0.1',
            '+\tgithub.com/f/g v1.0.0',
            '+)',
          ],
        },
        { lines: ['+exclude github.com/h/i v1.0.0'] },
      );
      assert.deepEqual(addedDependencies('svc/go.mod', patch), ['github.com/google/uuid']);
    });

    it('does not count a module promoted from indirect to direct', () => {
      const patch = diff('go.mod', {
        lines: ['-\tgithub.com/x/y v1.0.0 // indirect', '+\tgithub.com/x/y v1.0.0'],
      });
      assert.deepEqual(addedDependencies('go.mod', patch), []);
    });
  });

  describe('Cargo.toml', () => {
    it('reads version strings, inline tables, workspace entries and dependency tables', () => {
      const patch = diff('Cargo.toml', {
        lines: [
          '+serde = { version = "1.0", features = ["derive"] }',
          '+anyhow = "1"',
          '+local = { path = "../local" }',
          '+tokio.workspace = true',
          '+[dependencies.regex]',
          '+version = "1.10"',
        ],
      });
      assert.deepEqual(addedDependencies('Cargo.toml', patch), [
        'serde',
        'anyhow',
        'local',
        'tokio',
        'regex',
      ]);
    });

    it('leaves out package keys, features and other tables', () => {
      const patch = diff('crates/x/Cargo.toml', {
        lines: [
          '+version = "0.2.0"',
          '+edition = "2021"',
          '+rust-version = "1.75"',
          '+[features]',
          '+default = ["std"]',
          '+[package.metadata.docs]',
          '+foo = "1"',
          '+[dev-dependencies]',
          '+proptest = "1.4"',
        ],
      });
      assert.deepEqual(addedDependencies('crates/x/Cargo.toml', patch), ['proptest']);
    });

    it('does not count a version bump', () => {
      const patch = diff('Cargo.toml', { lines: ['-serde = "1.0.1"', '+serde = "1.0.2"'] });
      assert.deepEqual(addedDependencies('Cargo.toml', patch), []);
    });
  });

  describe('requirements.txt', () => {
    it('reads requirement lines and skips comments, options, paths and URLs', () => {
      const patch = diff('requirements-dev.txt', {
        lines: [
          '+requests==2.31.0',
          '+Django>=4.2,<5',
          '+pytest',
          '+rich[jupyter]~=13.0 ; python_version >= "3.8"',
          '+pkg @ https://example.com/pkg.tar.gz',
          '+black  # formatter',
          '+# a comment',
          '+-r base.txt',
          '+-e git+https://example.com/x.git#egg=x',
          '+--index-url https://pypi.example.com',
          '+./local/package',
          '+https://example.com/y.whl',
          '+',
        ],
      });
      assert.deepEqual(addedDependencies('requirements-dev.txt', patch), [
        'requests',
        'Django',
        'pytest',
        'rich',
        'pkg',
        'black',
      ]);
    });

    it('treats -, _ and . as the same in a bump', () => {
      const patch = diff('requirements.txt', {
        lines: ['-typing_extensions==4.8', '+typing-extensions==4.9'],
      });
      assert.deepEqual(addedDependencies('requirements.txt', patch), []);
    });
  });

  describe('pyproject.toml', () => {
    it('reads PEP 621 list items inside a dependencies list', () => {
      const patch = diff('pyproject.toml', {
        header: 'dependencies = [',
        lines: ['+    "httpx>=0.27",', "+    'attrs',"],
      });
      assert.deepEqual(addedDependencies('pyproject.toml', patch), ['httpx', 'attrs']);
    });

    it('leaves out keywords and classifiers lists', () => {
      const patch = diff(
        'pyproject.toml',
        { header: 'keywords = [', lines: ['+    "git",'] },
        { header: 'classifiers = [', lines: ['+    "License :: OSI Approved :: MIT License",'] },
        { lines: ['+keywords = ["cli", "mentoring"]'] },
      );
      assert.deepEqual(addedDependencies('pyproject.toml', patch), []);
    });

    it('reads one-line lists, optional-dependency groups and new lists', () => {
      const patch = diff('pyproject.toml', {
        lines: [
          '+dependencies = ["click>=8", "pydantic"]',
          '+[project.optional-dependencies]',
          '+test = ["pytest-cov"]',
          '+docs = [',
          '+  "mkdocs",',
          '+]',
          '+[project]',
          '+classifiers = [',
          '+  "Typing :: Typed",',
          '+]',
        ],
      });
      assert.deepEqual(addedDependencies('pyproject.toml', patch), [
        'click',
        'pydantic',
        'pytest-cov',
        'mkdocs',
      ]);
    });

    it('reads poetry tables and leaves out python and project settings', () => {
      const patch = diff('pyproject.toml', {
        lines: [
          '+python = "^3.11"',
          '+fastapi = "^0.110"',
          '+sqlalchemy = { version = "^2.0", extras = ["asyncio"] }',
          '+[tool.poetry]',
          '+version = "0.1.0"',
          '+[tool.poetry.group.dev.dependencies]',
          '+mypy = "^1.8"',
          '+[tool.ruff]',
          '+target-version = "py311"',
          '+line-length = 100',
        ],
      });
      assert.deepEqual(addedDependencies('pyproject.toml', patch), [
        'fastapi',
        'sqlalchemy',
        'mypy',
      ]);
    });
  });

  describe('pom.xml', () => {
    it('reads groupId:artifactId of added dependency blocks', () => {
      const patch = diff('pom.xml', {
        lines: [
          '+    <dependency>',
          '+      <groupId>org.postgresql</groupId>',
          '+      <artifactId>postgresql</artifactId>',
          '+      <version>42.7.1</version>',
          '+      <exclusions><exclusion><groupId>x</groupId><artifactId>excluded</artifactId></exclusion></exclusions>',
          '+    </dependency>',
          '+    <dependency><artifactId>junit-jupiter</artifactId><groupId>org.junit.jupiter</groupId></dependency>',
        ],
      });
      assert.deepEqual(addedDependencies('pom.xml', patch), [
        'org.postgresql:postgresql',
        'org.junit.jupiter:junit-jupiter',
      ]);
    });

    it('reads a lone artifactId and leaves out the project, its parent and plugins', () => {
      const patch = diff(
        'svc/pom.xml',
        { lines: ['+      <artifactId>guava</artifactId>'] },
        {
          lines: [
            '+<project xmlns="http://maven.apache.org/POM/4.0.0">',
            '+  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId></parent>',
            '+  <groupId>com.example</groupId>',
            '+  <artifactId>svc</artifactId>',
            '+  <build><plugins><plugin><artifactId>maven-surefire-plugin</artifactId></plugin></plugins></build>',
          ],
        },
      );
      assert.deepEqual(addedDependencies('svc/pom.xml', patch), ['guava']);
    });

    it('does not count a changed version', () => {
      const patch = diff('pom.xml', {
        lines: [
          '-      <artifactId>guava</artifactId><version>32</version>',
          '+      <artifactId>guava</artifactId><version>33</version>',
        ],
      });
      assert.deepEqual(addedDependencies('pom.xml', patch), []);
    });
  });

  describe('Gemfile', () => {
    it('reads gem lines in either quote style', () => {
      const patch = diff('Gemfile', {
        lines: [
          "+gem 'rails', '~> 7.1'",
          '+  gem "rspec-rails", group: :test',
          '+gem("pg")',
          '+gemspec',
          "+source 'https://rubygems.org'",
          "-gem 'puma', '5.0'",
          "+gem 'puma', '6.0'",
        ],
      });
      assert.deepEqual(addedDependencies('Gemfile', patch), ['rails', 'rspec-rails', 'pg']);
    });
  });

  describe('with the whole file as context', () => {
    it('package.json: counts only the four top-level dependency objects', () => {
      const patch = whole('package.json', [
        ' {',
        '   "name": "ext",',
        '+  "version": "1.1.0",',
        '   "contributes": {',
        '     "configuration": {',
        '       "properties": {',
        '         "ext.level": {',
        '           "type": "string",',
        '+          "default": "1.0",',
        '+          "minimum": "2"',
        '         }',
        '       }',
        '     }',
        '   },',
        '   "scripts": { "build": "tsc" },',
        '   "overrides": {',
        '+    "semver": "^7.5.2",',
        '     "foo": { "bar": "1.0.0" }',
        '   },',
        '+  "resolutions": { "minimist": "^1.2.6" },',
        '   "pnpm": { "overrides": { "x": "^1" } },',
        '   "workspaces": { "packages": ["a"], "dependencies": { "ws": "^8" } },',
        '   "dependencies": {',
        '-    "lodash": "^4.17.20",',
        '+    "lodash": "^4.17.21",',
        '+    "zod": "^3.22.0",',
        '+    "mine": "github:me/mine",',
        '     "left": "1"',
        '   },',
        '   "devDependencies": {',
        '-    "chalk": "^5.0.0"',
        '+    "vitest": "^1.0.0"',
        '   },',
        '+  "peerDependencies": { "react": ">=18" },',
        '   "optionalDependencies": {',
        '+    "fsevents": "2"',
        '   }',
        ' }',
      ]);
      assert.deepEqual(addedDependencies('package.json', patch), [
        'zod',
        'mine',
        'vitest',
        'react',
        'fsevents',
      ]);
    });

    it('package.json: a dependency moved between objects is not new', () => {
      const patch = whole('package.json', [
        ' {',
        '   "dependencies": {',
        '+    "chalk": "^5.0.0",',
        '     "zod": "^3"',
        '   },',
        '   "devDependencies": {',
        '-    "chalk": "^5.0.0",',
        '     "mocha": "^10"',
        '   }',
        ' }',
      ]);
      assert.deepEqual(addedDependencies('package.json', patch), []);
    });

    it('package.json: reads a new file and a one-line file from the top', () => {
      const created = whole('package.json', [
        '+{',
        '+  "name": "new",',
        '+  "version": "0.1.0",',
        '+  "engines": { "node": ">=18" },',
        '+  "dependencies": { "yaml": "^2" }',
        '+}',
      ]);
      assert.deepEqual(addedDependencies('package.json', created), ['yaml']);
      const oneLine = whole('package.json', [
        '-{"name":"x","dependencies":{"a":"^1"},"overrides":{"o":"1"}}',
        '+{"name":"x","dependencies":{"a":"^1","b":"^2"},"overrides":{"o":"1","p":"^2"}}',
      ]);
      assert.deepEqual(addedDependencies('package.json', oneLine), ['b']);
    });

    it('Cargo.toml: counts dependency tables, their target and workspace forms and crate tables', () => {
      const patch = whole('Cargo.toml', [
        ' [workspace.metadata.release]',
        '+msrv = "1.70"',
        ' [package]',
        ' name = "x"',
        '+version = "0.2.0"',
        ' authors = [',
        '+  "[dependencies]",',
        ' ]',
        ' ',
        ' [dependencies]',
        '-serde = "1.0.1"',
        '+serde = "1.0.2"',
        '+anyhow = "1"',
        '+tokio.workspace = true',
        '+"quoted" = { version = "0.1" }',
        ' ',
        '+[dev-dependencies]',
        '+proptest = "1.4"',
        ' ',
        `+[target.'cfg(target_os = "linux")'.dependencies]`,
        '+nix = "0.27"',
        ' ',
        '+[workspace.dependencies]',
        '+rayon = "1"',
        ' ',
        '+[dependencies.regex]',
        '+version = "1.10"',
        '+features = [',
        '+  "unicode",',
        '+]',
        ' ',
        ' [features]',
        '+default = ["std"]',
        ' ',
        '+[patch.crates-io]',
        '+foo = { path = "../foo" }',
        ' ',
        '+[profile.release]',
        '+opt-level = "3"',
      ]);
      assert.deepEqual(addedDependencies('Cargo.toml', patch), [
        'anyhow',
        'tokio',
        'quoted',
        'proptest',
        'nix',
        'rayon',
        'regex',
      ]);
    });

    it('pyproject.toml: counts project, optional and poetry dependencies, not python or settings', () => {
      const patch = whole('pyproject.toml', [
        ' [build-system]',
        '+requires = ["hatchling"]',
        ' ',
        ' [project]',
        ' name = "x"',
        '+keywords = ["git", "mentoring"]',
        ' classifiers = [',
        '+  "Typing :: Typed",',
        ' ]',
        '+requires-python = ">=3.11"',
        ' dependencies = [',
        '   "click>=8",',
        '+  "uvicorn[standard]>=0.27",',
        "+  'attrs',",
        '-  "httpx>=0.26",',
        '+  "httpx>=0.27",',
        ' ]',
        ' ',
        ' [project.optional-dependencies]',
        '+test = ["pytest-cov", "hypothesis"]',
        ' ',
        '+[dependency-groups]',
        '+lint = ["ruff", {include-group = "test"}]',
        ' ',
        ' [tool.poetry.dependencies]',
        ' python = "^3.11"',
        '+fastapi = "^0.110"',
        '+sqlalchemy = { version = "^2.0", extras = ["asyncio"] }',
        ' ',
        '+[tool.poetry.group.dev.dependencies]',
        '+mypy = "^1.8"',
        ' ',
        ' [tool.ruff]',
        '+target-version = "py311"',
        '+line-length = 100',
      ]);
      assert.deepEqual(addedDependencies('pyproject.toml', patch), [
        'uvicorn',
        'attrs',
        'pytest-cov',
        'hypothesis',
        'ruff',
        'fastapi',
        'sqlalchemy',
        'mypy',
      ]);
    });

    it('pom.xml: counts dependencies inside <dependencies>, not plugins, parents or comments', () => {
      const patch = whole('pom.xml', [
        ' <project>',
        '   <parent><groupId>org.springframework.boot</groupId><artifactId>boot</artifactId></parent>',
        '   <groupId>com.example</groupId>',
        '+  <artifactId>svc</artifactId>',
        '   <dependencies>',
        '     <dependency>',
        '       <groupId>com.google.guava</groupId>',
        '       <artifactId>guava</artifactId>',
        '-      <version>32</version>',
        '+      <version>33</version>',
        '     </dependency>',
        '+    <!-- <dependency><artifactId>commented</artifactId></dependency>',
        '+    -->',
        '+    <dependency>',
        '+      <groupId>org.postgresql</groupId>',
        '+      <artifactId>postgresql</artifactId>',
        '+      <exclusions><exclusion><artifactId>excluded</artifactId></exclusion></exclusions>',
        '+    </dependency>',
        '   </dependencies>',
        '   <build><plugins><plugin>',
        '+    <artifactId>maven-surefire-plugin</artifactId>',
        '+    <dependencies><dependency><artifactId>plugin-dep</artifactId></dependency></dependencies>',
        '   </plugin></plugins></build>',
        ' </project>',
      ]);
      assert.deepEqual(addedDependencies('pom.xml', patch), ['org.postgresql:postgresql']);
    });

    it('go.mod: counts require lines and blocks only, not indirect ones or replacements', () => {
      const patch = whole('go.mod', [
        ' module example.com/x',
        ' ',
        ' go 1.22',
        ' ',
        ' require (',
        '-\trsc.io/quote v1.5.1',
        '+\trsc.io/quote v1.5.2',
        '+\tgithub.com/google/uuid v1.6.0',
        '+\tgithub.com/x/indirect v1.0.0 // indirect',
        ' )',
        ' ',
        '+require github.com/spf13/cobra v1.8.0',
        ' ',
        ' replace (',
        '+\tgithub.com/f/g v1.0.0 => ../g',
        '+\tgithub.com/h/i v1.0.0',
        ' )',
        '+exclude github.com/j/k v1.0.0',
      ]);
      assert.deepEqual(addedDependencies('go.mod', patch), [
        'github.com/google/uuid',
        'github.com/spf13/cobra',
      ]);
    });

    it('requirements.txt and Gemfile: counts added lines, not context or bumps', () => {
      const requirements = whole('requirements.txt', [
        ' requests==2.31.0',
        '-Django==4.2',
        '+Django==5.0',
        '+pytest',
      ]);
      assert.deepEqual(addedDependencies('requirements.txt', requirements), ['pytest']);
      const gemfile = whole('Gemfile', [
        " source 'https://rubygems.org'",
        " gem 'rails', '~> 7.1'",
        "+gem 'pg'",
      ]);
      assert.deepEqual(addedDependencies('Gemfile', gemfile), ['pg']);
    });

    it('reads a later hunk of a diff with some context line by line', () => {
      const patch = [
        '--- a/package.json',
        '+++ b/package.json',
        '@@ -1,3 +1,3 @@',
        ' {',
        '-  "version": "1.0.0",',
        '+  "version": "1.0.1",',
        '   "name": "x",',
        '@@ -40,2 +40,3 @@',
        '     "a": "^1",',
        '+    "b": "^2",',
        '   },',
      ].join('\n');
      assert.deepEqual(addedDependencies('package.json', patch), ['b']);
    });

    it('reads a whole manifest with hostile lines in linear time', () => {
      const n = 50_000;
      const context = Array.from({ length: 5_000 }, (_, i) => ` "k${i}": "v${i}",`);
      const hostile = [
        '{'.repeat(n),
        '['.repeat(n),
        '"'.repeat(n),
        '\\'.repeat(n),
        '"a": '.repeat(n / 5),
        '<dependency><artifactId>'.repeat(n / 24),
        '<!--'.repeat(n / 4),
        '</a>'.repeat(n / 4),
        '<a>'.repeat(n / 3),
        '[dependencies.'.repeat(n / 14),
        'a = ['.repeat(n / 5),
        '"""'.repeat(n / 3),
        "'".repeat(n),
        'require ('.repeat(n / 9),
      ];
      const manifests = [
        'package.json',
        'go.mod',
        'Cargo.toml',
        'requirements.txt',
        'pyproject.toml',
        'pom.xml',
        'Gemfile',
      ];
      for (const manifest of manifests) {
        for (const line of hostile) {
          const patch = whole(manifest, [...context, `+${line}`, `-${line}`, ...context]);
          // The best of three runs: a garbage collection or a first compile is not the parser.
          let ms = Infinity;
          for (let run = 0; run < 3; run++) {
            const started = process.hrtime.bigint();
            addedDependencies(manifest, patch);
            ms = Math.min(ms, Number(process.hrtime.bigint() - started) / 1e6);
          }
          assert.ok(
            ms < 100,
            `${manifest}: ${ms.toFixed(1)} ms for ${JSON.stringify(line.slice(0, 20))}`,
          );
        }
      }
    });
  });

  describe('any format', () => {
    it('returns nothing for a file that is not a manifest', () => {
      assert.deepEqual(
        addedDependencies('src/a.ts', diff('src/a.ts', { lines: ['+"a": "^1"'] })),
        [],
      );
    });

    it('skips the file headers but reads content that starts like one inside a hunk', () => {
      const patch = diff('requirements.txt', { lines: ['+++weird', '+six'] });
      assert.deepEqual(addedDependencies('requirements.txt', patch), ['six']);
    });

    it('reads bare added and removed lines without headers, and CRLF line ends', () => {
      assert.deepEqual(addedDependencies('Gemfile', "+gem 'a'\r\n-gem 'b'\r\n+gem 'b'\r\n"), ['a']);
    });

    it('lists a dependency once when two hunks add it', () => {
      const patch = diff('Gemfile', { lines: ["+gem 'a'"] }, { lines: ["+gem 'a'"] });
      assert.deepEqual(addedDependencies('Gemfile', patch), ['a']);
    });

    it(`cuts names at ${MAX_DEPENDENCY_NAME} characters`, () => {
      const long = 'a'.repeat(300);
      const [name] = addedDependencies('requirements.txt', `+${long}==1`);
      assert.equal(name, 'a'.repeat(MAX_DEPENDENCY_NAME));
    });

    it('reads a hostile 50,000-character line of every format in well under 100 ms', () => {
      const n = 50_000;
      const hostile = [
        '"'.repeat(n),
        '"a": '.repeat(n / 5),
        '{"dependencies": '.repeat(n / 17),
        '\\'.repeat(n),
        '<artifactId>'.repeat(n / 12),
        '<'.repeat(n),
        '<dependency><groupId>'.repeat(n / 21),
        "gem '".repeat(n / 5),
        'require '.repeat(n / 8),
        '[dependencies.'.repeat(n / 14),
        'a = '.repeat(n / 4),
        '= "'.repeat(n / 3),
        '"x>=1", '.repeat(n / 8),
        'a'.repeat(n) + '==1',
        ' #'.repeat(n / 2),
        '\t'.repeat(n),
      ];
      const manifests = [
        'package.json',
        'go.mod',
        'Cargo.toml',
        'requirements.txt',
        'pyproject.toml',
        'pom.xml',
        'Gemfile',
      ];
      for (const manifest of manifests) {
        for (const line of hostile) {
          const patch = `@@ -1 +1 @@ ${line}\n-${line}\n+${line}\n+${line}`;
          // The best of three runs: a garbage collection or a first compile is not the parser.
          let ms = Infinity;
          for (let run = 0; run < 3; run++) {
            const started = process.hrtime.bigint();
            addedDependencies(manifest, patch);
            ms = Math.min(ms, Number(process.hrtime.bigint() - started) / 1e6);
          }
          assert.ok(
            ms < 100,
            `${manifest}: ${ms.toFixed(1)} ms for ${JSON.stringify(line.slice(0, 20))}`,
          );
        }
      }
    });
  });
});
