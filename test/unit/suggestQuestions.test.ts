import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { refreshAgenda } from '../../src/core/edits/refreshAgenda';
import type { BankQuestion } from '../../src/core/questionBank/bankQuestion';
import { splitTags } from '../../src/core/questionBank/bankQuestion';
import { BUILTIN_QUESTIONS } from '../../src/core/questionBank/builtinQuestions';
import { TOPIC_TAGS } from '../../src/core/questionBank/rankQuestions';
import {
  MAX_SUGGESTED_QUESTIONS,
  suggestQuestions,
} from '../../src/core/questionBank/suggestQuestions';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import { buildAgenda } from '../../src/core/records/agenda';
import { formatAgenda } from '../../src/core/records/formatAgenda';
import { withAgenda } from '../../src/core/records/newRecords';
import { readRecordDocument } from '../../src/core/records/recordDocument';
import { readRelationship } from '../../src/core/records/relationship';
import type { Topic, TopicKind } from '../../src/core/topics/topic';
import { applyEdits } from '../../src/core/text/textEdit';

/** A topic of a kind with a title (and its own question). */
function topic(kind: TopicKind, title: string, extra: Partial<Topic> = {}): Topic {
  return {
    id: `${kind}:${title}`,
    kind,
    title,
    score: 1,
    evidence: { commits: [], files: [] },
    question: 'What did you take away from it?',
    ...extra,
  };
}

/** A team bank from "question #tag" lines. */
function bank(lines: string[]): BankQuestion[] {
  return lines.map((l) => ({ ...splitTags(l), category: 'team', source: 'team.md' }));
}

const KINDS = Object.keys(TOPIC_TAGS) as TopicKind[];

