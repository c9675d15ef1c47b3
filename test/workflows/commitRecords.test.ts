import * as assert from 'node:assert/strict';
import {
  commitChosen,
  recordsToCommit,
  suggestCommitMessage,
} from '../../src/workflows/commitRecords';
import type { RecordChange } from '../../src/workflows/ports';
import { FakeGit, fakePorts, FakeRecords, PLAN } from './fakePorts';

const change = (rootRelative: string, status: RecordChange['status'] = 'untracked') => ({
  path: `mentoring/${rootRelative}`,
  rootRelative,
  status,
});

describe('workflows: commit records', () => {
  it('lists the changed records (or those asked for) after putting the private rule back', async () => {
    const git = new FakeGit();
    git.changes = [change('alex/sessions/2026-11-23.md'), change('alex/plan.md', 'modified')];
    const records = new FakeRecords({ 'alex/plan.md': PLAN, '.gitignore': '*.tmp\n' });
    const all = await recordsToCommit({}, fakePorts(records, git));
    assert.ok(all.ok);
    assert.equal(all.value.changes.length, 2);
    assert.equal(all.value.restoredRule, true);
    const some = await recordsToCommit({ paths: ['alex/plan.md'] }, fakePorts(records, git));
    assert.ok(some.ok);
    assert.deepEqual(some.value.changes, [change('alex/plan.md', 'modified')]);
    assert.equal(some.value.restoredRule, false);
  });

  it("suggests the message from the team's commitMessage template", async () => {
    const ports = fakePorts(new FakeRecords(), new FakeGit(), {
      commitMessage: 'records({slug}): {summary}',
    });
    const outcome = await suggestCommitMessage([change('alex/sessions/2026-11-23.md')], ports);
    assert.ok(outcome.ok);
    assert.equal(outcome.value, 'records(alex): session 2026-11-23');
  });

  it('commits the chosen records with the trimmed message, and refuses an empty one', async () => {
    const git = new FakeGit();
    const ports = fakePorts(new FakeRecords(), git);
    const chosen = [change('alex/plan.md', 'modified')];
    assert.ok(!(await commitChosen({ changes: chosen, message: '  ' }, ports)).ok);
    const outcome = await commitChosen({ changes: chosen, message: ' plan \n' }, ports);
    assert.ok(outcome.ok);
    assert.deepEqual(git.commits, [{ paths: ['mentoring/alex/plan.md'], message: 'plan' }]);
  });

  it("says a hook refused, keeping the hook's output for the log", async () => {
    const git = new FakeGit();
    git.commitFails = { kind: 'hook-failed', message: 'hook', output: 'private note staged\nmore' };
    const outcome = await commitChosen(
      { changes: [change('alex/plan.md')], message: 'm' },
      fakePorts(new FakeRecords(), git),
    );
    assert.ok(!outcome.ok);
    assert.match(outcome.failure.message, /A git hook refused the commit.*private note staged$/);
    assert.equal(outcome.failure.detail, 'private note staged\nmore');
  });

  it('refuses where git may not run', async () => {
    const git = new FakeGit();
    git.unavailableBecause = 'Commit Mentoring Records needs git.';
    const outcome = await recordsToCommit({}, fakePorts(new FakeRecords(), git));
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.kind, 'refused');
  });
});
