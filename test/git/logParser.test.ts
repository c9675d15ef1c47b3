// The parsers of the history read, against output captured from git 2.39 on a repository with a
// root commit, a rename, a binary file, hostile file names, trailers and control characters
// (built with test/git/historyRepos.ts; the commands are the *_FORMAT_ARGS constants). Pure: no
// git runs here. Reproduce a property failure with FC_SEED=<seed>.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Commit } from '../../src/core/topics/historyData';
import {
  BODY_MAX,
  LogParser,
  SUBJECT_MAX,
  TOUCH_FIELD_COUNT,
  TouchParser,
  cleanLine,
  utcDate,
  type TouchRecord,
} from '../../src/git/logParser';
import { BlobBatchParser, type BlobRead } from '../../src/git/catFileBlobs';
import { RawDiffParser, type RawChange } from '../../src/git/rawDiffParser';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const PARAMS: fc.Parameters<unknown> = { seed: SEED, numRuns: 300, endOnFailure: false };

// git log --use-mailmap LOG_FORMAT_ARGS --no-textconv --no-ext-diff (captured before %ct was added
// last; its field is the committer time, which equals the author time in that repository)
const CAPTURED_LOG =
  'e685ae87e8d224972dcc7c3d46e9b4ca9db3daad\u0000efb6b2f3b2e04849a28450a0182fb35f63777fcf\u0000Alex Rivera\u0000alex@example.com\u00001772625600\u0000Empty \u0007 subject\u0000Why: nothing\n\nCo-authored-by: Bo Lind <bo@example.com>\nCo-authored-by: Cy Park\n  <cy@example.com>\nmentoring-goal: G1\nMentoring-Goal: goal two\nMentoring-Goal: G12\n\u0000Bo Lind <bo@example.com>\nCy Park <cy@example.com>\n\u0000G1\ngoal two\nG12\n\u00001772625600\u0000\u0000efb6b2f3b2e04849a28450a0182fb35f63777fcf\u0000b76b5944a1b262f5b90f0c5d91221848d0af24fa\u0000Alex Rivera\u0000alex@example.com\u00001772488800\u0000Move the notes\u0000\u0000\u0000\u00001772488800\u0000\n0\t0\t\u0000my notes.md\u0000notes/my notes.md\u00005\t0\tpackage.json\u0000\u0000b76b5944a1b262f5b90f0c5d91221848d0af24fa\u0000a3ff2499a6cc3d6ed30ee7f00957d22a6459bbbf\u0000Bo Lind\u0000bo@example.com\u00001772495999\u0000Bo <b>bold</b> change\u0000body\r\nwith CRLF\u001b[31m red\n\nCo-authored-by: Alex Rivera <alex@example.com>\n\u0000Alex Rivera <alex@example.com>\n\u0000\u00001772495999\u0000\n1\t0\tsrc/app.ts\u0000\u0000a3ff2499a6cc3d6ed30ee7f00957d22a6459bbbf\u0000\u0000Alex Rivera\u0000alex@example.com\u00001772355600\u0000Add the app\u0000\u0000\u0000\u00001772355600\u0000\n1\t0\t-rf\u00001\t0\tdocs/café.md\u00001\t0\tline\nbreak.txt\u0000-\t-\tlogo.png\u00001\t0\tmy notes.md\u00001\t0\tq"uote.txt\u00002\t0\tsrc/app.ts\u0000';

