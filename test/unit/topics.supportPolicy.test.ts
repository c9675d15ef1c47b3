// Support policy as one story: dropping one runtime version and, months later, the other
// end-of-life ones is one conversation ("how do we decide what to support?"), not two topics.
import * as assert from 'node:assert/strict';
import { groupStories } from '../../src/core/topics/groupStories';
import { supportedRuntime } from '../../src/core/topics/supportedRuntime';
import { commit, sha } from '../support/historyBuilder';

describe('topics: support policy', () => {
  it('names the runtime whose supported versions a subject changes', () => {
    const cases: [string, string][] = [
      ['drop support for Python 3.8', 'python'],
      ['drop end of life python versions', 'python'],
      ['Require Node.js 18', 'node'],
      ['Drop Node 14 from CI', 'node'],
      ['Bump minimum Go version to 1.21', 'go'],
      ['raise MSRV to 1.70', 'rust'],
    ];
    for (const [subject, runtime] of cases)
      assert.equal(supportedRuntime(subject), runtime, subject);
  });

  it('is no support change: a fix naming a version, a go.mod bump, an API deprecation', () => {
    for (const subject of ['Fix python 3.12 warning', 'bump go.mod deps', 'deprecate the old API'])
      assert.equal(supportedRuntime(subject), undefined, subject);
  });

  it('joins changes to one runtime months apart into one story, and keeps other work apart', () => {
    const stories = groupStories([
      commit({
        n: 1,
        daysAgo: 200,
        subject: 'drop support for Python 3.8',
        files: [
          ['pyproject.toml', 4],
          ['src/app/typing.py', 20],
        ],
      }),
      commit({
        n: 2,
        daysAgo: 120,
        subject: 'add a session cookie option',
        files: [['src/app/sessions.py', 40]],
      }),
      commit({
        n: 3,
        daysAgo: 20,
        subject: 'drop end of life python versions',
        files: [
          ['tox.ini', 2],
          ['src/app/cli.py', 10],
        ],
      }),
      commit({
        n: 4,
        daysAgo: 10,
        subject: 'Require Node.js 18 for the docs build',
        files: [['docs/package.json', 2]],
      }),
    ]);
    const of = (n: number) => stories.find((s) => s.commits.some((c) => c.sha === sha(n)));
    assert.equal(of(1), of(3));
    assert.equal(of(1)?.roles.join(), 'work,work');
    assert.notEqual(of(2), of(1));
    assert.notEqual(of(4), of(1));
  });
});
