import * as assert from 'node:assert/strict';
import { surfaceTopics } from '../../src/workflows/surfaceTopics';
import { commit, history } from '../support/historyBuilder';
import type { HistoryQuery, HistoryResult } from '../../src/workflows/ports';
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
    const { focus, ...query } = git.queries[0];
    assert.deepEqual(query, {
      authors: ['kim@example.com'],
      sinceHead: undefined,
      since: '2026-10-24',
      until: '2026-11-23',
      includeMerges: undefined,
    });
    assert.equal(typeof focus, 'function');
  });

  it('asks the read for the top stories’ share of others’ work, and ranks again with the follow-ups it found', async () => {
    const data = history([
      commit({ n: 1, files: ['src/a.ts'] }),
      commit({ n: 2, files: ['docs/b.md'] }),
    ]);
    const focused: string[][] = [];
    // A read that, given the focus, finds someone else changed commit 2's lines soon after.
    class FocusingGit extends FakeGit {
      override readHistory(query: HistoryQuery): Promise<HistoryResult> {
        this.queries.push(query);
        const focus = query.focus?.(data);
        focused.push(focus?.commits ?? []);
        const target = data.commits[1].sha;
        data.followUps = [
          {
            sha: 'f'.repeat(40),
            authorName: 'Bo',
            authorEmail: 'bo@example.com',
            time: data.commits[1].time + 86_400,
            date: '2026-11-20',
            subject: 'Tidy b',
            kind: 'same-lines',
            targets: [target],
          },
        ];
        data.fileActivity = [];
        return Promise.resolve({ ok: true, data });
      }
    }
    const git = new FocusingGit();
    const outcome = await surfaceTopics(
      { authors: [data.commits[0].authorEmail], range: {} },
      fakePorts(new FakeRecords(), git),
    );
    assert.ok(outcome.ok);
    assert.deepEqual([...focused[0]].sort(), data.commits.map((c) => c.sha).sort());
    const followed = outcome.value.topics.find((t) =>
      t.evidence.commits.includes(data.commits[1].sha),
    );
    assert.ok(
      followed?.facets?.some((f) => f.kind === 'followed-up'),
      JSON.stringify(followed),
    );
    // The read gave the activity: no second read of it.
    assert.deepEqual(git.activityQueries, []);
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

  it('reads the recent activity of the top stories’ files after ranking, and never offers the user or a mentor as the expert', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const git = new FakeGit().answer(
      history([commit({ n: 1, files: ['src/db/pool.ts', 'src/db/conn.ts'] })], {
        range: { since: '2026-11-09', until: '2026-11-23', toSha: 'f'.repeat(40) },
      }),
    );
    const at = (path: string, name: string, email: string, commits: number) => ({
      path,
      name,
      email,
      commits,
      lastTime: 1,
    });
    git.activity = [
      at('src/db/pool.ts', 'Me Myself', 'me@example.com', 30),
      at('src/db/pool.ts', 'Sam Lee', 'sam@example.com', 20),
      at('src/db/pool.ts', 'Bo Lind', 'bo@example.com', 3),
      at('src/db/conn.ts', 'Cy Park', 'cy@example.com', 2),
    ];
    const outcome = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(outcome.ok);
    assert.equal(git.activityQueries.length, 1);
    assert.deepEqual(git.activityQueries[0].paths.sort(), ['src/db/conn.ts', 'src/db/pool.ts']);
    assert.equal(git.activityQueries[0].toSha, 'f'.repeat(40));
    const experts = outcome.value.topics.map((t) => t.expert?.name).filter((n) => n !== undefined);
    assert.ok(experts.length > 0);
    assert.ok(
      experts.every((n) => n === 'Bo Lind'),
      experts.join(', '),
    );
  });

  it('still ranks the topics, with a note, when the activity read fails', async () => {
    const git = new FakeGit().answer(
      history([commit({ n: 1, files: ['src/db/pool.ts'] })], {
        range: { since: '2026-11-09', until: '2026-11-23', toSha: 'f'.repeat(40) },
      }),
    );
    git.activity = undefined;
    const outcome = await surfaceTopics(
      { slug: 'alex', range: {} },
      fakePorts(new FakeRecords({ 'alex/plan.md': PLAN }), git),
    );
    assert.ok(outcome.ok);
    assert.ok(outcome.value.topics.length > 0);
    assert.ok(outcome.value.data.notes.some((n) => n.startsWith('Experts are not suggested')));
    assert.ok(outcome.value.topics.every((t) => t.expert === undefined));
  });
});

