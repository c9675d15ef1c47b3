// The parser of the cold read's one walk of its range (src/git/rangeWalkParser.ts), fed output in
// the exact shape `git log -z` gives for RANGE_WALK_FORMAT_ARGS.
import * as assert from 'node:assert/strict';
import { BODY_MAX, SUBJECT_MAX } from '../../src/git/logParser';
import { RangeWalkParser, type RangeWalkRecord } from '../../src/git/rangeWalkParser';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(64);

/** One commit as git prints it: six NUL-ended fields. */
function record(
  sha: string,
  name: string,
  email: string,
  time: number,
  subject: string,
  body: string,
) {
  return [sha, name, email, String(time), subject, body].map((f) => `${f}\0`).join('');
}

/** Commits joined the way `-z` joins them: one more NUL between commits, none after the last. */
function output(...records: string[]): string {
  return records.join('\0');
}

/** A parser whose authors are their emails, wanting the text of everyone but `mentee`. */
function parserFor(mentee = 'alex@example.com'): RangeWalkParser<string> {
  return new RangeWalkParser(
    (_name, email) => email,
    (email) => email !== mentee,
  );
}

function parseAll(text: string, pieces: number[] = []): RangeWalkRecord<string>[] {
  const parser = parserFor();
  const out: RangeWalkRecord<string>[] = [];
  let from = 0;
  for (const at of [...pieces, text.length]) {
    out.push(...parser.push(text.slice(from, at)));
    from = at;
  }
  out.push(...parser.end());
  return out;
}

describe('rangeWalkParser: the one walk of a cold read’s range', () => {
  const text = output(
    record(
      A,
      'Bo Lind',
      'bo@example.com',
      1_770_000_000,
      'Revert "x"',
      'This reverts commit 1234567.\n',
    ),
    record(B, 'Alex Rivera', 'alex@example.com', 1_770_000_100, 'Mine', 'my body'),
    record(C, 'Cy', 'cy@example.com', 1_770_000_200, '', ''),
  );

  it('reads every commit with its author, committer time, subject and body', () => {
    assert.deepEqual(parseAll(text), [
      {
        sha: A,
        author: 'bo@example.com',
        commitTime: 1_770_000_000,
        subject: 'Revert "x"',
        body: 'This reverts commit 1234567.\n',
      },
      { sha: B, author: 'alex@example.com', commitTime: 1_770_000_100, subject: '', body: '' },
      { sha: C, author: 'cy@example.com', commitTime: 1_770_000_200, subject: '', body: '' },
    ]);
  });

  it('gives the same commits however the output is split, even inside a field or at a NUL', () => {
    const whole = parseAll(text);
    for (let at = 1; at < text.length; at += 7) assert.deepEqual(parseAll(text, [at]), whole);
    assert.deepEqual(parseAll(text, [41, 42, 43, 120, 121]), whole);
  });

  it('keeps no text of a commit whose author is not wanted (the mentee’s)', () => {
    const [, mine] = parseAll(text);
    assert.equal(mine.subject, '');
    assert.equal(mine.body, '');
  });

  it('holds at most the subject and body caps of a huge message', () => {
    const huge = 'x'.repeat(1_000_000);
    const [c] = parseAll(output(record(A, 'Bo', 'bo@example.com', 1, huge, huge)), [500_000]);
    assert.equal(c.subject.length, SUBJECT_MAX);
    assert.equal(c.body.length, BODY_MAX);
  });

  it('keeps newlines, tabs and option-like text in a message as data', () => {
    const body = '--output=x\n\t-n1\n-- path';
    const [c] = parseAll(output(record(A, 'Bo', 'bo@example.com', 1, '--all', body)));
    assert.equal(c.subject, '--all');
    assert.equal(c.body, body);
  });

  it('rejects output that is not in the expected format', () => {
    assert.throws(
      () => parseAll(output(record('not-a-sha', 'Bo', 'b@x', 1, 's', 'b'))),
      /expected format/,
    );
    assert.throws(
      () => parseAll(record(A, 'Bo', 'b@x', 1, 's', 'b') + 'junk\0'),
      /expected format/,
    );
    assert.throws(() => parseAll(`${A}\0Bo\0`), /ended inside a commit header/);
  });

  it('counts the commits it read', () => {
    const parser = parserFor();
    parser.push(text);
    parser.end();
    assert.equal(parser.commitsRead, 3);
  });
});
