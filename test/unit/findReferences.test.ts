import * as assert from 'node:assert/strict';
import { findReferences, type Reference } from '../../src/core/language/findReferences';

const tokens = (text: string) => findReferences(text).map((r) => text.slice(r.start, r.end));
const names = (refs: Reference[]) => refs.map((r) => `${r.kind}:${r.name}`);

describe('finding #G1 and @handle references in a record', () => {
  it('finds goal ids and handles in prose and action items, with exact ranges', () => {
    const text = '# Session\n\n## Action items\n- [ ] @alex Draft the checklist (due 2026-11-30) #G1\n';
    const refs = findReferences(text);
    assert.deepEqual(names(refs), ['handle:alex', 'goal:G1']);
    assert.deepEqual(tokens(text), ['@alex', '#G1']);
    assert.equal(text.slice(refs[1].nameStart, refs[1].end), 'G1');
    assert.equal(refs[1].line, 4);
  });

  it('normalises G01 to G1 and a handle to lower case', () => {
    assert.deepEqual(names(findReferences('see #G01 with @Alex.')), ['goal:G1', 'handle:alex']);
  });

  it('ends a handle before the full stop that ends a sentence', () => {
    const text = 'Ask @sam.';
    assert.deepEqual(tokens(text), ['@sam']);
  });

  it('skips fenced code blocks, code spans and HTML comments', () => {
    const text = [
      'Real #G1',
      '```',
      '#G2 @bob in a fence',
      '```',
      'inline `#G3 @carol` and ``a ` #G4`` then #G5',
      '<!-- #G6 @dave -->',
      '~~~md',
      '@erin',
      '~~~',
    ].join('\n');
    assert.deepEqual(tokens(text), ['#G1', '#G5']);
  });

  it('skips URLs, autolinks and email addresses', () => {
    const text =
      'See https://github.com/acme/api/issues#G12 and <https://x.org/#G3>, mail sam@example.com or <ann@example.com>, www.x.org/@bob; but @ann and #G2 count';
    assert.deepEqual(tokens(text), ['@ann', '#G2']);
  });

  it('does not read markdown headings or words glued to a sigil as references', () => {
    assert.deepEqual(tokens('# Title\n## Notes\nC#G1 a/#G2 x#G3 #G4a #Goal #G5-x'), []);
  });

  it('reads the goal heading of a plan as the definition', () => {
    const text = '---\nmentee: A\n---\n## Goals\n\n### G2: Ship it\n- status: active\n';
    const [ref] = findReferences(text);
    assert.equal(ref.definition, true);
    assert.equal(ref.name, 'G2');
    assert.equal(text.slice(ref.nameStart, ref.end), 'G2');
  });

  it("reads a session's goals: list and the plan's handles: keys in front matter, nothing else there", () => {
    const text = [
      '---',
      'date: 2026-11-23',
      'goals: [G1, G3] # not G9',
      'attendees: [Alex @home]',
      'handles:',
      '  # a comment',
      '  jn: José Núñez',
      'started: 2026-01-01',
      '---',
      'Body #G4',
    ].join('\n');
    const refs = findReferences(text);
    assert.deepEqual(names(refs), ['goal:G1', 'goal:G3', 'handle:jn', 'goal:G4']);
    assert.deepEqual(
      refs.map((r) => text.slice(r.nameStart, r.end)),
      ['G1', 'G3', 'jn', 'G4'],
    );
  });

  it('keeps offsets right with CRLF line endings and a byte order mark', () => {
    const text = '\uFEFF---\r\ndate: 2026-11-23\r\ngoals: [G2]\r\n---\r\n- [ ] @alex do it #G2\r\n```\r\n#G9\r\n```\r\n';
    const refs = findReferences(text);
    assert.deepEqual(tokens(text), ['G2', '@alex', '#G2']);
    assert.deepEqual(
      refs.map((r) => r.line),
      [3, 5, 5],
    );
  });

  it('takes linear time on a long line of sigils', () => {
    const text = '#'.repeat(200_000) + '@'.repeat(200_000);
    const started = Date.now();
    assert.deepEqual(findReferences(text), []);
    assert.ok(Date.now() - started < 2000, 'a long line of sigils should be scanned quickly');
  });
});
