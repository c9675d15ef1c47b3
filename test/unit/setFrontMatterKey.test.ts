import * as assert from 'node:assert/strict';
import { setFrontMatterKey, setFrontMatterKeyInText } from '../../src/core/edits/setFrontMatterKey';
import { parsePlan } from '../../src/core/records/plan';
import { readRecordDocument } from '../../src/core/records/recordDocument';
import { fixtureText } from '../support/fixtures';
import { applyOk } from '../support/text';

const PLAN = fixtureText('plan-full.md');

/** The text with the first occurrence of `from` replaced: the one change an edit may make. */
function replaced(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  assert.ok(i >= 0, `${from} is in the text`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

describe('unit: setFrontMatterKey', () => {
  it('keeps a double-quoted value double-quoted, and its comment', () => {
    const after = applyOk(PLAN, setFrontMatterKeyInText('p.md', PLAN, 'mentee', 'Alex R. Rivera'));
    assert.equal(
      after,
      replaced(PLAN, '"Alex Rivera"            #', '"Alex R. Rivera"            #'),
    );
  });

  it('keeps a single-quoted value single-quoted, doubling a quote inside', () => {
    const text = "---\nmentee: 'Jo'\nmentors: [B]\nstarted: 2026-01-01\n---\n";
    const after = applyOk(text, setFrontMatterKeyInText('p.md', text, 'mentee', "Jo O'Neil"));
    assert.equal(after, replaced(text, "'Jo'", "'Jo O''Neil'"));
    assert.equal(parsePlan('p.md', after).plan?.mentee, "Jo O'Neil");
  });

  it('changes a plain value in place and keeps the key order and every comment', () => {
    const after = applyOk(PLAN, setFrontMatterKeyInText('p.md', PLAN, 'review', '2027-04-01'));
    assert.equal(after, replaced(PLAN, 'review: 2027-03-01', 'review: 2027-04-01'));
  });

  it('quotes a plain value that would otherwise change meaning', () => {
    for (const [value, written] of [
      ['Call: weekly', '"Call: weekly"'],
      ['chat # slack', '"chat # slack"'],
      ['123', '"123"'],
      ['yes', '"yes"'],
      ['@alex', '"@alex"'],
    ] as const) {
      const after = applyOk(PLAN, setFrontMatterKeyInText('p.md', PLAN, 'channel', value));
      assert.equal(
        after,
        replaced(PLAN, 'channel: video call, chat', `channel: ${written}`),
        value,
      );
      assert.equal(parsePlan('p.md', after).plan?.channel, value);
    }
  });

  it('rewrites a flow list as a flow list', () => {
    const after = applyOk(
      PLAN,
      setFrontMatterKeyInText('p.md', PLAN, 'mentors', ['Sam Chen', 'Kim Lee', 'Ana: Ops']),
    );
    assert.equal(after, replaced(PLAN, "[Sam Chen, 'Kim Lee']", '[Sam Chen, Kim Lee, "Ana: Ops"]'));
    assert.deepEqual(parsePlan('p.md', after).plan?.mentors, ['Sam Chen', 'Kim Lee', 'Ana: Ops']);
  });

  it('rewrites a block list as a block list with the same indent', () => {
    const after = applyOk(
      PLAN,
      setFrontMatterKeyInText('p.md', PLAN, 'identities', [
        'alex@example.com',
        'arivera@example.org',
        'Alex R',
      ]),
    );
    assert.equal(
      after,
      replaced(
        PLAN,
        '  - alex@example.com\n  - Alex Rivera',
        '  - alex@example.com\n  - arivera@example.org\n  - Alex R',
      ),
    );
  });

  it('rewrites a block list in a CRLF file with CRLF breaks', () => {
    const text = '---\r\nmentee: A\r\nmentors:\r\n  - B\r\nstarted: 2026-01-01\r\n---\r\n';
    const after = applyOk(text, setFrontMatterKeyInText('p.md', text, 'mentors', ['B', 'C']));
    assert.equal(
      after,
      '---\r\nmentee: A\r\nmentors:\r\n  - B\r\n  - C\r\nstarted: 2026-01-01\r\n---\r\n',
    );
  });

  it('adds a new key as the last front-matter line', () => {
    const after = applyOk(PLAN, setFrontMatterKeyInText('p.md', PLAN, 'cadence', 'monthly'));
    assert.equal(
      after,
      replaced(PLAN, 'team_colour: teal\n---', 'team_colour: teal\ncadence: monthly\n---'),
    );
    assert.equal(parsePlan('p.md', after).plan?.cadence, 'monthly');
    assert.equal(
      parsePlan('p.md', after).doc.frontMatter?.data['cadance'],
      'weekly',
      'the typo key is kept',
    );
  });

  it('fills a key that has no value yet, keeping its comment', () => {
    const text =
      '---\nmentee: A\nmentors: [B]\nstarted: 2026-01-01\nreview:   # when we stop\n---\n';
    const after = applyOk(text, setFrontMatterKeyInText('p.md', text, 'review', '2027-01-01'));
    assert.equal(
      after,
      replaced(text, 'review:', 'review: 2027-01-01'),
      'the value goes right after the colon',
    );
    assert.equal(parsePlan('p.md', after).plan?.review, '2027-01-01');
  });

  it('fills an empty key at the end of the front matter', () => {
    const text = '---\nmentee: A\nmentors: [B]\nstarted: 2026-01-01\nchannel:\n---\n';
    const after = applyOk(text, setFrontMatterKeyInText('p.md', text, 'channel', 'chat'));
    assert.equal(after, replaced(text, 'channel:', 'channel: chat'));
  });

  it('writes numbers and mappings so they read back as the same values', () => {
    const s = '---\ndate: 2026-11-23\nduration: 30\n---\n';
    assert.equal(
      applyOk(s, setFrontMatterKeyInText('s.md', s, 'duration', 45)),
      replaced(s, '30', '45'),
    );
    const head = applyOk(
      s,
      setFrontMatterKeyInText('s.md', s, 'head', { api: 'abc123', web: 'def456' }),
    );
    assert.equal(
      head,
      replaced(s, '---\n', '---\n').replace(
        'duration: 30\n',
        'duration: 30\nhead: {api: abc123, web: def456}\n',
      ),
    );
  });

  it('refuses a multi-line value, a bad key and a file without front matter', () => {
    assert.equal(setFrontMatterKeyInText('p.md', PLAN, 'channel', 'a\nb').ok, false);
    assert.equal(setFrontMatterKeyInText('p.md', PLAN, 'bad key', 'x').ok, false);
    const q = readRecordDocument('q.md', '# Questions\n', { frontMatter: 'optional' });
    const r = setFrontMatterKey(q, 'x', 'y');
    assert.equal(r.ok, false);
  });
});
