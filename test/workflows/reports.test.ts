import * as assert from 'node:assert/strict';
import { progressReportFor, teamReportFor } from '../../src/workflows/reports';
import { commit, history } from '../support/historyBuilder';
import { FakeGit, fakePorts, FakeRecords, PLAN, session } from './fakePorts';

const records = () =>
  new FakeRecords({
    'alex/plan.md': PLAN,
    'alex/sessions/2026-11-09.md': session('2026-11-09', ['- [x] Write the ADR @alex']).replace(
      '## Notes\n',
      '## Reflection\n\nI learned to ask for review early.\n\n## Notes\n',
    ),
    'sam/plan.md': PLAN.replace('Alex Rivera', 'Sam Lee'),
  });

describe('workflows: reports', () => {
  it('reports the 90 days up to today by default, with the session texts it reads', async () => {
    const outcome = await progressReportFor(
      { slug: 'alex', topics: { from: 'none' } },
      fakePorts(records()),
    );
    assert.ok(outcome.ok);
    assert.equal(outcome.value.since, '2026-08-26');
    assert.equal(outcome.value.until, '2026-11-23');
    assert.equal(outcome.value.saveAs, 'alex/reports/2026-11-23-progress.md');
    assert.match(outcome.value.markdown, /Write the ADR/);
    assert.match(outcome.value.markdown, /I learned to ask for review early/);
  });

  it('reads the learning topics of the period from git when asked', async () => {
    const git = new FakeGit().answer(history([commit({ n: 1, files: ['src/billing/a.ts'] })]));
    const outcome = await progressReportFor(
      { slug: 'alex', since: '2026-11-01', until: '2026-11-20', topics: { from: 'git' } },
      fakePorts(records(), git),
    );
    assert.ok(outcome.ok);
    assert.equal(git.queries[0].since, '2026-11-01');
    assert.equal(git.queries[0].until, '2026-11-20');
    assert.ok(outcome.value.model.topics.length > 0);
  });

  it('refuses a period that ends before it starts, or an impossible date', async () => {
    for (const [since, until] of [
      ['2026-11-20', '2026-11-01'],
      ['2026-02-30', '2026-03-01'],
    ]) {
      const outcome = await progressReportFor(
        { slug: 'alex', since, until, topics: { from: 'none' } },
        fakePorts(records()),
      );
      assert.ok(!outcome.ok);
      assert.equal(outcome.failure.kind, 'refused');
    }
  });

  it('builds the team report over every relationship of every records root given', async () => {
    const other = new FakeRecords({ 'kim/plan.md': PLAN.replace('Alex Rivera', 'Kim Park') });
    const outcome = await teamReportFor(
      {},
      { records: [records(), other], clock: { today: () => '2026-11-23' } },
    );
    assert.ok(outcome.ok);
    assert.equal(outcome.value.model.relationships.length, 3);
    assert.doesNotMatch(outcome.value.markdown, /I learned/);
  });
});
