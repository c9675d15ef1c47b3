import * as assert from 'node:assert/strict';
import type { Problem } from '../../src/core/problem';
import { parsePlan } from '../../src/core/records/plan';
import { parseQuestions } from '../../src/core/records/questions';
import { parseSession } from '../../src/core/records/session';
import { validateRecord } from '../../src/core/records/validateRecord';
import { decodeRecordBytes, encodeRecordText, MAX_FILE_BYTES } from '../../src/core/text/decode';
import { appendActionItem } from '../../src/core/edits/appendActionItem';
import { fixtureBytes, fixtureText } from '../support/fixtures';
import { applyOk } from '../support/text';

/** Checks a problem is fully located and well formed. */
function assertLocated(p: Problem | undefined, file: string, line: number, code: string): Problem {
  assert.ok(p, `expected a ${code} problem`);
  assert.equal(p.file, file);
  assert.equal(p.line, line);
  assert.ok(Number.isInteger(p.column) && p.column >= 1, 'column is 1-based');
  assert.equal(p.severity, 'error');
  assert.equal(p.code, code);
  assert.ok(p.message.length > 10, 'the message says what is wrong');
  return p;
}

describe('unit: bad input gives located problems, never a throw', () => {
  it('reports malformed YAML on the line where it goes wrong, and makes the file unwritable', () => {
    const r = parsePlan('p.md', fixtureText('malformed-yaml.md'));
    assert.equal(r.plan, undefined);
    assert.equal(r.doc.fatal, true);
    const p = r.problems[0];
    assert.ok(p.line >= 3 && p.line <= 5, `line ${p.line}`);
    assertLocated(p, 'p.md', p.line, 'yaml-syntax');
    assert.match(p.message, /not valid YAML/);
  });

  it('stops a YAML alias bomb quickly with its own message', () => {
    const started = process.hrtime.bigint();
    const r = parsePlan('p.md', fixtureText('alias-bomb.md'));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(ms < 1000, `took ${ms} ms`);
    assert.equal(r.doc.fatal, true);
    assertLocated(r.problems[0], 'p.md', 2, 'yaml-aliases');
    assert.match(r.problems[0].message, /aliases/);
  });

  it('reports a duplicate key on the line of its second occurrence', () => {
    const r = parsePlan('p.md', fixtureText('duplicate-keys.md'));
    assert.equal(r.doc.fatal, true);
    assertLocated(r.problems[0], 'p.md', 5, 'duplicate-key');
  });

  it('reports git conflict markers on the line of the first marker, for every kind of record', () => {
    const text = fixtureText('conflict-markers.md');
    for (const problems of [
      parsePlan('f.md', text).problems,
      parseSession('f.md', text).problems,
      parseQuestions('f.md', text).problems,
    ]) {
      assert.equal(problems.length, 1);
      assertLocated(problems[0], 'f.md', 7, 'conflict-markers');
      assert.match(problems[0].message, /conflict markers/);
    }
  });

  it('does not take a lone ======= (a heading underline) for a conflict', () => {
    const r = parseQuestions('q.md', 'Questions\n=======\n- [ ] a\n');
    assert.deepEqual(r.problems, []);
    assert.equal(r.questions.length, 1);
  });

  it('refuses bytes that are not UTF-8, naming the line and column of the first bad byte', () => {
    const r = decodeRecordBytes('s.md', fixtureBytes('not-utf8.md'));
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.deepEqual([r.problem.line, r.problem.column], [4, 4]);
    assertLocated(r.problem, 's.md', 4, 'not-utf8');
  });

  it('refuses a truncated multi-byte sequence at the end of a file', () => {
    const r = decodeRecordBytes('s.md', new Uint8Array([0x61, 0x0a, 0x62, 0xc3]));
    assert.equal(r.ok, false);
    if (!r.ok) assert.deepEqual([r.problem.line, r.problem.column], [2, 2]);
  });

  it('refuses a 20 MB file with a size message of its own, without decoding it', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const r = decodeRecordBytes('big.md', bytes);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assertLocated(r.problem, 'big.md', 1, 'file-too-large');
    assert.match(r.problem.message, /20\.0 MB/);
    assert.match(r.problem.message, /limited to 1 MB/);
  });

  it('accepts a file of exactly the size limit', () => {
    assert.equal(decodeRecordBytes('ok.md', new Uint8Array(MAX_FILE_BYTES).fill(0x61)).ok, true);
  });

  it('requires front matter in a plan and a session, with a message that says how it starts', () => {
    const text = fixtureText('missing-front-matter.md');
    for (const r of [parsePlan('f.md', text), parseSession('f.md', text)]) {
      assertLocated(r.problems[0], 'f.md', 1, 'front-matter-missing');
      assert.match(r.problems[0].message, /---/);
    }
  });

  it('reports front matter that is never closed', () => {
    assertLocated(
      parsePlan('f.md', fixtureText('unclosed-front-matter.md')).problems[0],
      'f.md',
      1,
      'front-matter-unclosed',
    );
  });

  it('reports wrong and impossible dates on their lines', () => {
    const r = parsePlan('p.md', fixtureText('impossible-date.md'));
    const started = r.problems.find((p) => p.line === 4);
    const review = r.problems.find((p) => p.line === 5);
    assertLocated(started, 'p.md', 4, 'invalid-value');
    assert.match(started?.message ?? '', /2026-02-30 is not a real calendar date/);
    assertLocated(review, 'p.md', 5, 'invalid-value');
    assert.match(review?.message ?? '', /not a date in YYYY-MM-DD form/);
  });

  it('reports an empty file, and a file of blank lines, as empty', () => {
    for (const name of ['empty.md', 'blank.md']) {
      for (const kind of ['a/plan.md', 'a/sessions/2026-11-23.md', 'a/questions.md']) {
        const problems = validateRecord(name, kind, fixtureText(name));
        assert.equal(problems.length, 1, `${name} as ${kind}`);
        assertLocated(problems[0], name, 1, 'empty-file');
      }
    }
  });

  it('reports front matter that is a list rather than key: value lines', () => {
    assertLocated(
      parsePlan('p.md', '---\n- a\n- b\n---\n').problems[0],
      'p.md',
      2,
      'front-matter-not-mapping',
    );
  });

  it('gives validateRecord nothing to say about files that are not records', () => {
    assert.deepEqual(validateRecord('t.md', 'templates/plan.md', '<<<<<<< x\n'), []);
    assert.deepEqual(validateRecord('n.txt', 'alex/notes.txt', ''), []);
  });
});

