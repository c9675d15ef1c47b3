import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  escapeForTerminal,
  escapeValuesForTerminal,
  hasTerminalControls,
  jsonForTerminal,
} from '../../src/core/text/escapeForTerminal';
import { outputSink } from '../../src/cli/outputSink';

/** Every character a terminal must never receive raw from repository text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('unit: escaping for the terminal', () => {
  it('shows ESC, OSC 52, NUL, bare CR, tab and DEL as visible escapes', () => {
    assert.equal(
      escapeForTerminal('a\x1b[31mred\x1b]52;c;SGVsbG8=\x07\0b\rc\td\x7f'),
      'a\\x1b[31mred\\x1b]52;c;SGVsbG8=\\x07\\x00b\\rc\\td\\x7f',
    );
  });

  it('shows a newline inside a value as \\n, so it cannot start a line', () => {
    assert.equal(escapeForTerminal('file\nname.md'), 'file\\nname.md');
  });

  it('shows C1 controls, bidi overrides and isolates, and line separators', () => {
    assert.equal(escapeForTerminal('\u009b31m'), '\\x9b31m');
    assert.equal(escapeForTerminal('\u0085'), '\\x85');
    assert.equal(
      escapeForTerminal('x\u202ay\u202bz\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029'),
      'x\\u202ay\\u202bz\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u2028\\u2029',
    );
  });

  it('leaves names in any script, emoji and backslashes as they are', () => {
    for (const text of [
      'José Núñez',
      '张伟',
      'Иван',
      'محمد',
      'דוד',
      '🙂 ok',
      'C:\\x1b\\path',
      '§ ±',
    ])
      assert.equal(escapeForTerminal(text), text);
  });

  it('never lets an unsafe character through, and escaping twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const once = escapeForTerminal(text);
        assert.doesNotMatch(once, UNSAFE);
        assert.equal(hasTerminalControls(once), false);
        assert.equal(escapeForTerminal(once), once);
      }),
    );
  });

  it('escapes every string of a model, keys and nested values, and keeps numbers and nulls', () => {
    const model = {
      title: 'a\nb',
      n: 3,
      none: null,
      list: ['\x1b[2J', { deep: '\u202eevil' }],
      map: new Map([['k\r', 'v\x07']]),
    };
    const shown = escapeValuesForTerminal(model);
    assert.deepEqual(shown, {
      title: 'a\\nb',
      n: 3,
      none: null,
      list: ['\\x1b[2J', { deep: '\\u202eevil' }],
      map: new Map([['k\\r', 'v\\x07']]),
    });
    assert.equal(model.title, 'a\nb', 'the model itself is not changed');
    const bare = Object.assign(Object.create(null) as Record<string, string>, { t: '\x1b' });
    assert.equal(escapeValuesForTerminal(bare).t, '\\x1b');
    assert.deepEqual(Object.keys(escapeValuesForTerminal({ 'k\n': 1 })), ['k\\n']);
  });

  it('writes JSON with no raw control, C1 or bidi character that parses back to the same strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const json = jsonForTerminal({ text, list: [text] });
        assert.doesNotMatch(json.replaceAll('\n', ''), UNSAFE);
        assert.deepEqual(JSON.parse(json), { text, list: [text] });
      }),
    );
    assert.equal(jsonForTerminal('\u009b\u202e'), '"\\u009b\\u202e"');
  });

  it('the CLI sink prints one escaped line a call, and splits only text the CLI built on its own breaks', () => {
    const out: string[] = [];
    const err: string[] = [];
    const sink = outputSink({ out: (l) => out.push(l), err: (l) => err.push(l) });
    sink.out('name\nforged line \x1b[31m');
    sink.err('bad \u202efile\r');
    sink.outLines('# heading\n\n- item \x1b');
    assert.deepEqual(out, ['name\\nforged line \\x1b[31m', '# heading', '', '- item \\x1b']);
    assert.deepEqual(err, ['bad \\u202efile\\r']);
  });
});
