import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCliBuilt, linesOf, makeRepo, removeDir, runCli, tempDir } from '../support/cli';
import { fixtureBytes } from '../support/fixtures';

interface JsonReport {
  files: number;
  problems: {
    file: string;
    line: number;
    column: number;
    severity: string;
    code: string;
    message: string;
  }[];
}

function json(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

describe('cli: validate', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    makeRepo(dir);
    for (const name of ['Alex', 'Bo']) {
      assert.equal(
        runCli(['init', '--mentee', name, '--mentor', 'Sam', '--started', '2026-09-01'], dir)
          .status,
        0,
      );
    }
    assert.equal(runCli(['new-session', 'alex', '--date', '2026-11-23'], dir).status, 0);
  });
  afterEach(() => removeDir(dir));

  it('passes clean records with exit 0, in text and in json', () => {
    const text = runCli(['validate'], dir);
    assert.deepEqual(
      [text.status, text.stdout, text.stderr],
      [0, '5 files checked: 0 errors, 0 warnings, 0 hints\n', ''],
    );
    const r = runCli(['validate', '--format', 'json'], dir);
    assert.equal(r.status, 0);
    assert.deepEqual(json(r.stdout), { files: 5, problems: [] });
  });

  it('exits 1 on an error and reports it located, with the file relative to --dir', () => {
    fs.writeFileSync(
      path.join(dir, 'mentoring', 'bo', 'plan.md'),
      fixtureBytes('malformed-yaml.md'),
    );
    const r = runCli(['validate', '--format', 'json'], dir);
    assert.equal(r.status, 1);
    const report = json(r.stdout);
    assert.equal(report.files, 5);
    assert.equal(report.problems.length, 1);
    const p = report.problems[0];
    assert.equal(p.file, 'mentoring/bo/plan.md');
    assert.equal(p.severity, 'error');
    assert.equal(p.code, 'yaml-syntax');
    assert.ok(p.line >= 3 && p.column >= 1);
    assert.equal(typeof p.message, 'string');
    const text = runCli(['validate'], dir);
    assert.equal(text.status, 1);
    assert.match(
      text.stdout,
      /^mentoring\/bo\/plan\.md:\d+:\d+: error yaml-syntax: Front matter is not valid YAML/m,
    );
  });

  it('exits 0 when there are only warnings and hints, and still reports them', () => {
    fs.renameSync(
      path.join(dir, 'mentoring/alex/sessions/2026-11-23.md'),
      path.join(dir, 'mentoring/alex/sessions/2026-11-24.md'),
    );
    const plan = path.join(dir, 'mentoring/alex/plan.md');
    fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('cadence:', 'cadance:'));
    const r = runCli(['validate', '--format', 'json'], dir);
    assert.equal(r.status, 0);
    assert.deepEqual(
      json(r.stdout).problems.map((p) => [p.file, p.severity, p.code]),
      [
        ['mentoring/alex/plan.md', 'hint', 'likely-typo'],
        ['mentoring/alex/sessions/2026-11-24.md', 'warning', 'date-mismatch'],
      ],
    );
  });

  it('checks only one relationship when given its slug', () => {
    fs.writeFileSync(
      path.join(dir, 'mentoring', 'bo', 'plan.md'),
      fixtureBytes('conflict-markers.md'),
    );
    const alex = runCli(['validate', 'alex', '--format', 'json'], dir);
    assert.equal(alex.status, 0);
    assert.equal(json(alex.stdout).files, 3);
    const bo = runCli(['validate', 'bo', '--format', 'json'], dir);
    assert.equal(bo.status, 1);
    assert.deepEqual(
      json(bo.stdout).problems.map((p) => [p.file, p.line, p.code]),
      [['mentoring/bo/plan.md', 7, 'conflict-markers']],
    );
  });

  it('names files relative to a subfolder given with --dir', () => {
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.writeFileSync(
      path.join(dir, 'mentoring', 'bo', 'questions.md'),
      fixtureBytes('not-utf8.md'),
    );
    const r = runCli(['validate', '--dir', 'docs', '--format', 'json'], dir);
    assert.equal(r.status, 1);
    assert.deepEqual(
      json(r.stdout).problems.map((p) => [p.file, p.line, p.column, p.code]),
      [['../mentoring/bo/questions.md', 4, 4, 'not-utf8']],
    );
  });

  it('reports a 20 MB file with its size message and does not read it', () => {
    fs.writeFileSync(
      path.join(dir, 'mentoring', 'alex', 'sessions', '2026-11-30.md'),
      Buffer.alloc(20 * 1024 * 1024, 0x61),
    );
    const r = runCli(['validate', '--format', 'json'], dir);
    assert.equal(r.status, 1);
    const p = json(r.stdout).problems;
    assert.deepEqual(
      p.map((x) => [x.file, x.code]),
      [['mentoring/alex/sessions/2026-11-30.md', 'file-too-large']],
    );
    assert.match(p[0].message, /20\.0 MB/);
  });

  it('warns about a relationship folder without plan.md, and skips private notes and templates', () => {
    fs.mkdirSync(path.join(dir, 'mentoring', 'stray'));
    fs.mkdirSync(path.join(dir, 'mentoring', 'alex', 'private'));
    fs.writeFileSync(path.join(dir, 'mentoring', 'alex', 'private', 'notes.md'), '<<<<<<< HEAD\n');
    fs.mkdirSync(path.join(dir, 'mentoring', 'templates'));
    fs.writeFileSync(
      path.join(dir, 'mentoring', 'templates', 'plan.md'),
      '---\nmentee: {{mentee}}\n',
    );
    const r = runCli(['validate', '--format', 'json'], dir);
    assert.equal(r.status, 0);
    assert.deepEqual(
      json(r.stdout).problems.map((p) => [p.file, p.severity, p.code]),
      [['mentoring/stray', 'warning', 'missing-plan']],
    );
  });

  it('refuses a bad --format, an unknown slug and a folder without records with exit 2', () => {
    const empty = tempDir();
    try {
      for (const [args, cwd] of [
        [['validate', '--format', 'xml'], dir],
        [['validate', 'nobody'], dir],
        [['validate', 'alex', 'bo'], dir],
        [['validate'], empty],
      ] as const) {
        const r = runCli(args, cwd);
        assert.equal(r.status, 2, args.join(' '));
        assert.equal(r.stdout, '');
        assert.equal(linesOf(r.stderr).length, 1, r.stderr);
      }
    } finally {
      removeDir(empty);
    }
  });
});

