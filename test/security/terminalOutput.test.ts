import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CLI,
  ensureCliBuilt,
  git,
  isolatedGitEnv,
  makeRepo,
  removeDir,
  tempDir,
} from '../support/cli';

// Every character the command line must never write raw: C0 controls but the newline it writes
// between lines, DEL, C1 controls, bidi embeddings, overrides and isolates, line separators.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex -- the same set, to turn a hostile text into its twin
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The attack in one line of record text: colour, a screen clear by C1 CSI, an OSC 52 clipboard
 * write, a right-to-left override and an isolate, and DEL. (A NUL makes a markdown file
 * unreadable as text, and the parsers end a line at U+2028, so those two go into YAML values.)
 */
const PAY = '\x1b[31m\x1b]52;c;SGVsbG8=\x07\u009b2J\u202eevil\u2066\x7f';
/** The attack where a value can hold anything (YAML escapes): NUL, U+2028, a bare CR, a forged line. */
const PAY_NL = `${PAY}\x00\u2028\r\n::add-mask::secret\nforged line`;
/** The attack in a file name (no NUL or "/" there): ESC, OSC 52, C1, bidi, CR and newline. */
const FNAME = '\x1b]52;c;SGk=\x07\u009b\u202e\r\n::error::forged\x7f';

/** Hostile text as itself, or its harmless twin: every unsafe character becomes "X". */
type Variant = (text: string) => string;
const HOSTILE: Variant = (t) => t;
const TWIN: Variant = (t) => t.replace(UNSAFE, 'X');

