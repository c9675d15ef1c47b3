// One idea once: a later story naming the same thing in the same file as a stronger raised story
// is listed with the smaller topics; a common word, a prefix, a file most stories touch or an
// earlier start do not make an echo.
import * as assert from 'node:assert/strict';
import { computeTopics } from '../../src/core/topics/computeTopics';
import type { Commit } from '../../src/core/topics/historyData';
import type { Topic } from '../../src/core/topics/topic';
import { commit, history, NOW, sha } from '../support/historyBuilder';

const EARLIER = ['src/main.rs', 'tests/benchmarks/run.sh', 'src/theme.rs', 'src/app.rs'];

/** Unrelated work, each in its own file and month, so that one story's words and files are rare. */
function background(): Commit[] {
  const things = ['theme cache', 'grid layout', 'syntax mapping', 'man page', 'pager lookup'];
  return things.map((thing, i) =>
    commit({
      n: 100 + i,
      daysAgo: 150 - i * 20,
      subject: `Implement the ${thing}`,
      files: [[`src/${thing.replace(' ', '_')}.rs`, 200]],
    }),
  );
}

function topicOf(topics: Topic[], n: number): Topic {
  const t = topics.find((x) => x.evidence.commits.includes(sha(n)));
  assert.ok(t, `no topic holds commit ${n}`);
  return t;
}

describe('topics: echoed stories', () => {
  it('lists a later benchmark change in the same script as a smaller topic of the first benchmark work', () => {
    const data = history(
      [
        ...background(),
        commit({
          n: 1,
          daysAgo: 60,
          subject: 'Allow setting the number of runs in the benchmark script',
          files: [['tests/benchmarks/run.sh', 120]],
        }),
        commit({
          n: 2,
          daysAgo: 30,
          subject: 'Apply review suggestions to the benchmark script',
          files: [['tests/benchmarks/run.sh', 40, 20]],
        }),
      ],
      { earlier: EARLIER },
    );
    const topics = computeTopics(data, { now: NOW, identities: [], limit: 100 });
    assert.equal(topicOf(topics, 1).smaller, undefined);
    assert.equal(topicOf(topics, 2).smaller, true);
    assert.notEqual(topicOf(topics, 1), topicOf(topics, 2));
  });

  it('keeps both when they share only a common word, only a prefix, or no file, or the echo began first', () => {
    const data = history(
      [
        ...background(),
        // A common word ("default") in the same file.
        commit({
          n: 1,
          daysAgo: 60,
          subject: 'Render the default of enum choices',
          files: [['src/core.rs', 150]],
        }),
        commit({
          n: 2,
          daysAgo: 30,
          subject: 'Reconcile envvar with the default',
          files: [['src/core.rs', 90]],
        }),
        // The same prefix ("ci:") in the same file.
        commit({
          n: 3,
          daysAgo: 55,
          subject: 'ci: build the Debian packages',
          files: [['.ci/build.yml', 150]],
        }),
        commit({
          n: 4,
          daysAgo: 25,
          subject: 'ci: drop the coverage job',
          files: [['.ci/build.yml', 90]],
        }),
        // The same thing ("sidebar") in different files.
        commit({ n: 5, daysAgo: 50, subject: 'Draw the sidebar', files: [['src/draw.rs', 150]] }),
        commit({ n: 6, daysAgo: 20, subject: 'Test the sidebar', files: [['src/layout.rs', 90]] }),
      ],
      { earlier: EARLIER },
    );
    const topics = computeTopics(data, { now: NOW, identities: [], limit: 100 });
    for (const n of [1, 2, 3, 4, 5, 6])
      assert.equal(topicOf(topics, n).smaller, undefined, `commit ${n}`);
  });

  it('never folds a release into another release', () => {
    // A major version stays a story of its own (other releases are gathered in one topic).
    const data = history(
      [
        ...background(),
        commit({
          n: 1,
          daysAgo: 60,
          subject: 'Release 2.0.0',
          files: [
            ['CHANGELOG.md', 30],
            ['Cargo.toml', 1, 1],
          ],
        }),
        commit({
          n: 2,
          daysAgo: 20,
          subject: 'Release 2.0.1',
          files: [
            ['CHANGELOG.md', 10],
            ['Cargo.toml', 1, 1],
          ],
        }),
      ],
      { earlier: EARLIER },
    );
    const topics = computeTopics(data, { now: NOW, identities: [], limit: 100 });
    assert.equal(topicOf(topics, 2).smaller, undefined);
    assert.notEqual(topicOf(topics, 1), topicOf(topics, 2));
  });
});