describe('cli: help and usage errors', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  for (const verb of ['init', 'new-session', 'question', 'validate']) {
    it(`${verb} --help prints its usage and exits 0`, () => {
      for (const flag of ['--help', '-h']) {
        const r = runCli([verb, flag], dir);
        assert.equal(r.status, 0);
        assert.equal(r.stderr, '');
        assert.match(r.stdout, new RegExp(`^Usage: mentoring-journal ${verb} `));
      }
    });
  }

  it('--help lists every verb and exits 0; --version prints the version', () => {
    const r = runCli(['--help'], dir);
    assert.equal(r.status, 0);
    for (const verb of ['init', 'new-session', 'question', 'validate'])
      assert.match(r.stdout, new RegExp(`^  ${verb} `, 'm'));
    const v = runCli(['--version'], dir);
    assert.equal(v.status, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  for (const [what, args] of [
    ['an unknown verb', ['frobnicate']],
    ['an unknown option', ['validate', '--verbose']],
    ['an unknown short option', ['validate', '-x']],
    ['a flag given a value', ['validate', '--help=yes']],
    ['a global option without its value', ['validate', '--dir']],
    ['options only', ['--dir', '.']],
  ] as const) {
    it(`exits 2 with exactly one line on stderr for ${what}`, () => {
      const r = runCli(args, dir);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(linesOf(r.stderr).length, 1, r.stderr);
      assert.match(r.stderr, /^mentoring-journal/);
    });
  }
});
