import * as assert from 'node:assert/strict';
import { splitTags } from '../../src/core/questionBank/bankQuestion';
import { BUILTIN_QUESTIONS } from '../../src/core/questionBank/builtinQuestions';
import { BUILTIN_CATEGORIES } from '../../src/core/questionBank/categories';
import { parseQuestionBank } from '../../src/core/questionBank/parseQuestionBank';
import { normalQuestion, questionBank } from '../../src/core/questionBank/questionBank';
import { questionForSession } from '../../src/core/questionBank/questionForSession';
import { rankQuestions } from '../../src/core/questionBank/rankQuestions';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import type { Topic } from '../../src/core/topics/topic';

const GOALS = [{ id: 'G1', title: 'Review database migrations with confidence' }];

const REVERT: Topic = {
  id: 'revert:3f2c1a9',
  kind: 'revert',
  title: 'Reverted "Add index"',
  score: 5,
  evidence: { commits: ['3f2c1a9'], files: [] },
  question: 'What happened?',
};

describe('unit: question bank', () => {
  describe('the built-in bank', () => {
    it('has at least 250 questions in nineteen categories, at least twelve in each', () => {
      assert.ok(BUILTIN_QUESTIONS.length >= 250, `${BUILTIN_QUESTIONS.length}`);
      assert.deepEqual(
        BUILTIN_CATEGORIES.map((c) => c.id),
        [
          'grow-goal',
          'grow-reality',
          'grow-options',
          'grow-will',
          'career',
          'technical-growth',
          'code-review-feedback',
          'wellbeing-workload',
          'relationship',
          'reverse-peer',
          'psychological-safety',
          'self-doubt',
          'levels-promotion',
          'feedback-sbi',
          'goal-setting',
          'onboarding',
          'incidents',
          'sponsorship-visibility',
          'group-peer',
        ],
      );
      for (const c of BUILTIN_CATEGORIES) {
        const n = BUILTIN_QUESTIONS.filter((q) => q.category === c.id).length;
        assert.ok(n >= 12, `${c.id}: ${n}`);
      }
    });

    it('holds only open questions, by its own checker (not even a factual hint)', () => {
      for (const q of BUILTIN_QUESTIONS) assert.equal(checkQuestion(q.text), undefined, q.text);
    });

    it('asks one thing at a time: no question stacks a second one after "?"', () => {
      for (const q of BUILTIN_QUESTIONS) assert.equal(q.text.split('?').length, 2, q.text);
    });

    it('judges nobody: no "why didn\'t you", "always", "never", "should have" or "actually"', () => {
      for (const q of BUILTIN_QUESTIONS)
        assert.doesNotMatch(
          q.text,
          /why didn't you|\balways\b|\bnever\b|should have|actually/i,
          q.text,
        );
    });

    it('tags every question, in lower case without "#", and asks nothing twice', () => {
      for (const q of BUILTIN_QUESTIONS) {
        assert.ok(q.tags.length > 0, q.text);
        for (const t of q.tags) assert.match(t, /^[a-z0-9-]+$/, q.text);
        assert.ok(q.text.endsWith('?') && !q.text.includes('#'), q.text);
      }
      assert.equal(
        new Set(BUILTIN_QUESTIONS.map((q) => normalQuestion(q.text))).size,
        BUILTIN_QUESTIONS.length,
      );
    });

    it('covers the topic kinds the ranking asks for', () => {
      const tags = new Set(BUILTIN_QUESTIONS.flatMap((q) => q.tags));
      for (const t of [
        'revert',
        'rework',
        'new-area',
        'new-language',
        'new-dependency',
        'build-or-ci',
        'testing',
        'migration',
        'promotion',
        'stress',
        'ownership',
        'learning',
        'design',
      ])
        assert.ok(tags.has(t), t);
    });
  });

  describe('tags', () => {
    it('takes the #words at the end of a line as tags', () => {
      assert.deepEqual(splitTags('What did you learn? #Learning #growth  '), {
        text: 'What did you learn?',
        tags: ['learning', 'growth'],
      });
    });

    it('keeps a "#" inside the question as text', () => {
      assert.deepEqual(splitTags('What did issue #12 teach you? #bugs'), {
        text: 'What did issue #12 teach you?',
        tags: ['bugs'],
      });
      assert.deepEqual(splitTags('How is C# going?'), { text: 'How is C# going?', tags: [] });
    });
  });

  describe('a team bank file', () => {
    it('takes its category from the file name and reads list and task items with tags', () => {
      const bank = parseQuestionBank(
        'templates/questions/on-call.md',
        '# On-call\n\n- What did the last page teach you? #on-call #incident\n* [ ] How do you hand over a shift?\n\n```\n- Not a question, an example\n```\n',
      );
      assert.deepEqual(bank.category, { id: 'on-call', label: 'On call' });
      assert.deepEqual(
        bank.questions.map((q) => [q.text, q.tags, q.category, q.source]),
        [
          [
            'What did the last page teach you?',
            ['on-call', 'incident'],
            'on-call',
            'templates/questions/on-call.md',
          ],
          ['How do you hand over a shift?', [], 'on-call', 'templates/questions/on-call.md'],
        ],
      );
      assert.deepEqual(bank.problems, []);
    });

    it('takes category and title from the front matter', () => {
      const bank = parseQuestionBank(
        'templates/questions/x.md',
        '---\ncategory: career\ntitle: Career (ours)\n---\n- What would you like to lead next? #leadership\n',
      );
      assert.deepEqual(bank.category, { id: 'career', label: 'Career (ours)' });
      assert.equal(bank.questions[0].category, 'career');
    });

    it('hints at closed and leading questions, with an open rewrite', () => {
      const bank = parseQuestionBank(
        'templates/questions/x.md',
        "- Did the migration go well?\n- Don't you think it's slow?\n- #tagonly\n",
      );
      assert.deepEqual(
        bank.problems.map((p) => [p.line, p.severity, p.code]),
        [
          [1, 'hint', 'closed-question'],
          [2, 'hint', 'leading-question'],
          [3, 'warning', 'empty-question'],
        ],
      );
      assert.match(bank.problems[0].message, /How did the migration go\?/);
      assert.equal(bank.questions.length, 2, 'flagged questions are still listed');
    });

    it('locates a bad category and warns about a bank without questions', () => {
      const bank = parseQuestionBank(
        'templates/questions/x.md',
        '---\ncategory: Not Valid\n---\nText\n',
      );
      assert.deepEqual(
        bank.problems.map((p) => [p.line, p.severity, p.code]),
        [
          [2, 'error', 'invalid-value'],
          [1, 'warning', 'empty-bank'],
        ],
      );
    });
  });

  describe('merging', () => {
    const team = [
      parseQuestionBank(
        'templates/questions/zz-on-call.md',
        '- What did the last page teach you? #on-call\n',
      ),
      parseQuestionBank(
        'templates/questions/aa-guild.md',
        '- What would you present at the guild? #visibility\n',
      ),
      parseQuestionBank(
        'templates/questions/career.md',
        '---\ntitle: Careers\n---\n- where would you like to be in two or three years #horizon\n- What would you like to lead next? #leadership\n',
      ),
    ];

    it('adds team categories after the built-in ones, by id, and relabels by title', () => {
      const bank = questionBank(team);
      assert.deepEqual(
        bank.categories.slice(-2).map((c) => c.id),
        ['aa-guild', 'zz-on-call'],
      );
      assert.equal(bank.categories.find((c) => c.id === 'career')?.label, 'Careers');
    });

    it('keeps a question asked twice once, with both tag lists, and groups by category', () => {
      const bank = questionBank(team);
      const horizon = bank.questions.filter(
        (q) =>
          normalQuestion(q.text) ===
          normalQuestion('Where would you like to be in two or three years?'),
      );
      assert.equal(horizon.length, 1);
      assert.deepEqual(horizon[0].tags, ['career', 'goal', 'horizon']);
      assert.equal(bank.questions.length, BUILTIN_QUESTIONS.length + 3);
      const careers = bank.questions.filter((q) => q.category === 'career');
      assert.equal(careers.at(-1)?.text, 'What would you like to lead next?');
      assert.equal(bank.questions.at(-1)?.category, 'zz-on-call');
    });

    it('does not change the built-in bank when merging', () => {
      const before = JSON.stringify(BUILTIN_QUESTIONS);
      questionBank(team);
      assert.equal(JSON.stringify(BUILTIN_QUESTIONS), before);
    });
  });

  describe('ranking', () => {
    it("puts questions about a goal's words first", () => {
      const [first] = rankQuestions(BUILTIN_QUESTIONS, { goals: GOALS });
      assert.ok(first.tags.includes('migration'), first.text);
      assert.ok(first.score > 0);
      assert.ok(first.matched.includes('#migration'), first.matched.join());
    });

    it("puts questions tagged with a topic's kind first", () => {
      const ranked = rankQuestions(BUILTIN_QUESTIONS, { topics: [REVERT] });
      assert.ok(ranked[0].tags.includes('revert'), ranked[0].text);
    });

    it('keeps the bank order among equals, so the ranking is the same every time', () => {
      const ranked = rankQuestions(BUILTIN_QUESTIONS, {});
      assert.deepEqual(
        ranked.map((q) => q.text),
        BUILTIN_QUESTIONS.map((q) => q.text),
      );
      assert.deepEqual(
        rankQuestions(BUILTIN_QUESTIONS, { goals: GOALS }),
        rankQuestions(BUILTIN_QUESTIONS, { goals: GOALS }),
      );
    });

    it('filters by category and puts recently asked questions last', () => {
      const recent = 'how will you know you’ve made real progress on this goal';
      const ranked = rankQuestions(BUILTIN_QUESTIONS, {
        category: 'grow-goal',
        goals: GOALS,
        recent: [recent],
      });
      assert.ok(ranked.every((q) => q.category === 'grow-goal'));
      assert.equal(ranked.at(-1)?.recent, true);
      assert.equal(normalQuestion(ranked.at(-1)?.text ?? ''), normalQuestion(recent));
    });
  });

  describe('a question for this session', () => {
    it('picks the same question for the same seed, one that fits the context', () => {
      const a = questionForSession(BUILTIN_QUESTIONS, { goals: GOALS }, '2026-11-23');
      const b = questionForSession(BUILTIN_QUESTIONS, { goals: GOALS }, '2026-11-23');
      assert.deepEqual(a, b);
      assert.ok(a && a.score > 0, a?.text);
    });

    it('varies with the seed and picks from the whole bank when nothing fits', () => {
      const picks = new Set(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
          (s) => questionForSession(BUILTIN_QUESTIONS, {}, s)?.text,
        ),
      );
      assert.ok(picks.size > 1);
    });

    it('never picks a recent question, and gives nothing for an empty bank', () => {
      const only = BUILTIN_QUESTIONS.slice(0, 2);
      for (const seed of [1, 2, 3, 4, 5])
        assert.equal(
          questionForSession(only, { recent: [only[0].text] }, seed)?.text,
          only[1].text,
        );
      assert.equal(questionForSession([], {}, 1), undefined);
    });
  });
});
