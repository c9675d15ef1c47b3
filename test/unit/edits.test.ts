import * as assert from 'node:assert/strict';
import { addGoal } from '../../src/core/edits/addGoal';
import { appendActionItem, formatActionItem } from '../../src/core/edits/appendActionItem';
import { appendQuestion, formatQuestion } from '../../src/core/edits/appendQuestion';
import type { EditResult } from '../../src/core/edits/editResult';
import { putInSection } from '../../src/core/edits/putInSection';
import { setActionItemDone } from '../../src/core/edits/setActionItemDone';
import { setGoalStatus } from '../../src/core/edits/setGoalStatus';
import { setQuestionDone } from '../../src/core/edits/setQuestionDone';
import { setFrontMatterKeyInText } from '../../src/core/edits/setFrontMatterKey';
import { parsePlan } from '../../src/core/records/plan';
import { parseQuestions } from '../../src/core/records/questions';
import { parseSession, SESSION_SECTIONS } from '../../src/core/records/session';
import { fixtureText } from '../support/fixtures';
import { applyOk, differingOffsets, editsOf, insertedLines } from '../support/text';

const SESSION = fixtureText('session-full.md');
const PLAN = fixtureText('plan-full.md');
const QUESTIONS = fixtureText('questions-full.md');

function sessionDoc(text: string, file = 's.md') {
  return parseSession(file, text).doc;
}

