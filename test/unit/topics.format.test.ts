import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { computeTopics } from '../../src/core/topics/computeTopics';
import {
  escapeMarkdown,
  formatAgendaTopics,
  formatTopicsMarkdown,
  topicsJson,
} from '../../src/core/topics/formatTopics';
import type { Topic } from '../../src/core/topics/topic';
import { commit, history, NOW, sha } from '../support/historyBuilder';

/** Object names that read well in short form. */
const A = 'abcdef1'.padEnd(40, '0');
const B = '1234567'.padEnd(40, '0');

/** A topic with the given fields over plain defaults. */
function topic(fields: Partial<Topic> = {}): Topic {
  return {
    id: 'new-area:src/db',
    kind: 'new-area',
    title: 'First work in src/db (2 commits)',
    score: 66,
    evidence: { commits: [A, B], files: ['src/db/a.ts'] },
    question: 'What did you learn about src/db while working there for the first time?',
    ...fields,
  };
}

/** True when every `<` in `text` is escaped by a backslash that is not itself escaped. */
function everyAngleEscaped(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '<') continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) return false;
  }
  return true;
}

describe('topics: formatting topics', () => {
  describe('escapeMarkdown', () => {
    it('escapes code, emphasis, links, HTML and tables', () => {
      assert.equal(escapeMarkdown('a `b` *c* _d_'), 'a \\`b\\` \\*c\\* \\_d\\_');
      assert.equal(escapeMarkdown('[x](javascript:alert(1))'), '\\[x\\](javascript:alert(1))');
      assert.equal(
        escapeMarkdown('<img src=x onerror=alert(1)>'),
        '\\<img src=x onerror=alert(1)\\>',
      );
      assert.equal(escapeMarkdown('a|b ~~c~~ \\'), 'a\\|b \\~\\~c\\~\\~ \\\\');
    });

    it('escapes what would start a heading, a list or a quote', () => {
      assert.equal(escapeMarkdown('# Title'), '\\# Title');
      assert.equal(escapeMarkdown('- item'), '\\- item');
      assert.equal(escapeMarkdown('+ item'), '\\+ item');
      assert.equal(escapeMarkdown('> quote'), '\\> quote');
      assert.equal(escapeMarkdown('12. item'), '12\\. item');
      assert.equal(escapeMarkdown('3) item'), '3\\) item');
      assert.equal(escapeMarkdown('a # b - c 1. d'), 'a # b - c 1. d');
    });

    it('turns line breaks and control characters into spaces', () => {
      assert.equal(escapeMarkdown('a\nb\r\nc\td\u0007e\u2028f'), 'a b  c d e f');
    });

    it('leaves ordinary text, paths and Unicode as they are', () => {
      assert.equal(escapeMarkdown('src/db/pool.ts — ünïcødé 😀'), 'src/db/pool.ts — ünïcødé 😀');
    });

    it('never leaves an unescaped "<" or a line break (property)', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: fc.constantFrom('<', '\\', '>', 'a', '\n', '`', '[', '#', ' ') }),
          (s) => {
            const escaped = escapeMarkdown(s);
            return everyAngleEscaped(escaped) && !escaped.includes('\n');
          },
        ),
      );
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (s) => everyAngleEscaped(escapeMarkdown(s))),
      );
    });
  });

  describe('formatTopicsMarkdown', () => {
    it('lists each topic with its question, short commits, files, expert and docs', () => {
      const md = formatTopicsMarkdown(
        [
          topic({
            evidence: {
              commits: [A, B],
              files: ['src/db/a.ts', 'src/db/b.ts', 'src/db/c.ts', 'src/db/d.ts'],
            },
            expert: { name: 'Kim', email: 'kim@x', commits: 12 },
            docs: ['src/db/README.md'],
          }),
        ],
        { range: { since: '2026-02-01', until: '2026-02-28' }, commits: 7, partial: false },
      );
      assert.equal(
        md,
        [
          '## Learning topics from 2026-02-01 to 2026-02-28 (7 commits)',
          '',
          '1. **First work in src/db (2 commits)**',
          '   _What did you learn about src/db while working there for the first time?_',
          '   - Commits: abcdef1, 1234567',
          '   - Files: src/db/a.ts, src/db/b.ts, src/db/c.ts and 1 more',
          '   - Ask: Kim (12 commits there this year)',
          '   - Read: src/db/README.md',
        ].join('\n'),
      );
    });

    it('says "the start" for an open range and warns when the history is partial', () => {
      const data = history([commit({ n: 1, files: ['a.ts'] })], {
        range: { until: '2026-02-28' },
        partial: true,
        notes: ['HEAD is detached <b>'],
      });
      const md = formatTopicsMarkdown([], data);
      assert.ok(md.startsWith('## Learning topics from the start to 2026-02-28 (1 commit)'), md);
      assert.ok(md.includes('**Partial history:**'), md);
      assert.ok(md.includes('> Note: HEAD is detached \\<b\\>'), md);
      assert.ok(md.endsWith('No learning topics in this range.'), md);
    });

    it('keeps hostile subjects and paths from breaking the markdown', () => {
      const data = history(
        [
          commit({
            n: 1,
            daysAgo: 3,
            subject: 'Add `x` [click](javascript:alert(1)) <img src=x onerror=alert(1)>',
            files: [['evil/<script>alert(1)<\\script>.ts', 900]],
          }),
          commit({
            n: 2,
            daysAgo: 1,
            subject: '# heading\nline',
            body: `This reverts commit ${sha(1)}.`,
            files: ['evil/*a*_b_`c`.ts'],
            coAuthors: ['<img onerror=x> <e@x>'],
          }),
        ],
        { earlier: ['README.md'] },
      );
      const topics = computeTopics(data, { now: NOW });
      // One story (the revert is part of it) whose facets quote the hostile co-author and paths.
      assert.ok(topics.length >= 1);
      assert.ok(topics.some((t) => (t.facets ?? []).some((f) => f.text.includes('<img'))));
      for (const md of [formatTopicsMarkdown(topics, data), formatAgendaTopics(topics, 20)]) {
        assert.ok(everyAngleEscaped(md), md);
        assert.ok(!/(^|[^\\])\]\(javascript/.test(md), md);
        assert.ok(!/(^|[^\\])`/.test(md), md);
        assert.ok(!/^#/m.test(md.split('\n').slice(1).join('\n')), md);
      }
    });
  });

  describe('formatAgendaTopics', () => {
    it('writes one line per topic with its title, question and up to three commits', () => {
      const lines = formatAgendaTopics([
        topic({ evidence: { commits: [sha(1), sha(2), sha(3), sha(4)], files: [] } }),
        topic({
          id: 'pairing:x',
          title: 'Paired with *Sam*',
          question: 'What did you learn from Sam?',
          evidence: { commits: [], files: [] },
        }),
      ]);
      assert.equal(
        lines,
        [
          '- First work in src/db (2 commits) — What did you learn about src/db while working there for the first time? (0000000, 0000000, 0000000)',
          '- Paired with \\*Sam\\* — What did you learn from Sam?',
        ].join('\n'),
      );
    });

    it('lists at most five topics unless told otherwise', () => {
      const topics = Array.from({ length: 8 }, (_, i) => topic({ id: `t${i}` }));
      assert.equal(formatAgendaTopics(topics).split('\n').length, 5);
      assert.equal(formatAgendaTopics(topics, 1).split('\n').length, 1);
      assert.equal(formatAgendaTopics([]), '');
    });
  });

  describe('topicsJson', () => {
    it('has exactly the CLI shape: range, commits, partial, topics, more and notes', () => {
      const data = history([commit({ n: 1, files: ['src/db/a.ts'] })], {
        range: { until: '2026-02-28', fromSha: sha(9) },
        partial: true,
        notes: ['HEAD is detached.'],
      });
      const json = topicsJson(data, [topic({ subject: 'src/db', docs: ['README.md'] })]);
      assert.deepEqual(JSON.parse(JSON.stringify(json)), {
        range: { since: null, until: '2026-02-28' },
        commits: 1,
        partial: true,
        topics: [
          {
            id: 'new-area:src/db',
            kind: 'new-area',
            title: 'First work in src/db (2 commits)',
            score: 66,
            evidence: { commits: [A, B], files: ['src/db/a.ts'] },
            question: 'What did you learn about src/db while working there for the first time?',
            docs: ['README.md'],
          },
        ],
        more: [],
        notes: ['HEAD is detached.'],
      });
      assert.deepEqual(Object.keys(json), [
        'range',
        'commits',
        'partial',
        'topics',
        'more',
        'notes',
      ]);
    });
  });
});