describe('workflows: surface topics from every repository the plan names', () => {
  const planWith = (repos: string[]) =>
    PLAN.replace('identities:', `repositories: [${repos.join(', ')}]\nidentities:`);

  /** git that finds `found` of the plan's repositories and answers each read by its folder. */
  function multiGit(found: { repository: string; top: string; recordsPath?: string }[]) {
    const git = new FakeGit();
    const tops: (string | undefined)[] = [];
    const named: string[][] = [];
    git.repositories = (names: readonly string[]) => {
      named.push([...names]);
      const hits = found.filter((f) => names.includes(f.repository));
      return Promise.resolve({
        ok: true as const,
        found: hits.map((f) => ({ ...f, name: f.top.split('/').pop() ?? '' })),
        missing: names.filter((n) => !hits.some((f) => f.repository === n)),
      });
    };
    git.readHistory = (query, _progress, top) => {
      git.queries.push(query);
      tops.push(top);
      const file = top === '/api' ? 'src/db/query.ts' : 'web/ui/button.tsx';
      return Promise.resolve({
        ok: true as const,
        data: history([
          commit({ n: top === '/api' ? 1 : 2, files: [file, 'mentoring/alex/plan.md'] }),
        ]),
      });
    };
    return { git, tops, named };
  }

  it('reads each repository the plan names and merges their topics, each saying its repository', async () => {
    const records = new FakeRecords({
      'alex/plan.md': planWith(['github.com/acme/api', 'github.com/acme/web']),
    });
    const { git, tops, named } = multiGit([
      { repository: 'github.com/acme/api', top: '/api', recordsPath: 'mentoring' },
      { repository: 'github.com/acme/web', top: '/web' },
    ]);
    const outcome = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(outcome.ok);
    assert.deepEqual(named, [['github.com/acme/api', 'github.com/acme/web']]);
    assert.deepEqual([...tops].sort(), ['/api', '/web']);
    const byRepo = new Set(outcome.value.topics.map((t) => t.repository));
    assert.deepEqual([...byRepo].sort(), ['github.com/acme/api', 'github.com/acme/web']);
    const api = outcome.value.topics.filter((t) => t.repository === 'github.com/acme/api');
    assert.ok(api.some((t) => t.evidence.files.includes('src/db/query.ts')));
    // The records root is left out only in the repository that holds it.
    assert.ok(api.every((t) => !t.evidence.files.some((f) => f.startsWith('mentoring/'))));
    const scores = outcome.value.topics.map((t) => t.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    assert.equal(outcome.value.data.commits.length, 2);
    assert.deepEqual(outcome.value.missingRepositories, []);
  });

  it('lists the repositories named but not found, with what to do, and reads the others', async () => {
    const records = new FakeRecords({
      'alex/plan.md': planWith(['github.com/acme/api', 'github.com/acme/gone']),
    });
    const { git, tops } = multiGit([{ repository: 'github.com/acme/api', top: '/api' }]);
    const outcome = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(outcome.ok);
    assert.deepEqual(tops, ['/api']);
    assert.deepEqual(outcome.value.missingRepositories, ['github.com/acme/gone']);
    const note = outcome.value.data.notes.find((n) => n.includes('github.com/acme/gone'));
    assert.ok(note?.includes('mentoring.repositoryPaths') && note.includes('--repo'), note);
  });

  it('names a repository git cannot read in a note and ranks the others; fails only when none can be read', async () => {
    const records = new FakeRecords({
      'alex/plan.md': planWith(['github.com/acme/api', 'github.com/acme/web']),
    });
    const { git } = multiGit([
      { repository: 'github.com/acme/api', top: '/api' },
      { repository: 'github.com/acme/web', top: '/web' },
    ]);
    const ok = git.readHistory.bind(git);
    const damaged = 'HEAD points at a commit git cannot read: the repository may be damaged.';
    git.readHistory = (query, progress, top) =>
      top === '/web'
        ? Promise.resolve({ ok: false as const, cancelled: false, message: damaged })
        : ok(query, progress, top);
    const outcome = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(outcome.ok);
    assert.ok(outcome.value.topics.length > 0);
    assert.ok(outcome.value.topics.every((t) => t.repository === 'github.com/acme/api'));
    const note = outcome.value.data.notes.find((n) => n.includes('github.com/acme/web'));
    assert.ok(note?.includes(damaged), note);
    git.readHistory = () =>
      Promise.resolve({ ok: false as const, cancelled: false, message: damaged });
    const none = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(!none.ok);
    git.readHistory = (query, progress, top) =>
      top === '/web'
        ? Promise.resolve({ ok: false as const, cancelled: true, message: 'cancelled' })
        : ok(query, progress, top);
    const stopped = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(!stopped.ok);
  });

  it('reads the one repository of the records when the port finds none to choose', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const git = new FakeGit().answer(history([commit({ n: 1, files: ['src/a.ts'] })]));
    git.repositories = () => Promise.resolve(undefined);
    const outcome = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.repositories, [{ repository: 'app', top: '/repo' }]);
    assert.ok(outcome.value.topics.every((t) => t.repository === 'app'));
  });

  it('says when the history cache could not be written, on that run only: its ranking is not kept', async () => {
    const { records, data, kept, git } = keepingRankings();
    const note = 'The history cache was not written: disk full';
    git.history = { ok: true, data: structuredClone(data), unwritten: 'disk full' };
    const first = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(first.ok);
    assert.ok(first.value.data.notes.includes(note));
    assert.equal(kept.size, 0, 'a ranking read without its cache written is not kept');
    git.history = { ok: true, data: structuredClone(data) };
    const second = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(second.ok);
    assert.ok(!second.value.data.notes.includes(note));
    assert.equal(kept.size, 1);
    const third = await surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok(third.ok);
    assert.ok(!third.value.data.notes.includes(note), 'nor is it served from the kept ranking');
    assert.equal(git.queries.length, 2, 'the third run is served from the kept ranking');
  });

  it('serves a kept ranking only while the tags stay as they were: a new tag reads again', async () => {
    const { records, data, state, git } = keepingRankings();
    git.history = { ok: true, data: structuredClone(data) };
    const run = () => surfaceTopics({ slug: 'alex', range: {} }, fakePorts(records, git));
    assert.ok((await run()).ok);
    assert.ok((await run()).ok);
    assert.equal(git.queries.length, 1, 'the second run is served from the kept ranking');
    state.tags = '1:0123456789abcdef';
    assert.ok((await run()).ok);
    assert.equal(git.queries.length, 2, 'a tag made since: the history is read again');
    assert.ok((await run()).ok);
    assert.equal(git.queries.length, 2, 'and that ranking is kept in turn');
  });
});

/**
 * A relationship with one commit at tip f...f, and a FakeGit that keeps finished rankings in
 * `kept` and reports the repository as `state` says (its tip, and tags once a test sets them).
 */
function keepingRankings() {
  const records = new FakeRecords({ 'alex/plan.md': PLAN });
  const data = history([commit({ n: 1, files: ['src/a.ts'] })], {
    range: { since: '2026-10-24', until: '2026-11-23', toSha: 'f'.repeat(40) },
  });
  const kept = new Map<string, string>();
  const state: { tip: string; tags?: string } = { tip: 'f'.repeat(40) };
  const git = new FakeGit();
  git.tips = () => Promise.resolve([{ ...state }]);
  git.results = {
    codeVersion: 'test',
    read: (key) => Promise.resolve(kept.get(key)),
    write: (key, text) => {
      kept.set(key, text);
      return Promise.resolve();
    },
  };
  return { records, data, kept, state, git };
}