/** A YAML double-quoted scalar that holds any text (C1 and bidi characters escaped). */
function yamlString(text: string): string {
  return `"${[...text]
    .map((c) =>
      c === '"' || c === '\\'
        ? `\\${c}`
        : /[ -~]/.test(c)
          ? c
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .join('')}"`;
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/**
 * Records where every field that reaches a terminal carries the attack: mentee name, goal title,
 * action item, queued question, reflection, front-matter key and value, a session file name, a
 * relationship folder name, a question bank's file name, a markdown file checked by name, and a
 * commit (message and file name) by the author `topics` reads.
 */
function writeRecords(dir: string, v: Variant): void {
  makeRepo(dir);
  const root = path.join(dir, 'mentoring');
  const rel = path.join(root, 'alex-rivera');
  write(
    path.join(rel, 'plan.md'),
    [
      '---',
      `mentee: ${yamlString(v(`Alex ${PAY_NL}`))}`,
      'mentors: [Sam Chen]',
      'started: 2026-09-01',
      `cadence: ${yamlString(v(`weekly ${PAY_NL}`))}`,
      'identities: [alex@example.com]',
      `${yamlString(v(`note ${PAY_NL}`))}: 1`,
      '---',
      '# Mentoring plan',
      '',
      '## Goals',
      '',
      `### G1: Review migrations ${v(PAY)}`,
      '- status: active',
      '',
    ].join('\n'),
  );
  const session = (date: string, extra: string) =>
    [
      '---',
      `date: ${date}`,
      'status: held',
      '---',
      `# Session ${date}`,
      '',
      '## Agenda',
      `- Is it ${v(PAY)} good?`,
      '',
      '## Action items',
      `- [ ] @alex Draft ${v(PAY)} checklist (due 2026-11-30) #G1`,
      '',
      '## Reflection',
      `Headline ${v(PAY)}`,
      '',
      extra,
    ].join('\n');
  write(path.join(rel, 'sessions', '2026-11-02.md'), session('2026-11-02', ''));
  // A session whose file name carries the attack, and whose date does not match it.
  write(path.join(rel, 'sessions', `2026-11-09${v(FNAME)}.md`), session('2026-11-08', ''));
  write(
    path.join(rel, 'questions.md'),
    `# Questions for next time\n- [ ] Did you ${v(PAY)} finish it? (added 2026-11-20 by @alex)\n`,
  );
  // A relationship folder whose name carries the attack.
  write(
    path.join(root, `ev${v(FNAME)}il`, 'plan.md'),
    '---\nmentee: Eve\nmentors: [Sam Chen]\nstarted: 2026-09-01\n---\n# Plan\n',
  );
  write(path.join(root, `ev${v(FNAME)}il`, 'sessions', '2026-11-03.md'), session('2026-11-03', ''));
  // A team question bank whose file name (its category label) and question carry the attack.
  write(
    path.join(root, 'templates', 'questions', `bank${v(FNAME)}.md`),
    `- How do you ${v(PAY)} decide? #growth\n- Did you ${v(PAY)} like it?\n`,
  );
  write(path.join(dir, `notes${v(FNAME)}.md`), `# Notes\nIs it ${v(PAY)} ready?\n`);
  // A commit by the author topics reads: OSC 52 and ESC in its message, the attack in a path.
  const src = path.join(dir, 'src', `mod${v(FNAME)}`);
  write(path.join(src, 'a.ts'), 'export const a = 1;\n');
  git(dir, 'add', '-A', '--', 'src');
  git(dir, 'commit', '-q', '-m', v(`Fix \x1b]52;c;SGVsbG8=\x07 the \x1b[2J parser ${PAY}`));
  fs.appendFileSync(path.join(src, 'a.ts'), 'export const b = 2;\n');
  git(dir, 'commit', '-q', '-am', v(`Fix again \x1b]52;c;SGVsbG8=\x07 ${PAY}`));
  git(dir, 'revert', '--no-edit', 'HEAD');
}

/** A run of the built command line with its raw output bytes. */
interface RawRun {
  status: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

function runRaw(args: readonly string[], cwd: string): RawRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: isolatedGitEnv(cwd) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Lines of raw output: the count of the CLI's own line breaks, plus one. */
function lineCount(bytes: Buffer): number {
  return bytes.toString('utf8').split('\n').length;
}

/** Fails when a raw stream holds a byte or character a terminal could act on. */
function assertInert(bytes: Buffer, what: string): void {
  for (const b of bytes)
    assert.ok(b === 0x0a || (b >= 0x20 && b !== 0x7f), `${what}: raw byte 0x${b.toString(16)}`);
  const text = bytes.toString('utf8');
  const bad = FORBIDDEN.exec(text);
  assert.equal(bad, null, `${what}: U+${bad?.[0].charCodeAt(0).toString(16)} in\n${text}`);
}

/** The visible traces the attack leaves once escaped (so a test proves the text got there). */
const TRACE = /x1b|u001b|x9b|u009b|u202e|%0A/i;

describe('security: terminal output', function () {
  this.timeout(120_000);
  let hostile: string;
  let twin: string;
  before(() => {
    ensureCliBuilt();
    hostile = tempDir('mj-hostile-');
    twin = tempDir('mj-twin-');
    writeRecords(hostile, HOSTILE);
    writeRecords(twin, TWIN);
  });
  after(() => {
    removeDir(hostile);
    removeDir(twin);
  });

  /**
   * Runs a verb on the hostile records and on their twin: the hostile run writes nothing a
   * terminal would act on, on stdout or stderr; it has exactly as many lines as the twin (no
   * line forged, none hidden); the attack did reach the output, shown escaped; exit codes match.
   */
  function check(args: readonly string[], hostileArgs: readonly string[] = args): RawRun {
    const h = runRaw(hostileArgs, hostile);
    const t = runRaw(args.map(TWIN), twin);
    const name = args.map((a) => JSON.stringify(a)).join(' ');
    assertInert(h.stdout, `${name} stdout`);
    assertInert(h.stderr, `${name} stderr`);
    assert.equal(h.status, t.status, `${name}: exit ${h.status} vs ${t.status}\n${h.stderr}`);
    assert.equal(
      lineCount(h.stdout),
      lineCount(t.stdout),
      `${name} stdout lines:\n${h.stdout}\n---\n${t.stdout}`,
    );
    assert.equal(
      lineCount(h.stderr),
      lineCount(t.stderr),
      `${name} stderr lines:\n${h.stderr}\n---\n${t.stderr}`,
    );
    assert.match(
      h.stdout.toString('utf8') + h.stderr.toString('utf8'),
      TRACE,
      `${name}: the attack never reached the output, so this run proves nothing`,
    );
    return h;
  }

  it('actions: action text and session and folder names with ESC and newline, md and json', () => {
    check(['actions']);
    const json = check(['actions', '--format', 'json']);
    const rows = (
      JSON.parse(json.stdout.toString('utf8')) as { actions: { text: string; file: string }[] }
    ).actions;
    assert.ok(
      rows.some((r) => r.text.includes(`@alex Draft ${PAY} checklist`)),
      'json keeps the exact text',
    );
    assert.ok(
      rows.some((r) => r.file.includes(FNAME)),
      'json keeps the exact file name',
    );
  });

  it('agenda: carried items, questions and goal titles with OSC 52 and bidi, md and json', () => {
    check(['agenda', 'alex-rivera', '--date', '2026-12-01']);
    const json = check(['agenda', 'alex-rivera', '--date', '2026-12-01', '--format', 'json']);
    assert.ok(
      json.stdout.toString('utf8').includes('\\u001b]52;c;SGVsbG8=\\u0007\\u009b2J\\u202eevil'),
    );
  });

  it('validate: file names, front-matter keys and values in text, json and github formats', () => {
    check(['validate']);
    const json = check(['validate', '--format', 'json']);
    const problems = (
      JSON.parse(json.stdout.toString('utf8')) as { problems: { file: string; message: string }[] }
    ).problems;
    assert.ok(
      problems.some((p) => p.file.includes(FNAME)),
      'json keeps the exact file name',
    );
    const github = check(['validate', '--format', 'github']);
    const lines = github.stdout
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '');
    const commands = lines.filter((l) => l.startsWith('::'));
    assert.ok(commands.length >= 2, github.stdout.toString('utf8'));
    for (const l of commands)
      assert.match(l, /^::(error|warning|notice) file=[^,:]*,line=\d+,col=\d+,title=[^,:]*::/, l);
    assert.equal(lines.length - commands.length, 1, 'only the summary line is not an annotation');
    assert.ok(!github.stdout.toString('utf8').includes('\n::add-mask::'));
    assert.ok(!github.stdout.toString('utf8').includes('\n::error::forged'));
  });

  it('questions: a team bank whose file name and questions carry the attack, md, json and --for', () => {
    check(['questions', '--category', `bank${FNAME}`], ['questions', '--category', `bank${FNAME}`]);
    check(['questions', '--format', 'json']);
    check(['questions', '--for', 'alex-rivera']);
  });

  it('check-questions: a file named with ESC and newline, and closed questions quoting the attack', () => {
    // --all: the hostile questions are the mentee's, which the checker otherwise leaves alone.
    check(['check-questions', `notes${FNAME}.md`, 'mentoring/alex-rivera/questions.md', '--all']);
    check(['check-questions', `notes${FNAME}.md`, '--format', 'json']);
    // A missing file is named in the one error line.
    const r = check(['check-questions', `missing${FNAME}.md`]);
    assert.equal(r.status, 2);
    assert.equal(lineCount(r.stderr), 2);
  });

  it('report: the progress report and the team report, md and json, named and anonymous', () => {
    check(['report', 'alex-rivera', '--since', '2026-09-01', '--until', '2026-12-01']);
    check([
      'report',
      'alex-rivera',
      '--since',
      '2026-09-01',
      '--until',
      '2026-12-01',
      '--format',
      'json',
    ]);
    check(['report', '--team']);
    check(['report', '--team', '--format', 'json']);
    // Anonymous: nothing of the hostile folder name is left to escape.
    for (const format of ['md', 'json']) {
      const anon = runRaw(['report', '--team', '--anonymous', '--format', format], hostile);
      assert.equal(anon.status, 0, anon.stderr.toString('utf8'));
      assertInert(anon.stdout, `report --team --anonymous --format ${format}`);
      assert.doesNotMatch(anon.stdout.toString('utf8'), /forged|SGk=|alex|x1b|u001b/);
    }
  });

  it('topics: a commit message with ESC and an OSC 52 clipboard write, and a path with a newline', () => {
    const range = [
      '--author',
      'author@example.com',
      '--since',
      '2026-11-01',
      '--until',
      '2026-12-01',
    ];
    check(['topics', ...range]);
    check(['topics', ...range, '--format', 'json']);
  });

  it('--format text: every listing escapes the values its plain lines are built from', () => {
    check(['agenda', 'alex-rivera', '--date', '2026-12-01', '--format', 'text']);
    check(['actions', '--format', 'text']);
    check([
      'report',
      'alex-rivera',
      '--since',
      '2026-09-01',
      '--until',
      '2026-12-01',
      '--format',
      'text',
    ]);
    check(['report', '--team', '--format', 'text']);
    check(
      ['questions', '--category', `bank${FNAME}`, '--format', 'text'],
      ['questions', '--category', `bank${FNAME}`, '--format', 'text'],
    );
    check([
      'topics',
      '--author',
      'author@example.com',
      '--since',
      '2026-11-01',
      '--until',
      '2026-12-01',
      '--format',
      'text',
    ]);
  });

  it('new-session: an unknown SLUG, answered with the known folders, one of them hostile', () => {
    const r = check(['new-session', 'nobody']);
    assert.equal(r.status, 2);
    assert.equal(lineCount(r.stderr), 2, r.stderr.toString('utf8'));
    assert.ok(
      r.stderr
        .toString('utf8')
        .includes(
          'known: alex-rivera, ev\\x1b]52;c;SGk=\\x07\\x9b\\u202e\\r\\n::error::forged\\x7fil)',
        ),
      r.stderr.toString('utf8'),
    );
    // A SLUG typed with ESC and a newline is refused in one line that quotes it escaped.
    const typed = check(['new-session', `nobody${FNAME}`]);
    assert.equal(typed.status, 2);
    assert.equal(lineCount(typed.stderr), 2);
  });

  it('init: a refused name with ESC, OSC 52 and bidi is quoted escaped in its one error line', () => {
    const r = check(['init', '--mentee', `张 ${PAY}`, '--mentor', 'Sam Chen']);
    assert.equal(r.status, 2);
    assert.equal(lineCount(r.stderr), 2);
  });

  it('a usage error quoting an argument with a newline stays one line', () => {
    const r = check([`act\x1b[2J\n::add-mask::x\u202e`]);
    assert.equal(r.status, 2);
    assert.equal(lineCount(r.stderr), 2);
  });
});
