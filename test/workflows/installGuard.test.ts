import * as assert from 'node:assert/strict';
import { installGuard } from '../../src/workflows/installGuard';
import { FakeGit } from './fakePorts';

describe('workflows: install guard', () => {
  it('installs the hook with the command, and says when it was there already', async () => {
    const git = new FakeGit();
    const first = await installGuard({ command: 'mentoring-journal validate --staged' }, { git });
    const again = await installGuard({ command: 'mentoring-journal validate --staged' }, { git });
    assert.ok(first.ok && again.ok);
    assert.equal(first.value.alreadyInstalled, false);
    assert.equal(again.value.alreadyInstalled, true);
    assert.deepEqual(git.guards, [
      'mentoring-journal validate --staged',
      'mentoring-journal validate --staged',
    ]);
  });

  it('refuses where git may not run, and a command of more than one line, installing nothing', async () => {
    const git = new FakeGit();
    const multi = await installGuard({ command: 'ok\nrm -rf /' }, { git });
    assert.ok(!multi.ok);
    git.unavailableBecause = 'Install Pre-commit Guard needs git.';
    const untrusted = await installGuard({ command: 'x' }, { git });
    assert.ok(!untrusted.ok);
    assert.equal(untrusted.failure.message, 'Install Pre-commit Guard needs git.');
    assert.deepEqual(git.guards, []);
  });
});