describe('unit: CRLF and a byte order mark are accepted and kept', () => {
  const bytes = fixtureBytes('crlf-bom.md');

  it('decodes the file, remembers the mark, and parses it cleanly', () => {
    const d = decodeRecordBytes('s.md', bytes);
    assert.ok(d.ok);
    if (!d.ok) return;
    assert.equal(d.value.bom, true);
    assert.equal(d.value.text.charCodeAt(0), 0x2d, 'the text starts after the mark');
    const r = parseSession('s.md', d.value.text, '2026-11-23.md');
    assert.deepEqual(r.problems, []);
    assert.equal(r.doc.eol, '\r\n');
    assert.equal(r.session?.actionItems[0].owner, 'alex');
  });

  it('keeps the mark and every CRLF through decode, edit and encode', () => {
    const d = decodeRecordBytes('s.md', bytes);
    assert.ok(d.ok);
    if (!d.ok) return;
    const edited = applyOk(
      d.value.text,
      appendActionItem('s.md', d.value.text, { text: 'Sketch the talk', owner: 'sam' }),
    );
    const out = Buffer.from(encodeRecordText({ text: edited, bom: d.value.bom }));
    assert.deepEqual([...out.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(
      out.subarray(0, bytes.length).equals(Buffer.from(bytes)),
      'the original bytes are a prefix of the result',
    );
    assert.equal(out.subarray(bytes.length).toString('utf8'), '- [ ] @sam Sketch the talk\r\n');
  });

  it('encodes without a mark when the file had none', () => {
    assert.deepEqual([...encodeRecordText({ text: 'a', bom: false })], [0x61]);
  });
});
