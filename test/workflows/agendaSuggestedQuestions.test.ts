import * as assert from 'node:assert/strict';
import { checkQuestion } from '../../src/core/questionCheck/checkQuestion';
import { newSession } from '../../src/workflows/newSession';
import { insertAgenda, prepareAgenda } from '../../src/workflows/prepareAgenda';
import { commit, history } from '../support/historyBuilder';
import { FakeGit, fakePorts, FakeRecords, PLAN, session } from './fakePorts';

/** The plan with one goal, up for review because no session has touched it yet. */
const PLAN_WITH_GOAL = `${PLAN}### G1: Own the billing service\n- status: active\n`;

/** A team bank whose question fits a first piece of work in a new area. */
const TEAM_BANK =
  '- What did you read first to find your way around the new code? #new-area #learning #billing\n';
const TEAM_QUESTION = 'What did you read first to find your way around the new code?';

/** Records with the plan, the team bank and the given extra files. */
const records = (extra: Record<string, string> = {}) =>
  new FakeRecords({
    'alex/plan.md': PLAN_WITH_GOAL,
    'templates/questions/onboarding-code.md': TEAM_BANK,
    ...extra,
  });

/** Git answering with a first commit in src/billing, which makes a new-area topic. */
const git = () => new FakeGit().answer(history([commit({ n: 1, files: ['src/billing/a.ts'] })]));

describe('workflows: the suggested questions of an agenda', () => {
  it("prepareAgenda suggests open questions for the topics and goals, from the team's bank too", async () => {
    const outcome = await prepareAgenda(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'git' } },
      fakePorts(records(), git()),
    );
    assert.ok(outcome.ok);
    const { agenda, markdown } = outcome.value;
    const first = agenda.topics[0];
    assert.ok(first, 'a topic from the commit');
    assert.deepEqual(agenda.suggestedQuestions.map((q) => [q.text, q.reason]).slice(0, 1), [
      [TEAM_QUESTION, `for the topic '${first.title}'`],
    ]);
    assert.ok(agenda.suggestedQuestions.some((q) => q.reason === 'goal G1 is due for review'));
    assert.ok(agenda.suggestedQuestions.length <= 3);
    for (const q of agenda.suggestedQuestions) assert.equal(checkQuestion(q.text), undefined);
    assert.match(markdown, /### Suggested questions\n- What did you read first/);
  });

  it('newSession writes them into the Agenda section of the log it creates', async () => {
    const recs = records();
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'git' } },
      fakePorts(recs, git()),
    );
    assert.ok(outcome.ok);
    const text = recs.files.get(outcome.value.file)!;
    const agenda = text.slice(text.indexOf('## Agenda'), text.indexOf('## Notes'));
    assert.match(agenda, /### Suggested questions\n/);
    assert.ok(agenda.includes(`- ${TEAM_QUESTION} (for the topic '`), agenda);
    assert.ok(agenda.includes('(goal G1 is due for review)'), agenda);
  });

  it('preparing again after the question was queued replaces the suggestion, once', async () => {
    const recs = records({ 'alex/sessions/2026-11-23.md': session('2026-11-23') });
    const request = { slug: 'alex', date: '2026-11-23', topics: { from: 'git' as const } };
    assert.ok((await insertAgenda(request, fakePorts(recs, git()))).ok);
    recs.files.set('alex/questions.md', `# Questions\n\n- [ ] ${TEAM_QUESTION}\n`);
    assert.ok((await insertAgenda(request, fakePorts(recs, git()))).ok);
    const text = recs.files.get('alex/sessions/2026-11-23.md')!;
    assert.equal(text.match(/### Suggested questions/g)?.length, 1, text);
    const suggested = text.slice(text.indexOf('### Suggested questions'));
    assert.ok(!suggested.split('\n### ')[0].includes(TEAM_QUESTION), text);
  });

  it('suggests none when the topics and goals are absent', async () => {
    const outcome = await prepareAgenda(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(new FakeRecords({ 'alex/plan.md': PLAN })),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.agenda.suggestedQuestions, []);
    assert.doesNotMatch(outcome.value.markdown, /Suggested questions/);
  });
});
