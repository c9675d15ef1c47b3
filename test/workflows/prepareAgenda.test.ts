import * as assert from 'node:assert/strict';
import { insertAgenda, prepareAgenda } from '../../src/workflows/prepareAgenda';
import { commit, history } from '../support/historyBuilder';
import { FakeGit, fakePorts, FakeRecords, PLAN, session } from './fakePorts';

describe('workflows: prepare agenda', () => {
  const withItem = () =>
    new FakeRecords({
      'alex/plan.md': PLAN,
      'alex/questions.md':
        '# Questions\n\n- [ ] How do you size a story? (added 2026-11-10 by @alex)\n',
      'alex/sessions/2026-11-09.md': session('2026-11-09', ['- [ ] Write the ADR @alex']),
    });

  it('builds the agenda of carried items, queued questions and topics, with the carries limit', async () => {
    const git = new FakeGit().answer(history([commit({ n: 1, files: ['src/billing/a.ts'] })]));
    const outcome = await prepareAgenda(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'git' } },
      fakePorts(withItem(), git, { 'agenda.maxCarries': 1 }),
    );
    assert.ok(outcome.ok);
    const { agenda, markdown } = outcome.value;
    assert.equal(agenda.carriedActions.length, 1);
    assert.equal(agenda.carriedActions[0].decide, false, 'carried 0 times');
    assert.equal(agenda.questions.length, 1);
    assert.match(markdown, /Write the ADR/);
    assert.match(markdown, /How do you size a story\?/);
    assert.ok(agenda.topics.length > 0);
  });

  it('uses the topics kept from earlier where git may not run', async () => {
    const git = new FakeGit();
    git.unavailableBecause = 'untrusted';
    const first = await prepareAgenda(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'git' } },
      fakePorts(
        withItem(),
        new FakeGit().answer(history([commit({ n: 1, files: ['src/billing/a.ts'] })])),
      ),
    );
    assert.ok(first.ok);
    const outcome = await prepareAgenda(
      {
        slug: 'alex',
        date: '2026-11-23',
        topics: { from: 'git', kept: first.value.agenda.topics },
      },
      fakePorts(withItem(), git),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.agenda.topics, first.value.agenda.topics);
    assert.equal(git.queries.length, 0);
  });

  it("inserts into the Agenda section of the date's session log and touches nothing else", async () => {
    const records = withItem();
    const before = session('2026-11-23');
    records.files.set('alex/sessions/2026-11-23.md', before);
    const outcome = await insertAgenda(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(
      { file: outcome.value.file, created: outcome.value.created },
      { file: 'alex/sessions/2026-11-23.md', created: false },
    );
    const after = records.files.get('alex/sessions/2026-11-23.md')!;
    const agendaSection = after.slice(after.indexOf('## Agenda'), after.indexOf('## Notes'));
    assert.match(agendaSection, /Write the ADR/);
    assert.equal(
      after.replace(/## Agenda\n[\s\S]*?## Notes/, ''),
      before.replace(/## Agenda\n[\s\S]*?## Notes/, ''),
    );
  });

  it('creates the session log, pre-filled with the agenda, when the date has none', async () => {
    const records = withItem();
    const outcome = await insertAgenda(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(
      { file: outcome.value.file, created: outcome.value.created },
      { file: 'alex/sessions/2026-11-23.md', created: true },
    );
    assert.match(records.files.get('alex/sessions/2026-11-23.md')!, /Write the ADR/);
  });

  it('refuses to insert into a session log that cannot be parsed, leaving it as it was', async () => {
    const records = withItem();
    const broken = '---\ndate: [2026-11-23\n---\n# Session\n\n## Agenda\n';
    records.files.set('alex/sessions/2026-11-23.md', broken);
    const outcome = await insertAgenda(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.kind, 'unparsable');
    assert.equal(records.files.get('alex/sessions/2026-11-23.md'), broken);
  });
});
