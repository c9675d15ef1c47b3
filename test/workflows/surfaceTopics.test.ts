import * as assert from 'node:assert/strict';
import { surfaceTopics } from '../../src/workflows/surfaceTopics';
import { commit, history } from '../support/historyBuilder';
import { FakeGit, fakePorts, FakeRecords, PLAN, session } from './fakePorts';

describe('workflows: surface topics', () => {
  it('reads since the last session by its recorded HEAD and says so', async () => {
    const s = session('2026-11-09').replace('attendees:', 'head: 1234567abcdef\nattendees:');
    const records = new FakeRecords({ 'alex/plan.md': PLAN, 'alex/sessions/2026-11-09.md': s });
    const git = new FakeGit().answer(
      history([commit({ n: 1, files: ['src/a.ts'] })], {
        range: { since: '2026-11-09', until: '2026-11-23', fromSha: '1234567abcdef' },
      }),
    );
    const outcome = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(outcome.ok);
    assert.equal(git.queries[0].sinceHead, '1234567abcdef');
    assert.equal(outcome.value.basis, 'since the last session (1234567)');
    assert.equal(outcome.value.repository, '/repo');
  });

  it("never makes the records root's own folder a topic", async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const git = new FakeGit().answer(
      history([
        commit({
          n: 1,
          files: ['mentoring/alex/sessions/2026-11-09.md', 'mentoring/alex/plan.md'],
        }),
      ]),
    );
    const outcome = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(outcome.ok);
    assert.ok(outcome.value.topics.every((t) => !JSON.stringify(t).includes('mentoring/')));
  });

  it('reads the authors given, over the last 30 days, without a relationship', async () => {
    const git = new FakeGit().answer(history([]));
    const outcome = await surfaceTopics(
      { authors: ['kim@example.com'], range: {} },
      fakePorts(new FakeRecords(), git),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(git.queries[0], {
      authors: ['kim@example.com'],
      sinceHead: undefined,
      since: '2026-10-24',
      until: '2026-11-23',
      includeMerges: undefined,
    });
  });

  it('refuses where git may not run, and a plan that names nobody to read', async () => {
    const git = new FakeGit();
    git.unavailableBecause = 'Surface Learning Topics needs git.';
    const refused = await surfaceTopics(
      { slug: 'alex', range: {} },
      fakePorts(new FakeRecords({ 'alex/plan.md': PLAN }), git),
    );
    assert.ok(!refused.ok);
    assert.deepEqual(refused.failure, {
      kind: 'refused',
      message: 'Surface Learning Topics needs git.',
    });
    const nobody = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(new FakeRecords()));
    assert.ok(!nobody.ok);
    assert.equal(nobody.failure.kind, 'refused');
    assert.equal(nobody.failure.file, 'alex/plan.md');
  });

  it('tells a cancelled read from a failed one', async () => {
    const git = new FakeGit();
    git.history = { ok: false, cancelled: true, message: 'Cancelled.' };
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const cancelled = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(!cancelled.ok);
    assert.equal(cancelled.failure.kind, 'cancelled');
    git.history = { ok: false, cancelled: false, message: 'bad revision' };
    const failed = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(!failed.ok);
    assert.equal(failed.failure.kind, 'git');
  });
});
