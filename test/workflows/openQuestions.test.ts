import * as assert from 'node:assert/strict';
import { rankQuestions } from '../../src/core/questionBank/rankQuestions';
import { openQuestions } from '../../src/workflows/openQuestions';
import { fakePorts, FakeRecords, PLAN } from './fakePorts';

describe('workflows: open questions', () => {
  const records = () =>
    new FakeRecords({
      'alex/plan.md': `${PLAN}\n### G1: Review database migrations\n- status: active\n\n### G2: Old goal\n- status: dropped\n`,
      'alex/questions.md':
        '# Questions for next time\n\n- [ ] What would make a migration review feel safe? (added 2026-11-01)\n',
      'templates/questions/onboarding.md':
        '- What surprised you most in your first week? #onboarding\n',
    });

  it("adds the team's bank to the built-in one", async () => {
    const outcome = await openQuestions({}, fakePorts(records()));
    assert.ok(outcome.ok);
    const team = outcome.value.bank.questions.filter((q) => q.source !== 'built-in');
    assert.deepEqual(
      team.map((q) => [q.text, q.category]),
      [['What surprised you most in your first week?', 'onboarding']],
    );
    assert.deepEqual(outcome.value.context, {});
  });

  it("gives a relationship's active goals and queued questions as the ranking context", async () => {
    const outcome = await openQuestions({ slug: 'alex' }, fakePorts(records()));
    assert.ok(outcome.ok);
    const { context, bank } = outcome.value;
    assert.deepEqual(
      context.goals?.map((g) => g.id),
      ['G1'],
    );
    assert.deepEqual(context.recent, ['What would make a migration review feel safe?']);
    const ranked = rankQuestions(bank.questions, context);
    assert.ok(ranked.length > 0 && ranked[0].score >= ranked[ranked.length - 1].score);
  });
});
