// The fast front-matter reader must give exactly what the YAML parser gives, or step aside.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import { readSimpleFrontMatter } from '../../src/core/text/simpleFrontMatter';
import { fixtureText } from '../support/fixtures';
import { unicodeText } from '../support/recordArbitraries';

const SEED = Number(process.env.FC_SEED ?? 20261123);

/** What the YAML library makes of a front matter: values and key/value ranges, or undefined on errors. */
function viaYaml(yamlText: string) {
  const doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length) return undefined;
  const ranges = isMap(doc.contents)
    ? (doc.contents.items as Pair[]).map((p) => {
        const k = p.key as { value: unknown; range: number[] };
        const v = p.value as { range: number[] };
        return {
          key: String(k.value),
          keyStart: k.range[0],
          keyEnd: k.range[1],
          valueStart: v.range[0],
          valueEnd: v.range[1],
        };
      })
    : [];
  return {
    data: doc.toJS() ?? {},
    ranges,
    scalarKeys: isMap(doc.contents)
      ? (doc.contents.items as Pair[]).every((p) => isScalar(p.key))
      : true,
  };
}

function assertAgrees(yamlText: string): boolean {
  const fast = readSimpleFrontMatter(yamlText);
  if (!fast) return false;
  const slow = viaYaml(yamlText);
  assert.ok(slow, `the fast reader accepted what YAML refuses: ${JSON.stringify(yamlText)}`);
  assert.deepEqual(fast.data, slow.data, JSON.stringify(yamlText));
  assert.deepEqual(
    fast.entries.map(({ key, keyStart, keyEnd, valueStart, valueEnd }) => ({
      key,
      keyStart,
      keyEnd,
      valueStart,
      valueEnd,
    })),
    slow.ranges,
    JSON.stringify(yamlText),
  );
  for (const e of fast.entries) {
    const lineStart = yamlText.split('\n').slice(0, e.index).join('\n').length + (e.index ? 1 : 0);
    assert.equal(lineStart, e.keyStart, 'index is the line of the key');
  }
  return true;
}

function yamlOf(fixture: string): string {
  return fixture.split(/^---\r?$/m)[1].replace(/^\r?\n/, '');
}

describe('unit: the fast front-matter reader agrees with the YAML parser', () => {
  it('reads the usual session and plan front matter itself', () => {
    assert.ok(assertAgrees(yamlOf(fixtureText('session-full.md'))));
    assert.ok(assertAgrees(yamlOf(fixtureText('plan-mentor-singular.md'))));
    assert.ok(assertAgrees('date: 2026-11-23\r\nattendees: [Alex Rivera, Sam Chen]\r\n'));
    assert.ok(
      assertAgrees(
        'mentee: "José: Núñez"\nmentors: [Sam, \'Kim Lee\']   # c\n# comment\n\nstarted: 2026-09-01\nduration: 45\nhead: 3f2c1a9e\n',
      ),
    );
  });

  it('steps aside for what it does not read: block lists, empty values, booleans, floats, escapes, duplicates', () => {
    for (const text of [
      'identities:\n  - a@example.com\n',
      'review:\n',
      'review:   # later\n',
      'flag: true\n',
      'x: null\n',
      'n: 1.5\n',
      'n: 1e3\n',
      'n: 0x1F\n',
      'n: 1234567890123456\n',
      's: "a\\"b"\n',
      "s: 'it''s'\n",
      'a: 1\na: 2\n',
      'a: &x 1\nb: *x\n',
      '  indented: 1\n',
      'a:\tb\n',
      'a: [x, [y]]\n',
      'a: [x, ]\n',
      'a: {b: c}\n',
      'a: b: c\n',
      'a: C#\n',
      '__proto__: x\n',
      'true: x\n',
      'a: |\n  text\n',
      '- a\n',
    ]) {
      assert.equal(readSimpleFrontMatter(text), undefined, JSON.stringify(text));
    }
  });

  it('agrees with the YAML parser on generated front matter, or steps aside', () => {
    const value = fc.oneof(
      unicodeText,
      fc.constantFrom(
        '2026-11-23',
        '2026-02-30',
        '45',
        '007',
        '0',
        '1h30m',
        '3f2c1a9e',
        '12e4',
        '1.0',
        'yes',
        'No',
        'NULL',
        'True',
        'a, b',
        'a:b',
        "it's",
        '(x)',
        'x -y',
        '@alex',
        '-x',
        '.5',
        '+1',
        '~',
        'café',
        '東京',
        '٣',
      ),
      fc.integer({ min: 0, max: 1e6 }).map(String),
    );
    const quoted = fc.oneof(
      value,
      value.map((v) => `"${v}"`),
      value.map((v) => `'${v}'`),
    );
    const valueText = fc.oneof(
      quoted,
      fc.array(quoted, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    );
    const line = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('date', 'mentee', 'goals', 'head', 'x-y', 'a_b', 'K'),
          fc.constantFrom(' ', '  '),
          valueText,
          fc.option(unicodeText, { nil: undefined }),
        )
        .map(([k, sp, v, c]) => `${k}:${sp}${v}${c === undefined ? '' : `   # ${c}`}`),
      unicodeText.map((c) => `# ${c}`),
      fc.constant(''),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        if (assertAgrees(lines.map((l) => l + eol).join(''))) accepted++;
      }),
      { seed: SEED, numRuns: 2000 },
    );
    assert.ok(accepted > 200, `the fast reader took only ${accepted} of 2000 cases`);
  });
});
