import * as assert from 'node:assert/strict';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import type { TopicKind } from '../../src/core/topics/topic';
import { QUESTION_TEMPLATES, questionFor } from '../../src/core/topics/topicQuestions';

const KINDS: TopicKind[] = [
  'area',
  'new-area',
  'new-language',
  'new-dependency',
  'build-or-ci',
  'rework',
  'revert',
  'large-change',
  'tests',
  'pairing',
  'goal',
];

describe('topics: questions for topics', () => {
  it('has two or three open questions for every kind', () => {
    for (const [kind, variants] of Object.entries(QUESTION_TEMPLATES)) {
      assert.ok(variants.length >= 2 && variants.length <= 3, kind);
      for (const template of variants) {
        assert.match(template, /^(How|What|Why|Where|Which|Who|Tell me)\b/, template);
        assert.ok(template.endsWith('?'), template);
        assert.ok(template.includes('{s}'), template);
      }
    }
  });

  it('passes every question through the question checker as open', () => {
    for (const variants of Object.values(QUESTION_TEMPLATES)) {
      for (const template of variants) {
        const question = template.split('{s}').join('src/db');
        assert.equal(checkQuestion(question), undefined, question);
      }
    }
  });

  it('names the subject and picks the same variant for the same id', () => {
    for (const kind of KINDS) {
      const topic = { id: `${kind}:x`, kind, subject: 'src/db' };
      assert.ok(questionFor(topic).includes('src/db'), kind);
      assert.equal(questionFor(topic), questionFor({ ...topic }));
    }
  });

  it('uses more than one variant across ids', () => {
    const asked = new Set(
      Array.from({ length: 30 }, (_, i) =>
        questionFor({ id: `area:d${i}`, kind: 'area', subject: 'x' }),
      ),
    );
    assert.equal(asked.size, QUESTION_TEMPLATES.area.length);
  });

  it('asks how the mentee knows it works when tests are missing', () => {
    const without = questionFor({ id: 'tests:without', kind: 'tests', subject: 'src/db' });
    assert.ok(
      QUESTION_TEMPLATES['tests-without'].some((t) => t.split('{s}').join('src/db') === without),
    );
  });

  it('speaks of the kind in general when there is no subject', () => {
    const question = questionFor({ id: 'new-dependency:x', kind: 'new-dependency' });
    assert.ok(question.includes('this dependency'), question);
  });

  it('keeps "$&" and similar text in a subject as it is', () => {
    assert.ok(questionFor({ id: 'area:x', kind: 'area', subject: "$&$'$`" }).includes("$&$'$`"));
  });
});