describe('unit: suggested questions for an agenda', () => {
  it('takes topics and goals in turn, at most three, each with its reason', () => {
    const suggested = suggestQuestions(BUILTIN_QUESTIONS, {
      topics: [
        topic('new-area', 'First work in src/db'),
        topic('tests', 'Tests written alongside code in 3 commits'),
        topic('pairing', 'Paired with Sam Lee (2 commits)'),
      ],
      goals: [{ id: 'G2', title: 'Own the deploy pipeline' }],
    });
    assert.deepEqual(
      suggested.map((q) => q.reason),
      [
        "for the topic 'First work in src/db'",
        'goal G2 is due for review',
        "for the topic 'Tests written alongside code in 3 commits'",
      ],
    );
    assert.deepEqual(suggested[1].for, {
      kind: 'goal',
      id: 'G2',
      title: 'Own the deploy pipeline',
    });
  });

  it('chooses the question whose tags fit the topic', () => {
    const team = bank([
      'What do you want to learn next? #career',
      'How did you decide what to test first? #tests',
    ]);
    const [q] = suggestQuestions(team, {
      topics: [topic('tests', 'Tests in 3 commits')],
      goals: [],
    });
    assert.equal(q.text, 'How did you decide what to test first?');
  });

  it("reads a topic's facets as more tags when its producer gives them", () => {
    const team = bank([
      'What did you learn from the person you paired with? #pairing',
      'What part of this area do you understand best now? #ownership',
    ]);
    const plain = topic('large-change', 'Parser rewrite');
    const faceted: Topic = { ...plain, facets: [{ kind: 'help', text: 'Reviewed by Sam Lee' }] };
    assert.deepEqual(suggestQuestions(team, { topics: [plain], goals: [] }), []);
    assert.equal(
      suggestQuestions(team, { topics: [faceted], goals: [] })[0]?.text,
      'What did you learn from the person you paired with?',
    );
  });

  it('never suggests a closed or leading question, even when it fits best', () => {
    const team = bank([
      "Don't you think you should have written the tests first? #tests #testing",
      'Did the tests catch anything? #tests #testing',
      'How did the tests change the way you wrote the code? #tests',
    ]);
    const suggested = suggestQuestions(team, { topics: [topic('tests', 'Tests')], goals: [] });
    assert.deepEqual(
      suggested.map((q) => q.text),
      ['How did the tests change the way you wrote the code?'],
    );
  });

  it('passes every suggestion through the question checker, for every topic kind', () => {
    for (const kind of KINDS) {
      const suggested = suggestQuestions(BUILTIN_QUESTIONS, {
        topics: [topic(kind, `A ${kind} topic`)],
        goals: [{ id: 'G1', title: 'Grow as a reviewer' }],
      });
      assert.ok(suggested.length > 0, kind);
      for (const q of suggested)
        assert.equal(checkQuestion(q.text), undefined, `${kind}: ${q.text}`);
    }
  });

  it('suggests distinct questions, never one queued already nor a topic’s own question', () => {
    const team = bank([
      'What surprised you in the tests? #tests',
      'How do you choose what to test? #tests',
      'What makes a test worth keeping? #tests',
    ]);
    const suggested = suggestQuestions(team, {
      topics: [
        topic('tests', 'Tests A', { question: 'What surprised you in the tests?' }),
        topic('tests', 'Tests B'),
        topic('tests', 'Tests C'),
      ],
      goals: [],
      recent: ['how do you choose what to test'],
    });
    assert.deepEqual(
      suggested.map((q) => [q.text, q.reason]),
      [['What makes a test worth keeping?', "for the topic 'Tests A'"]],
    );
  });

  it('suggests nothing for a topic or goal no question fits', () => {
    const team = bank(['What is next in your career? #career']);
    assert.deepEqual(
      suggestQuestions(team, {
        topics: [topic('tests', 'Tests')],
        goals: [{ id: 'G1', title: 'Ship the parser' }],
      }),
      [],
    );
  });

  it('is deterministic, distinct and at most three for any topics and goals', () => {
    const arb = fc.record({
      topics: fc.array(
        fc.record({ kind: fc.constantFrom(...KINDS), title: fc.string({ maxLength: 30 }) }),
        { maxLength: 6 },
      ),
      goals: fc.array(fc.record({ id: fc.constantFrom('G1', 'G2', 'G3'), title: fc.string() }), {
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(arb, (input) => {
        const request = {
          topics: input.topics.map((t) => topic(t.kind, t.title)),
          goals: input.goals,
        };
        const a = suggestQuestions(BUILTIN_QUESTIONS, request);
        assert.deepEqual(suggestQuestions(BUILTIN_QUESTIONS, request), a);
        assert.ok(a.length <= MAX_SUGGESTED_QUESTIONS);
        assert.equal(new Set(a.map((q) => q.text.toLowerCase())).size, a.length);
      }),
      { numRuns: 25 },
    );
  });

  describe('in the agenda', () => {
    const rel = readRelationship('alex', [
      {
        path: 'alex/plan.md',
        text: '---\nmentee: Alex\nmentors: [Sam]\nstarted: 2026-01-01\n---\n# Plan\n\n## Goals\n\n### G1: Review migrations with confidence\n- status: active\n',
      },
    ]);
    const team = bank(['What would make you confident reviewing a migration alone? #migration']);

    it('has none without a bank, so callers that pass none keep their agenda', () => {
      assert.deepEqual(buildAgenda(rel, '2026-11-23').suggestedQuestions, []);
    });

    it('lists them under "Suggested questions" after the learning topics, with the reason', () => {
      const agenda = buildAgenda(rel, '2026-11-23', {
        bank: team,
        topics: [topic('new-area', 'First work in db/*')],
      });
      const md = formatAgenda(agenda);
      assert.ok(md.indexOf('### Learning topics') < md.indexOf('### Suggested questions'), md);
      assert.match(
        md,
        /### Suggested questions\n- What would make you confident reviewing a migration alone\? \(goal G1 is due for review\)/,
      );
    });

    it('escapes a topic title in the reason, as the topics list does', () => {
      const agenda = buildAgenda(rel, '2026-11-23', {
        bank: bank(['What did you learn in this area? #new-area']),
        topics: [topic('new-area', 'First work in *db*')],
      });
      assert.match(formatAgenda(agenda), /\(for the topic 'First work in \\\*db\\\*'\)/);
    });

    it('re-preparing replaces the generated suggestions and keeps a line the person added', () => {
      const log = '---\ndate: 2026-11-23\n---\n# Session 2026-11-23\n\n## Agenda\n\n## Notes\n';
      const first = formatAgenda(buildAgenda(rel, '2026-11-23', { bank: team }));
      const prepared = withAgenda(log, first).replace(
        '(goal G1 is due for review)',
        '(goal G1 is due for review)\n- My own question for Alex?',
      );
      const other = bank(['What would you check first in a migration? #migration #review']);
      const second = formatAgenda(buildAgenda(rel, '2026-11-23', { bank: other }));
      const r = refreshAgenda(
        readRecordDocument('s.md', prepared, { frontMatter: 'required' }),
        second,
      );
      assert.ok(r.ok);
      const text = applyEdits(prepared, r.edits);
      assert.ok(
        text.includes('- What would you check first in a migration? (goal G1 is due for review)'),
        text,
      );
      assert.ok(!text.includes('confident reviewing a migration alone'), text);
      assert.ok(text.includes('- My own question for Alex?'), text);
      assert.equal(text.match(/### Suggested questions/g)?.length, 1, text);
    });
  });
});