// git log --use-mailmap TOUCH_FORMAT_ARGS (captured before the sha and parents fields were added;
// those are the ones CAPTURED_LOG shows for the same commits)
const CAPTURED_TOUCHES =
  'Alex Rivera\u0000alex@example.com\u00001772625600\u0000e685ae87e8d224972dcc7c3d46e9b4ca9db3daad\u0000efb6b2f3b2e04849a28450a0182fb35f63777fcf\u0000\u0000Alex Rivera\u0000alex@example.com\u00001772488800\u0000efb6b2f3b2e04849a28450a0182fb35f63777fcf\u0000b76b5944a1b262f5b90f0c5d91221848d0af24fa\u0000\nmy notes.md\u0000notes/my notes.md\u0000package.json\u0000\u0000Bo Lind\u0000bo@example.com\u00001772495999\u0000b76b5944a1b262f5b90f0c5d91221848d0af24fa\u0000a3ff2499a6cc3d6ed30ee7f00957d22a6459bbbf\u0000\nsrc/app.ts\u0000\u0000Alex Rivera\u0000alex@example.com\u00001772355600\u0000a3ff2499a6cc3d6ed30ee7f00957d22a6459bbbf\u0000\u0000\n-rf\u0000docs/café.md\u0000line\nbreak.txt\u0000logo.png\u0000my notes.md\u0000q"uote.txt\u0000src/app.ts\u0000';

// git log --use-mailmap LOG_NAMES_FORMAT_ARGS, with log.showRoot=true, on a repository with a
// root commit (one path starting a line after a newline), a rename and an empty commit
const CAPTURED_NAMES =
  'e5edabe18ab37bea8aa07bfc542846ea724aae50\u0000fca8cbea78e6a4edc327e2f29c2798e980756c59\u0000Alex Rivera\u0000alex@example.com\u00001772528400\u0000Empty\u0000Co-authored-by: Bo Lind <bo@example.com>\n\u0000Bo Lind <bo@example.com>\n\u0000\u00001772528400\u0000\u0000fca8cbea78e6a4edc327e2f29c2798e980756c59\u0000719b471205338ae182622b75f96afe1f1864e30f\u0000Alex Rivera\u0000alex@example.com\u00001772442000\u0000Rename\u0000\u0000\u0000\u00001772442000\u0000\na.txt\u0000b.txt\u0000\u0000719b471205338ae182622b75f96afe1f1864e30f\u0000\u0000Alex Rivera\u0000alex@example.com\u00001772355600\u0000Add files\u0000\u0000\u0000\u00001772355600\u0000\na.txt\u0000line\nbreak.txt\u0000';

// git log --no-walk=unsorted RAW_DIFF_FORMAT_ARGS <both commits> -- package.json sub/package.json,
// on a repository whose second commit moved package.json to sub/
const CAPTURED_RAW =
  '\u00002c3619931fec48effe0b352f63a03b1e0f7786d0\n:100644 000000 0967ef424bce6791893e9a57bb952f80fd536e93 0000000000000000000000000000000000000000 D\u0000package.json\u0000:000000 100644 0000000000000000000000000000000000000000 0967ef424bce6791893e9a57bb952f80fd536e93 A\u0000sub/package.json\u0000\u0000\u000098ea1402c8d59a42b9d2edbc82489318a4b4b94c\n:000000 100644 0000000000000000000000000000000000000000 0967ef424bce6791893e9a57bb952f80fd536e93 A\u0000package.json\u0000';

const BLOB = '0967ef424bce6791893e9a57bb952f80fd536e93';
const EXPECTED_RAW: [string, RawChange[]][] = [
  [
    '2c3619931fec48effe0b352f63a03b1e0f7786d0',
    [
      { path: 'package.json', oldBlob: BLOB, newBlob: undefined, newMode: '000000' },
      { path: 'sub/package.json', oldBlob: undefined, newBlob: BLOB, newMode: '100644' },
    ],
  ],
  [
    '98ea1402c8d59a42b9d2edbc82489318a4b4b94c',
    [{ path: 'package.json', oldBlob: undefined, newBlob: BLOB, newMode: '100644' }],
  ],
];

