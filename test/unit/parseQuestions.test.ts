import * as assert from 'node:assert/strict';
import { parseQuestions } from '../../src/core/records/questions';
import { fixtureText } from '../support/fixtures';

describe('unit: parsing questions.md', () => {
  const result = parseQuestions('alex/questions.md', fixtureText('questions-full.md'));

  it('reads each task line as a question with its added date, author and discussed date', () => {
    assert.deepEqual(
      result.questions.map((q) => ({
        text: q.text,
        done: q.done,
        added: q.added,
        by: q.by,
        discussed: q.discussed,
        line: q.line,
      })),
      [
        {
          text: 'How do you decide when a migration needs a feature flag?',
          done: false,
          added: '2026-11-20',
          by: 'alex',
          discussed: undefined,
          line: 2,
        },
        {
          text: 'What does the DBA on-call actually do?',
          done: true,
          added: '2026-11-02',
          by: 'alex',
          discussed: '2026-11-09',
          line: 3,
        },
        {
          text: 'A question without a note',
          done: false,
          added: undefined,
          by: undefined,
          discussed: undefined,
          line: 4,
        },
        {
          text: 'Bad date',
          done: false,
          added: '2026-13-01',
          by: undefined,
          discussed: undefined,
          line: 5,
        },
      ],
    );
  });

  it('warns about an impossible date in a note', () => {
    assert.deepEqual(
      result.problems.map((p) => [p.line, p.severity, p.code]),
      [[5, 'warning', 'invalid-date']],
    );
  });

  it('needs no front matter', () => {
    assert.equal(result.doc.frontMatter, undefined);
    assert.equal(result.doc.fatal, false);
  });
});
