// The argument reader (src/cli/parseArgs.ts, node's util.parseArgs underneath) and the typed verb
// path (src/cli/verb.ts defineVerb), in process; the end-to-end cases run dist/cli.js.
import * as assert from 'node:assert/strict';
import {
  optionHelp,
  optionValues,
  parseArgs,
  UsageError,
  type OptionTable,
} from '../../src/cli/parseArgs';
import { defineVerb } from '../../src/cli/verb';
import * as os from 'node:os';
import { outputSink } from '../../src/cli/outputSink';
import { makeContext } from '../../src/cli/cliContext';
import { ensureCliBuilt, makeRepo, removeDir, runCli, tempDir } from '../support/cli';

const TABLE = {
  by: { kind: 'string', placeholder: 'NAME', description: 'who asks' },
  author: { kind: 'list', placeholder: 'EMAIL', description: 'an identity' },
  open: { kind: 'flag', description: 'open items only' },
  quiet: { kind: 'flag' },
} as const satisfies OptionTable;

describe('cli: reading arguments', () => {
  it('reads --name value, --name=value, repeatable lists and flags', () => {
    assert.deepEqual(
      parseArgs(['alex', '--by', 'sam', '--author=a@x', '--author', 'b@x', '--open', 'text'], TABLE),
      { options: { by: 'sam', author: ['a@x', 'b@x'], open: true }, positionals: ['alex', 'text'] },
    );
    assert.deepEqual(parseArgs(['--by='], TABLE).options, { by: '' });
  });

  it('takes the next argument as the value even when it starts with a dash', () => {
    assert.deepEqual(parseArgs(['--by', '-x'], TABLE).options, { by: '-x' });
    assert.deepEqual(parseArgs(['--by', '--open'], TABLE).options, { by: '--open' });
  });

  it('keeps a negative number, a lone dash and everything after -- as positionals, in order', () => {
    assert.deepEqual(parseArgs(['a', '-5', '-12x', '-', 'b'], TABLE).positionals, ['a', '-5', '-12x', '-', 'b']);
    assert.deepEqual(parseArgs(['q', '--', '-v or --verbose?', '--by', 'x'], TABLE), {
      options: {},
      positionals: ['q', '-v or --verbose?', '--by', 'x'],
    });
  });

  for (const [what, argv, message] of [
    ['an unknown long option', ['--verbose'], 'unknown option --verbose'],
    ['an unknown long option with a value', ['--verbose=1'], 'unknown option --verbose'],
    ['an unknown short option', ['-x'], 'unknown option -x'],
    ['an unknown short group', ['-xv'], 'unknown option -xv'],
    ['a flag given a value', ['--open=yes'], '--open takes no value'],
    ['a value missing at the end', ['--by'], '--by needs a value'],
    ['a single-value option given twice', ['--by', 'a', '--by=b'], '--by is given twice'],
    ['an inherited property name', ['--constructor'], 'unknown option --constructor'],
  ] as const) {
    it(`refuses ${what} with a usage error`, () => {
      assert.throws(
        () => parseArgs(argv, TABLE),
        (e: unknown) => e instanceof UsageError && e.message === message,
      );
    });
  }

  it('gives typed values from the table: flags as booleans, lists as arrays, strings or undefined', () => {
    const values = optionValues(TABLE, parseArgs(['--open'], TABLE).options);
    assert.deepEqual(values, { by: undefined, author: [], open: true, quiet: false });
    // The types themselves: these assignments compile only with the types the table implies.
    const by: string | undefined = values.by;
    const authors: string[] = values.author;
    const open: boolean = values.open;
    // @ts-expect-error a flag is a boolean, not a string
    const wrong: string = values.quiet;
    assert.deepEqual([by, authors, open, wrong], [undefined, [], true, false]);
  });

  it('runs a typed verb with values from its table, and prints help lines from the same table', async () => {
    let seen: unknown;
    const verb = defineVerb({
      name: 'demo',
      summary: 'a demo',
      usage: 'demo',
      details: [],
      options: TABLE,
      async run(_ctx, { values, positionals }) {
        seen = { by: values.by, open: values.open, authors: values.author, positionals };
        return 0;
      },
    });
    const args = parseArgs(['x', '--by', 'sam', '--author', 'a@x'], verb.options);
    const ctx = makeContext(
      undefined,
      undefined,
      os.tmpdir(),
      '2026-11-23',
      outputSink({ out: () => undefined, err: () => undefined }),
    );
    assert.equal(await verb.run(ctx, args), 0);
    assert.deepEqual(seen, { by: 'sam', open: false, authors: ['a@x'], positionals: ['x'] });
    assert.deepEqual(optionHelp(verb.options), [
      '  --by NAME       who asks',
      '  --author EMAIL  an identity (repeatable)',
      '  --open          open items only',
    ]);
  });
});

describe('cli: arguments end to end', function () {
  this.timeout(30_000);
  let dir: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    makeRepo(dir);
  });
  afterEach(() => removeDir(dir));

  it('question --help and actions --help list their options from the option table', () => {
    const q = runCli(['question', '--help'], dir);
    assert.equal(q.status, 0);
    assert.match(q.stdout, /^Options:\n {2}--by NAME {2}who asks: one word, such as alex$/m);
    const a = runCli(['actions', '-h'], dir);
    assert.equal(a.status, 0);
    assert.match(a.stdout, /^ {2}--open {17}only the items neither ticked nor dropped$/m);
    assert.match(a.stdout, /^ {2}--format md\|text\|json {2}the output \(default: text on a terminal, else md\)$/m);
  });

  it('question: --by given twice is a usage error; a question that is a negative number is text', () => {
    assert.equal(runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam'], dir).status, 0);
    const twice = runCli(['question', 'alex', 'Why?', '--by', 'sam', '--by', 'kim'], dir);
    assert.equal(twice.status, 2);
    assert.match(twice.stderr, /^mentoring-journal question: --by is given twice\n$/);
    const r = runCli(['question', 'alex', '-5', 'degrees', 'outside: how do you focus?', '--by', 'sam'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /questions\.md/);
  });
});