const EXPECTED_COMMITS: Commit[] = [
  {
    sha: 'e685ae87e8d224972dcc7c3d46e9b4ca9db3daad',
    parents: ['efb6b2f3b2e04849a28450a0182fb35f63777fcf'],
    authorName: 'Alex Rivera',
    authorEmail: 'alex@example.com',
    time: 1772625600,
    date: '2026-03-04',
    subject: 'Empty \uFFFD subject',
    body:
      'Why: nothing\n\nCo-authored-by: Bo Lind <bo@example.com>\nCo-authored-by: Cy Park\n' +
      '  <cy@example.com>\nmentoring-goal: G1\nMentoring-Goal: goal two\nMentoring-Goal: G12',
    coAuthors: ['Bo Lind <bo@example.com>', 'Cy Park <cy@example.com>'],
    goalRefs: ['G1', 'G12'],
    files: [],
    commitTime: 1772625600,
    trailers: [
      { key: 'Co-authored-by', value: 'Bo Lind <bo@example.com>' },
      { key: 'Co-authored-by', value: 'Cy Park <cy@example.com>' },
      { key: 'mentoring-goal', value: 'G1' },
      { key: 'Mentoring-Goal', value: 'goal two' },
      { key: 'Mentoring-Goal', value: 'G12' },
    ],
  },
  {
    sha: 'efb6b2f3b2e04849a28450a0182fb35f63777fcf',
    parents: ['b76b5944a1b262f5b90f0c5d91221848d0af24fa'],
    authorName: 'Alex Rivera',
    authorEmail: 'alex@example.com',
    // Committed at 00:00 in +02:00: the previous day in UTC.
    time: 1772488800,
    date: '2026-03-02',
    subject: 'Move the notes',
    body: '',
    coAuthors: [],
    goalRefs: [],
    files: [
      { path: 'notes/my notes.md', oldPath: 'my notes.md', added: 0, deleted: 0, binary: false },
      { path: 'package.json', added: 5, deleted: 0, binary: false },
    ],
    commitTime: 1772488800,
  },
  {
    sha: 'b76b5944a1b262f5b90f0c5d91221848d0af24fa',
    parents: ['a3ff2499a6cc3d6ed30ee7f00957d22a6459bbbf'],
    authorName: 'Bo Lind',
    authorEmail: 'bo@example.com',
    time: 1772495999,
    date: '2026-03-02',
    subject: 'Bo <b>bold</b> change',
    body: 'body\nwith CRLF\uFFFD[31m red\n\nCo-authored-by: Alex Rivera <alex@example.com>',
    coAuthors: ['Alex Rivera <alex@example.com>'],
    goalRefs: [],
    files: [{ path: 'src/app.ts', added: 1, deleted: 0, binary: false }],
    commitTime: 1772495999,
    trailers: [{ key: 'Co-authored-by', value: 'Alex Rivera <alex@example.com>' }],
  },
  {
    sha: 'a3ff2499a6cc3d6ed30ee7f00957d22a6459bbbf',
    parents: [],
    authorName: 'Alex Rivera',
    authorEmail: 'alex@example.com',
    time: 1772355600,
    date: '2026-03-01',
    subject: 'Add the app',
    body: '',
    coAuthors: [],
    goalRefs: [],
    files: [
      { path: '-rf', added: 1, deleted: 0, binary: false },
      { path: 'docs/café.md', added: 1, deleted: 0, binary: false },
      { path: 'line\nbreak.txt', added: 1, deleted: 0, binary: false },
      { path: 'logo.png', added: 0, deleted: 0, binary: true },
      { path: 'my notes.md', added: 1, deleted: 0, binary: false },
      { path: 'q"uote.txt', added: 1, deleted: 0, binary: false },
      { path: 'src/app.ts', added: 2, deleted: 0, binary: false },
    ],
    commitTime: 1772355600,
  },
];

