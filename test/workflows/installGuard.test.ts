import * as assert from 'node:assert/strict';
import { installGuard } from '../../src/workflows/installGuard';
import { FakeGit } from './fakePorts';

describe('workflows: install guard', () => {
  it('installs the hook for the records root, keeps every root, and says when it was there already', async () => {
    const git = new FakeGit();
    const first = await installGuard({ rootName: 'mentoring' }, { git });
    const again = await installGuard({ rootName: 'records' }, { git });
    assert.ok(first.ok && again.ok);
    assert.equal(first.value.alreadyInstalled, false);
    assert.equal(again.value.alreadyInstalled, true);
    assert.deepEqual(again.value.roots, ['mentoring', 'records']);
    assert.deepEqual(
      git.guards.map((g) => [g.rootName, g.command, g.allowOutsideRepository]),
      [
        ['mentoring', undefined, false],
        ['records', undefined, false],
      ],
    );
  });

  it('refuses where git may not run, and a command of more than one line, installing nothing', async () => {
    const git = new FakeGit();
    const multi = await installGuard({ rootName: 'mentoring', command: 'ok\nrm -rf /' }, { git });
    assert.ok(!multi.ok);
    git.unavailableBecause = 'Install Pre-commit Guard needs git.';
    const untrusted = await installGuard({ rootName: 'mentoring', command: 'x' }, { git });
    assert.ok(!untrusted.ok);
    assert.equal(untrusted.failure.message, 'Install Pre-commit Guard needs git.');
    assert.deepEqual(git.guards, []);
  });

  it('writes into a hooks folder outside the repository only when the user allowed it', async () => {
    const git = new FakeGit();
    git.hooksOutside = true;
    const refused = await installGuard({ rootName: 'mentoring' }, { git });
    assert.ok(!refused.ok);
    assert.equal(refused.failure.kind, 'refused');
    assert.deepEqual(git.guards, []);
    const allowed = await installGuard({ rootName: 'mentoring', allowOutsideRepository: true }, { git });
    assert.ok(allowed.ok);
  });
});