describe('unit: surgical edits', () => {
  describe('setActionItemDone', () => {
    it('ticking an action item rewrites exactly one character', () => {
      const after = applyOk(SESSION, setActionItemDone('s.md', SESSION, 23, true));
      const diff = differingOffsets(SESSION, after);
      assert.equal(diff.length, 1);
      assert.equal(after[diff[0]], 'x');
      assert.equal(
        parseSession('s.md', after).session?.actionItems.find((i) => i.line === 23)?.done,
        true,
      );
    });

    it('unticking a done item (also one written [X]) rewrites exactly one character', () => {
      const after = applyOk(SESSION, setActionItemDone('s.md', SESSION, 25, false));
      assert.equal(differingOffsets(SESSION, after).length, 1);
      assert.equal(after.split('\n')[24], '- [ ] Read the guild talk guide #G3');
    });

    it('makes no edit when the item is already in that state', () => {
      assert.deepEqual(editsOf(setActionItemDone('s.md', SESSION, 24, true)), []);
    });

    it('refuses a line that is not an action item, also one inside a code block', () => {
      for (const line of [1, 14, 19, 28]) {
        const r = setActionItemDone('s.md', SESSION, line, true);
        assert.equal(r.ok, false, `line ${line}`);
        if (!r.ok) assert.match(r.message, /not an action item/);
      }
    });
  });

  describe('appendActionItem', () => {
    it('appends the item as one line after the last item of "## Action items"', () => {
      const after = applyOk(
        SESSION,
        appendActionItem('s.md', SESSION, {
          text: 'Pair on a review',
          owner: '@alex',
          due: '2026-12-01',
          goal: 'G1',
        }),
      );
      const inserted = insertedLines(SESSION, after);
      assert.deepEqual(
        inserted.map((l) => l.text),
        ['- [ ] @alex Pair on a review (due 2026-12-01) #G1'],
      );
      assert.equal(inserted[0].index, 28, 'right after the last list line of the section');
      const items = parseSession('s.md', after).session?.actionItems ?? [];
      assert.equal(items.length, 6);
      assert.deepEqual(
        [items[5].owner, items[5].due, items[5].goal, items[5].done],
        ['alex', '2026-12-01', 'G1', false],
      );
    });

    it('creates "## Action items" before the next usual section when it is missing', () => {
      const text =
        '---\ndate: 2026-11-23\n---\n# Session\n\n## Agenda\n- a\n\n## Notes\nn\n\n## Next time\n- b\n';
      const after = applyOk(text, appendActionItem('s.md', text, { text: 'Do it' }));
      assert.equal(
        after,
        '---\ndate: 2026-11-23\n---\n# Session\n\n## Agenda\n- a\n\n## Notes\nn\n\n## Action items\n\n- [ ] Do it\n\n## Next time\n- b\n',
      );
    });

    it('refuses a bad owner, due date, goal or multi-line text without touching the file', () => {
      for (const item of [
        { text: 'x', owner: 'two words' },
        { text: 'x', due: '2026-02-30' },
        { text: 'x', goal: 'goal one' },
        { text: 'a\nb' },
        { text: '   ' },
      ]) {
        assert.equal(appendActionItem('s.md', SESSION, item).ok, false, JSON.stringify(item));
        assert.equal(typeof formatActionItem(item), 'object');
      }
    });
  });

  describe('appendQuestion', () => {
    it('appends the question after the last question', () => {
      const after = applyOk(
        QUESTIONS,
        appendQuestion('q.md', QUESTIONS, { text: 'Why?', added: '2026-11-24', by: 'sam' }),
      );
      assert.equal(after, `${QUESTIONS}- [ ] Why? (added 2026-11-24 by @sam)\n`);
      const q = parseQuestions('q.md', after).questions.at(-1);
      assert.deepEqual([q?.text, q?.added, q?.by, q?.done], ['Why?', '2026-11-24', 'sam', false]);
    });

    it('leaves a blank line after a heading-only file, and adds a break to a file without a final one', () => {
      const text = '# Questions for next time';
      const after = applyOk(text, appendQuestion('q.md', text, { text: 'Q', added: '2026-11-24' }));
      assert.equal(after, '# Questions for next time\n\n- [ ] Q (added 2026-11-24)');
    });

    it('keeps trailing blank lines after the new question', () => {
      const text = '# Q\n- [ ] a\n\n\n';
      const after = applyOk(text, appendQuestion('q.md', text, { text: 'b', added: '2026-11-24' }));
      assert.equal(after, '# Q\n- [ ] a\n- [ ] b (added 2026-11-24)\n\n\n');
    });

    it('refuses a bad date or author', () => {
      assert.equal(appendQuestion('q.md', QUESTIONS, { text: 'x', added: '2026-02-30' }).ok, false);
      assert.equal(
        appendQuestion('q.md', QUESTIONS, { text: 'x', added: '2026-11-24', by: 'a b' }).ok,
        false,
      );
      assert.equal(
        formatQuestion({ text: 'x', added: '2026-11-24', by: '@alex' }),
        '- [ ] x (added 2026-11-24 by @alex)',
      );
    });
  });

  describe('setQuestionDone', () => {
    it('ticks a question and adds the discussed date inside its note', () => {
      const after = applyOk(QUESTIONS, setQuestionDone('q.md', QUESTIONS, 2, true, '2026-11-24'));
      assert.equal(
        after.split('\n')[1],
        '- [x] How do you decide when a migration needs a feature flag? (added 2026-11-20 by @alex, discussed 2026-11-24)',
      );
      assert.equal(
        after,
        QUESTIONS.replace('- [ ] How', '- [x] How').replace(
          'by @alex)\n- [x]',
          'by @alex, discussed 2026-11-24)\n- [x]',
        ),
      );
      const q = parseQuestions('q.md', after).questions[0];
      assert.deepEqual([q.done, q.discussed, q.by], [true, '2026-11-24', 'alex']);
    });

    it('ticks a question without a note by changing one character only', () => {
      const after = applyOk(QUESTIONS, setQuestionDone('q.md', QUESTIONS, 4, true, '2026-11-24'));
      assert.equal(differingOffsets(QUESTIONS, after).length, 1);
    });

    it('unticks a question and keeps its discussed date', () => {
      const after = applyOk(QUESTIONS, setQuestionDone('q.md', QUESTIONS, 3, false));
      assert.equal(differingOffsets(QUESTIONS, after).length, 1);
      assert.equal(parseQuestions('q.md', after).questions[1].discussed, '2026-11-09');
    });

    it('refuses a line that is not a question, and a bad discussed date', () => {
      assert.equal(setQuestionDone('q.md', QUESTIONS, 1, true).ok, false);
      assert.equal(setQuestionDone('q.md', QUESTIONS, 2, true, '2026-02-30').ok, false);
    });
  });

  describe('addGoal', () => {
    it('adds the goal with the next free id after the highest one, at the end of ## Goals', () => {
      const r = addGoal('p.md', PLAN, {
        title: 'Mentor someone',
        target: '2027-06-30',
        measure: 'One mentee',
        areas: ['docs'],
      });
      assert.equal(r.ok && r.id, 'G4');
      const after = applyOk(PLAN, r);
      assert.deepEqual(
        insertedLines(PLAN, after).map((l) => l.text),
        [
          '',
          '### G4: Mentor someone',
          '- status: active',
          '- target: 2027-06-30',
          '- measure: One mentee',
          '- areas: docs',
        ],
      );
      const plan = parsePlan('p.md', after).plan;
      assert.deepEqual(
        plan?.goals.map((g) => g.id),
        ['G1', 'G3', 'G4'],
      );
      assert.equal(plan?.goals[2].status, 'active');
      assert.ok(after.indexOf('### G4') < after.indexOf('## Reading list'), 'inside ## Goals');
    });

    it('creates ## Goals after ## Expectations when the plan has none, and starts at G1', () => {
      const text =
        '---\nmentee: A\nmentors: [B]\nstarted: 2026-01-01\n---\n# Plan\n\n## Expectations\nWeekly.\n\n## Notes\nn\n';
      const r = addGoal('p.md', text, { title: 'First' });
      assert.equal(r.ok && r.id, 'G1');
      assert.equal(
        applyOk(text, r),
        '---\nmentee: A\nmentors: [B]\nstarted: 2026-01-01\n---\n# Plan\n\n## Expectations\nWeekly.\n\n## Notes\nn\n\n## Goals\n\n### G1: First\n- status: active\n',
      );
    });

    it('creates ## Goals before a section that usually follows it', () => {
      const text = '---\nmentee: A\nmentors: [B]\nstarted: 2026-01-01\n---\n# Plan\n';
      const r = addGoal('p.md', text, { title: 'First', status: 'paused' });
      assert.equal(applyOk(text, r), `${text}\n## Goals\n\n### G1: First\n- status: paused\n`);
    });

    it('still finds the next id when the front matter is invalid but parseable', () => {
      const text = '---\nmentee: A\n---\n## Goals\n### G7: x\n';
      const r = addGoal('p.md', text, { title: 'y' });
      assert.equal(r.ok && r.id, 'G8');
    });

    it('refuses an empty title, a bad status and an impossible target', () => {
      assert.equal(addGoal('p.md', PLAN, { title: ' ' }).ok, false);
      assert.equal(addGoal('p.md', PLAN, { title: 'x', status: 'done' }).ok, false);
      assert.equal(addGoal('p.md', PLAN, { title: 'x', target: '2027-02-29' }).ok, false);
    });
  });

  describe('setGoalStatus', () => {
    it('rewrites only the status value on an existing line, keeping its comment', () => {
      const after = applyOk(PLAN, setGoalStatus('p.md', PLAN, 'G1', 'achieved'));
      assert.equal(
        after.split('\n')[22],
        '- status: achieved                # active | achieved | paused | dropped',
      );
      assert.equal(after.length - PLAN.length, 'achieved'.length - 'active'.length);
      assert.equal(after.replace('status: achieved ', 'status: active '), PLAN);
      assert.equal(parsePlan('p.md', after).plan?.goals[0].status, 'achieved');
    });

    it('adds a status line right under the heading when the goal has none', () => {
      const text =
        '---\nmentee: A\nmentors: [B]\nstarted: 2026-01-01\n---\n## Goals\n### G2: x\n- target: 2027-01-01\n\nText.\n';
      const after = applyOk(text, setGoalStatus('p.md', text, 'g2', 'paused'));
      assert.deepEqual(insertedLines(text, after), [{ index: 7, text: '- status: paused' }]);
      assert.equal(parsePlan('p.md', after).plan?.goals[0].status, 'paused');
    });

    it('makes no edit when the status is already set, and refuses an unknown goal or status', () => {
      assert.deepEqual(editsOf(setGoalStatus('p.md', PLAN, 'G3', 'paused')), []);
      assert.equal(setGoalStatus('p.md', PLAN, 'G2', 'paused').ok, false);
      assert.equal(setGoalStatus('p.md', PLAN, 'G1', 'finished').ok, false);
    });
  });

  describe('putInSection', () => {
    it('appends to an existing section after its last content line', () => {
      const after = applyOk(
        SESSION,
        putInSection(sessionDoc(SESSION), 'notes', 'More talk.\nAnd more.\n', SESSION_SECTIONS),
      );
      const inserted = insertedLines(SESSION, after);
      assert.deepEqual(
        inserted.map((l) => l.text),
        ['', 'More talk.', 'And more.'],
      );
      // The fenced block belongs to Notes (its "## Action items" is code), so the text goes after it.
      assert.equal(inserted[0].index, 20);
    });

    it('creates a missing section in its usual place: after Notes, before Action items', () => {
      const after = applyOk(
        SESSION,
        putInSection(sessionDoc(SESSION), 'Decisions', 'Use a checklist.', SESSION_SECTIONS),
      );
      const names = parseSession('s.md', after).doc.sections.map((s) => s.name);
      assert.deepEqual(names, [
        'Agenda',
        'Notes',
        'Decisions',
        'Action items',
        'Retro corner',
        'Next time',
      ]);
      assert.equal(
        after,
        SESSION.replace(
          '```\n\n## Action items',
          '```\n\n## Decisions\n\nUse a checklist.\n\n## Action items',
        ),
      );
    });

    it('creates a section that comes last in the usual order at the end of the file', () => {
      const text = '---\ndate: 2026-11-23\n---\n## Notes\nn\n';
      const after = applyOk(
        text,
        putInSection(sessionDoc(text), 'Reflection', 'Went well.', SESSION_SECTIONS),
      );
      assert.equal(after, `${text}\n## Reflection\n\nWent well.\n`);
    });

    it('places an unknown section at the end', () => {
      const text = '---\ndate: 2026-11-23\n---\n## Notes\nn\n\n## Next time\n- x\n';
      const after = applyOk(
        text,
        putInSection(sessionDoc(text), 'Links', 'https://example.com', SESSION_SECTIONS),
      );
      assert.equal(after, `${text}\n## Links\n\nhttps://example.com\n`);
    });
  });

  describe('every edit refuses a file that cannot be parsed', () => {
    const cases: [string, string][] = [
      ['conflict-markers.md', 'conflict markers'],
      ['malformed-yaml.md', 'not valid YAML'],
      ['alias-bomb.md', 'aliases'],
      ['duplicate-keys.md', 'Duplicate key'],
      ['unclosed-front-matter.md', 'never closed'],
      ['empty.md', 'empty'],
    ];
    for (const [name, why] of cases) {
      it(`refuses to edit ${name}, naming what is wrong`, () => {
        const text = fixtureText(name);
        const results: [string, EditResult][] = [
          ['setActionItemDone', setActionItemDone('f.md', text, 8, true)],
          ['appendActionItem', appendActionItem('f.md', text, { text: 'x' })],
          ['appendQuestion', appendQuestion('f.md', text, { text: 'x', added: '2026-11-24' })],
          ['setQuestionDone', setQuestionDone('f.md', text, 8, true)],
          ['addGoal', addGoal('f.md', text, { title: 'x' })],
          ['setGoalStatus', setGoalStatus('f.md', text, 'G1', 'active')],
          ['putInSection', putInSection(sessionDoc(text, 'f.md'), 'Notes', 'x', SESSION_SECTIONS)],
          ['setFrontMatterKey', setFrontMatterKeyInText('f.md', text, 'mentee', 'x')],
        ];
        for (const [edit, r] of results) {
          assert.equal(r.ok, false, `${edit} must refuse`);
          if (!r.ok) {
            assert.match(
              r.message,
              /^Not changed, because the file cannot be parsed: f\.md:\d+: /,
              edit,
            );
            assert.ok(r.message.includes(why), `${edit}: ${r.message}`);
            assert.ok(r.problems.length > 0, `${edit} passes the problems on`);
          }
        }
      });
    }
  });
});