const EXPECTED_TOUCHES: TouchRecord[] = [
  {
    fields: [
      'Alex Rivera',
      'alex@example.com',
      '1772625600',
      'e685ae87e8d224972dcc7c3d46e9b4ca9db3daad',
      'efb6b2f3b2e04849a28450a0182fb35f63777fcf',
    ],
    paths: [],
  },
  {
    fields: [
      'Alex Rivera',
      'alex@example.com',
      '1772488800',
      'efb6b2f3b2e04849a28450a0182fb35f63777fcf',
      'b76b5944a1b262f5b90f0c5d91221848d0af24fa',
    ],
    paths: ['my notes.md', 'notes/my notes.md', 'package.json'],
  },
  {
    fields: [
      'Bo Lind',
      'bo@example.com',
      '1772495999',
      'b76b5944a1b262f5b90f0c5d91221848d0af24fa',
      'a3ff2499a6cc3d6ed30ee7f00957d22a6459bbbf',
    ],
    paths: ['src/app.ts'],
  },
  {
    fields: [
      'Alex Rivera',
      'alex@example.com',
      '1772355600',
      'a3ff2499a6cc3d6ed30ee7f00957d22a6459bbbf',
      '',
    ],
    paths: [
      '-rf',
      'docs/café.md',
      'line\nbreak.txt',
      'logo.png',
      'my notes.md',
      'q"uote.txt',
      'src/app.ts',
    ],
  },
];

/** Feeds `pieces` one push at a time and collects everything the parser returns. */
function feed<T>(parser: { push(t: string): T[]; end(): T[] }, pieces: readonly string[]): T[] {
  const out: T[] = [];
  for (const piece of pieces) out.push(...parser.push(piece));
  out.push(...parser.end());
  return out;
}

