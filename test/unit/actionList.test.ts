import * as assert from 'node:assert/strict';
import { isOverdue, listActions } from '../../src/core/records/actionList';
import { readRelationship } from '../../src/core/records/relationship';

const session = (date: string, items: string) =>
  `---\ndate: ${date}\n---\n# Session ${date}\n\n## Action items\n${items}`;

describe('unit: listing action items', () => {
  const rel = readRelationship('alex', [
    {
      path: 'alex/sessions/2026-11-02.md',
      text: session(
        '2026-11-02',
        '- [ ] @alex Old (due 2026-11-10)\n- [x] @sam Done (due 2026-11-01)\n',
      ),
    },
    {
      path: 'alex/sessions/2026-11-16.md',
      text: session(
        '2026-11-16',
        '- [ ] ~~Dropped (due 2026-11-01)~~\n- [ ] Bad date (due 2026-02-30)\n',
      ),
    },
    { path: 'alex/sessions/2026-11-30.md', text: session('2026-11-30', '- [ ] Later\n') },
  ]);

  it('lists every item with its home, in session then line order', () => {
    const rows = listActions(rel, '2026-11-20');
    assert.deepEqual(
      rows.map((r) => [r.file, r.line, r.text]),
      [
        ['alex/sessions/2026-11-02.md', 7, '@alex Old (due 2026-11-10)'],
        ['alex/sessions/2026-11-02.md', 8, '@sam Done (due 2026-11-01)'],
        ['alex/sessions/2026-11-16.md', 7, '~~Dropped (due 2026-11-01)~~'],
        ['alex/sessions/2026-11-16.md', 8, 'Bad date (due 2026-02-30)'],
        ['alex/sessions/2026-11-30.md', 7, 'Later'],
      ],
    );
  });

  it('marks only open items with a real past due date as overdue', () => {
    const overdue = listActions(rel, '2026-11-20')
      .filter((r) => r.overdue)
      .map((r) => r.text);
    assert.deepEqual(overdue, ['@alex Old (due 2026-11-10)']);
    assert.equal(isOverdue('2026-02-30', '2026-11-20'), false);
    assert.equal(isOverdue('2026-11-19', '2026-11-20'), true);
    assert.equal(isOverdue('2026-11-20', '2026-11-20'), false);
  });

  it('counts the sessions held after the home session up to the date as carries', () => {
    const rows = listActions(rel, '2026-11-20');
    assert.deepEqual(
      rows.map((r) => r.carried),
      [1, 1, 0, 0, 0],
    );
  });
});