/** The text cut at the given offsets (any order, duplicates allowed). */
function splitAt(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(text.slice(from, p));
    from = p;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** One commit of LOG_FORMAT_ARGS output with the given subject and body, and one file. */
function logRecord(sha: string, subject: string, body: string): string {
  const header = [
    sha,
    '',
    'Alex Rivera',
    'alex@example.com',
    '1772355600',
    subject,
    body,
    '',
    '',
    '1772355600',
  ];
  return `${header.join('\0')}\0\n1\t0\ta.txt\0`;
}

describe('git: parsing the history output', () => {
  describe('LogParser', () => {
    it('reads the captured log into commits: fields, renames, binary files, trailers, hostile names', () => {
      assert.deepEqual(feed(new LogParser(), [CAPTURED_LOG]), EXPECTED_COMMITS);
    });

    it('parses any split of the captured log exactly like the whole', () => {
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
          assert.deepEqual(feed(new LogParser(), splitAt(CAPTURED_LOG, cuts)), EXPECTED_COMMITS);
        }),
        PARAMS,
      );
    });

    it('parses the captured log fed one character at a time', () => {
      assert.deepEqual(feed(new LogParser(), [...CAPTURED_LOG]), EXPECTED_COMMITS);
    });

    it('returns each commit as soon as the next one starts, not only at the end', () => {
      const parser = new LogParser();
      const secondStart = CAPTURED_LOG.indexOf('efb6b2f3', 50);
      assert.deepEqual(
        parser.push(CAPTURED_LOG.slice(0, secondStart)).map((c) => c.sha),
        [EXPECTED_COMMITS[0].sha],
      );
    });

    it('keeps only the commits the author filter accepts, and counts all it read', () => {
      const seen: string[] = [];
      const parser = new LogParser({
        accept: (name, email) => {
          seen.push(`${name} <${email}>`);
          return email === 'bo@example.com';
        },
      });
      const commits = feed(parser, splitAt(CAPTURED_LOG, [17, 400, 401, 777]));
      assert.deepEqual(
        commits.map((c) => c.sha),
        [EXPECTED_COMMITS[2].sha],
      );
      assert.equal(parser.commitsRead, 4);
      assert.equal(seen.length, 4);
    });

    it('cuts a long subject to 200 characters and a long body to 4,096, ending with …', () => {
      const subject = 'S'.repeat(5000);
      const body = 'B'.repeat(50_000);
      const [c] = feed(new LogParser(), [logRecord('a'.repeat(40), subject, body)]);
      assert.equal(c.subject.length, SUBJECT_MAX);
      assert.ok(c.subject.endsWith('…'));
      assert.equal(c.body.length, BODY_MAX);
      assert.ok(c.body.endsWith('B…'));
      assert.deepEqual(c.files, [{ path: 'a.txt', added: 1, deleted: 0, binary: false }]);
    });

    it('never cuts a surrogate pair in half', () => {
      const subject = `${'x'.repeat(SUBJECT_MAX - 2)}😀😀😀`;
      const [c] = feed(new LogParser(), [logRecord('b'.repeat(40), subject, '')]);
      assert.equal(c.subject, `${'x'.repeat(SUBJECT_MAX - 2)}…`);
    });

    it('replaces control characters and bidirectional overrides; keeps HTML as plain text', () => {
      const subject = 'Fix\t<script>alert(1)</script>\x1b[2J\x07\x1f\x1e\u202Eevil\u0085';
      const body =
        'line one\n\tindented\r\nbell\x07 esc\x1b unit\x1f record\x1e del\x7f\u2066iso\n\n';
      const [c] = feed(new LogParser(), [logRecord('c'.repeat(40), subject, body)]);
      assert.equal(
        c.subject,
        'Fix <script>alert(1)</script>\uFFFD[2J\uFFFD\uFFFD\uFFFD\uFFFDevil\uFFFD',
      );
      assert.equal(
        c.body,
        'line one\n\tindented\nbell\uFFFD esc\uFFFD unit\uFFFD record\uFFFD del\uFFFD\uFFFDiso',
      );
    });

    it('keeps its buffer under the body cap while a 1 MB body streams past, for many commits', () => {
      const parser = new LogParser();
      const chunk = 'x'.repeat(65_536);
      let largest = 0;
      let read = 0;
      for (let i = 0; i < 100; i++) {
        const sha = i.toString(16).padStart(40, '0');
        read += parser.push(
          `${sha}\0\0Alex\0alex@example.com\0${1772355600 + i}\0subject\0`,
        ).length;
        for (let k = 0; k < 16; k++) {
          read += parser.push(chunk).length;
          largest = Math.max(largest, parser.bufferedChars);
        }
        read += parser.push(`\0\0\0${1772355600 + i}\0\n3\t1\tsrc/a.ts\0\0`).length;
        largest = Math.max(largest, parser.bufferedChars);
      }
      read += parser.end().length;
      assert.equal(read, 100);
      assert.ok(largest <= BODY_MAX, `buffered ${largest} characters`);
    });

    it('reads the name-only format as paths with unknown line counts, a rename as its two sides', () => {
      const expected = (pieces: readonly string[]) =>
        feed(new LogParser({ names: true }), pieces).map((c) => [c.subject, c.coAuthors, c.files]);
      const want = [
        ['Empty', ['Bo Lind <bo@example.com>'], []],
        [
          'Rename',
          [],
          [
            { path: 'a.txt', added: 0, deleted: 0, binary: false },
            { path: 'b.txt', added: 0, deleted: 0, binary: false },
          ],
        ],
        [
          'Add files',
          [],
          [
            { path: 'a.txt', added: 0, deleted: 0, binary: false },
            { path: 'line\nbreak.txt', added: 0, deleted: 0, binary: false },
          ],
        ],
      ];
      assert.deepEqual(expected([CAPTURED_NAMES]), want);
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 30 }), (cuts) => {
          assert.deepEqual(expected(splitAt(CAPTURED_NAMES, cuts)), want);
        }),
        PARAMS,
      );
      // Read as numstat, the same text is refused rather than misread.
      assert.throws(() => feed(new LogParser(), [CAPTURED_NAMES]), /numstat entry/);
    });

    it('reads numstat counts of any length and a binary file’s dashes, and refuses any other count', () => {
      const sha = 'd'.repeat(40);
      const entries = '12\t3\ta.ts\0-\t-\tlogo.png\x001234567890123456789\t0\tbig.txt\0\0';
      const [c] = feed(new LogParser(), [logRecord(sha, 's', '') + entries]);
      assert.deepEqual(c.files, [
        { path: 'a.txt', added: 1, deleted: 0, binary: false },
        { path: 'a.ts', added: 12, deleted: 3, binary: false },
        { path: 'logo.png', added: 0, deleted: 0, binary: true },
        { path: 'big.txt', added: Number('1234567890123456789'), deleted: 0, binary: false },
      ]);
      for (const bad of ['1a\t0\tx', '\t0\tx', '+1\t0\tx', '--\t0\tx', '1\t\u0661\tx', '1\t2']) {
        assert.throws(
          () => feed(new LogParser(), [`${logRecord(sha, 's', '')}${bad}\0\0`]),
          { message: /numstat entry/ },
          JSON.stringify(bad),
        );
      }
    });

    it('refuses output that is not in its format instead of guessing', () => {
      assert.throws(() => feed(new LogParser(), ['not-a-sha\0\0a\0b\0c\0d\0e\0f\0g\0h\0']), {
        message: /not in the expected format/,
      });
      assert.throws(() => feed(new LogParser(), [`${logRecord('d'.repeat(40), 's', '')}oops\0`]), {
        message: /numstat/,
      });
      assert.throws(() => feed(new LogParser(), ['e'.repeat(40), '\0parents']), {
        message: /ended inside a commit header/,
      });
    });

    it('reads nothing from empty output', () => {
      assert.deepEqual(feed(new LogParser(), ['']), []);
    });
  });

  describe('TouchParser', () => {
    it('reads the captured name-only log into authors and paths, for any split', () => {
      assert.deepEqual(
        feed(new TouchParser(TOUCH_FIELD_COUNT), [CAPTURED_TOUCHES]),
        EXPECTED_TOUCHES,
      );
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 30 }), (cuts) => {
          assert.deepEqual(
            feed(new TouchParser(TOUCH_FIELD_COUNT), splitAt(CAPTURED_TOUCHES, cuts)),
            EXPECTED_TOUCHES,
          );
        }),
        PARAMS,
      );
    });

    it('skips the paths of commits its filter refuses', () => {
      const parser = new TouchParser(TOUCH_FIELD_COUNT, ([, email]) => email === 'bo@example.com');
      assert.deepEqual(feed(parser, [CAPTURED_TOUCHES]), [EXPECTED_TOUCHES[2]]);
      assert.equal(parser.commitsRead, 4);
    });

    it('keeps a path that itself starts with a newline', () => {
      const out = feed(new TouchParser(2), ['A\0a@x\0\n\nodd\0\nsecond\0']);
      assert.deepEqual(out, [{ fields: ['A', 'a@x'], paths: ['\nodd', '\nsecond'] }]);
    });

    it('reads headers without paths (the activity format)', () => {
      const out = feed(new TouchParser(3), [
        ['A', 'a@x', '100', '', 'B', 'b@x', '200', ''].join('\0'),
      ]);
      assert.deepEqual(
        out.map((r) => r.fields),
        [
          ['A', 'a@x', '100'],
          ['B', 'b@x', '200'],
        ],
      );
    });
  });

  describe('RawDiffParser', () => {
    it("reads each commit's raw changes, whatever the pieces git writes them in", () => {
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
          const parser = new RawDiffParser();
          for (const piece of splitAt(CAPTURED_RAW, cuts)) parser.push(piece);
          parser.end();
          assert.deepEqual([...parser.changes], EXPECTED_RAW);
        }),
        PARAMS,
      );
    });

    it("ignores a header that is not git's and a path over 4 KiB", () => {
      const parser = new RawDiffParser();
      const sha = 'a'.repeat(40);
      parser.push(`\0${sha}\n:100644 100644 nothex ${BLOB} M\0x.json\0`);
      parser.push(`:000000 100644 ${'0'.repeat(40)} ${BLOB} A\0${'p'.repeat(5000)}\0`);
      parser.end();
      assert.deepEqual([...parser.changes], []);
    });
  });

  describe('BlobBatchParser', () => {
    const batch = Buffer.concat([
      Buffer.from(`${BLOB} blob 3\nab\n\n`),
      Buffer.from(`${'1'.repeat(40)} missing\n`),
      Buffer.from(`${'2'.repeat(40)} blob 12\n0123456789ab\n`),
      Buffer.from(`${'3'.repeat(40)} blob 5\n\u00e9\u00e9\n\n`),
    ]);
    const expected: BlobRead[] = [
      { kind: 'text', text: 'ab\n' },
      { kind: 'missing' },
      { kind: 'too-large', size: 12 },
      { kind: 'text', text: '\u00e9\u00e9\n' },
    ];

    it('hands over each blob as text, a missing one, and skips one over the cap', () => {
      fc.assert(
        fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
          const got: BlobRead[] = [];
          const parser = new BlobBatchParser(10, (i, read) => (got[i] = read));
          const points = [...new Set(cuts.map((c) => c % (batch.length + 1)))].sort(
            (a, b) => a - b,
          );
          let from = 0;
          // Cut inside multi-byte characters too: sizes count bytes.
          for (const p of [...points, batch.length]) {
            parser.push(batch.subarray(from, p));
            from = p;
          }
          parser.end(4);
          assert.deepEqual(got, expected);
        }),
        PARAMS,
      );
    });

    it('refuses output that ends early or a header that never ends', () => {
      const parser = new BlobBatchParser(10, () => undefined);
      parser.push(Buffer.from(`${BLOB} blob 3\nab`));
      assert.throws(() => parser.end(1), /ended early/);
      assert.throws(
        () => new BlobBatchParser(10, () => undefined).push(Buffer.from('x'.repeat(300))),
        /unexpected output/,
      );
    });
  });

  it('gives the UTC date of a time', () => {
    assert.equal(utcDate(1772495999), '2026-03-02');
    assert.equal(utcDate(1772496000), '2026-03-03');
  });

  it('gives each time its own UTC date, whatever time came before it (the last day is remembered)', () => {
    const times = [1772496000, 1772496001, 1772495999, -1, 0, Number.NaN, 86_399, 86_400, 1e20];
    const expected = ['2026-03-03', '2026-03-03', '2026-03-02', '1969-12-31', '1970-01-01'];
    expected.push('1970-01-01', '1970-01-01', '1970-01-02', '1970-01-01');
    assert.deepEqual(
      times.map((s) => utcDate(s)),
      expected,
    );
  });

  describe('cleaning text (a fast path for text with nothing to replace)', () => {
    // What cleanLine and the body cleaning did character by character before the fast path.
    const unsafe = (code: number) =>
      code < 0x20 ||
      code === 0x7f ||
      (code >= 0x80 && code <= 0x9f) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069);
    const lineByChars = (text: string) => {
      let out = '';
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x09 || code === 0x0a || code === 0x0d) out += ' ';
        else out += unsafe(code) ? '\uFFFD' : text[i];
      }
      return out.trim();
    };
    const bodyByChars = (text: string) => {
      let out = '';
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
        out += code === 0x09 || code === 0x0a || !unsafe(code) ? text[i] : '\uFFFD';
      }
      return out.replace(/\n+$/, '');
    };
    const chars = fc.constantFrom(
      ...'ab Z\t\n\r\x07\x1b\x7f\x85\u00a0\u2028\u202a\u202e\u2066\u2069\u200b\u3000é😀'.split(''),
      '\uD83D',
    );
    const texts = fc.array(chars, { maxLength: 40 }).map((a) => a.join(''));

    it('cleans a line exactly as the character-by-character rule does', () => {
      fc.assert(
        fc.property(texts, (text) => {
          assert.equal(cleanLine(text), lineByChars(text));
        }),
        PARAMS,
      );
    });

    it('cleans a message body exactly as the character-by-character rule does', () => {
      const sha = 'a'.repeat(40);
      fc.assert(
        fc.property(texts, (body) => {
          const parser = new LogParser();
          const log = `${sha}\0\0Alex\0alex@example.com\x001\0s\0${body}\0\0\0${'1'}\0\0`;
          const [commit] = [...parser.push(log), ...parser.end()];
          assert.equal(commit.body, bodyByChars(body));
        }),
        PARAMS,
      );
    });
  });
});
