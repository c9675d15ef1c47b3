import * as assert from 'node:assert/strict';
import { newSession } from '../../src/workflows/newSession';
import { commit, history } from '../support/historyBuilder';
import { FakeGit, fakePorts, FakeRecords, PLAN, session } from './fakePorts';

/** An open item in the first of three sessions: the next agenda carries it for the second time. */
const CARRIED_TWICE: Record<string, string> = {
  'alex/plan.md': PLAN,
  'alex/sessions/2026-11-01.md': session('2026-11-01', ['- [ ] Write the ADR @alex']),
  'alex/sessions/2026-11-08.md': session('2026-11-08'),
  'alex/sessions/2026-11-15.md': session('2026-11-15'),
};

describe('workflows: new session', () => {
  it('creates the log for the date with the attendees, HEAD and the agenda in its Agenda section', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(outcome.ok);
    assert.equal(outcome.value.file, 'alex/sessions/2026-11-23.md');
    const text = records.files.get('alex/sessions/2026-11-23.md')!;
    assert.match(text, /attendees: \[Alex Rivera, Sam Lee\]/);
    assert.match(text, /head: abc1234/);
    assert.match(text, /## Agenda\n[^#]*what would you like to talk about\?/);
    assert.deepEqual(outcome.notes, []);
  });

  it('takes today from the clock when no date is given', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const outcome = await newSession(
      { slug: 'alex', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(outcome.ok);
    assert.equal(outcome.value.file, 'alex/sessions/2026-11-23.md');
  });

  it('names a second session of the day -2 and never replaces the first', async () => {
    const first = session('2026-11-23');
    const records = new FakeRecords({ 'alex/plan.md': PLAN, 'alex/sessions/2026-11-23.md': first });
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(outcome.ok);
    assert.equal(outcome.value.file, 'alex/sessions/2026-11-23-2.md');
    assert.equal(records.files.get('alex/sessions/2026-11-23.md'), first);
  });

  it('takes the next name when another process took the listed one before it was created', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    let raced = false;
    records.beforeCreate = (file) => {
      if (raced) return;
      raced = true;
      records.files.set(file, 'theirs');
    };
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(outcome.ok);
    assert.equal(outcome.value.file, 'alex/sessions/2026-11-23-2.md');
    assert.equal(records.files.get('alex/sessions/2026-11-23.md'), 'theirs');
  });

  it('fails as a conflict, writing nothing, when every name it tries is taken', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    records.beforeCreate = (file) => records.files.set(file, 'theirs');
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.kind, 'conflict');
    assert.ok([...records.files.values()].every((t) => t === 'theirs' || t === PLAN));
  });

  it('marks an item carried agenda.maxCarries times to decide on, with the team setting', async () => {
    const decide = /\*\*decide:\*\*/;
    for (const [maxCarries, expected] of [
      [2, true],
      [3, false],
    ] as const) {
      const records = new FakeRecords(CARRIED_TWICE);
      const outcome = await newSession(
        { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
        fakePorts(records, undefined, { 'agenda.maxCarries': maxCarries }),
      );
      assert.ok(outcome.ok);
      assert.equal(decide.test(outcome.value.text), expected, `maxCarries ${maxCarries}`);
    }
  });

  it('puts learning topics surfaced from git into the agenda, reading since the last session', async () => {
    const records = new FakeRecords({
      'alex/plan.md': PLAN,
      'alex/sessions/2026-11-09.md': session('2026-11-09'),
    });
    const git = new FakeGit().answer(
      history(
        [
          commit({
            n: 1,
            subject: 'Add billing invoices',
            files: ['src/billing/invoice.ts', 'src/billing/tax.ts'],
          }),
        ],
        {
          range: { since: '2026-11-09', until: '2026-11-23' },
        },
      ),
    );
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'git' } },
      fakePorts(records, git),
    );
    assert.ok(outcome.ok);
    assert.equal(git.queries.length, 1);
    assert.deepEqual(git.queries[0].authors, ['alex@example.com']);
    assert.equal(git.queries[0].since, '2026-11-09');
    assert.ok(outcome.value.surfaced && outcome.value.surfaced.topics.length > 0);
    assert.match(outcome.value.text, /billing/);
  });

  it('uses the topics it is given without running git', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const git = new FakeGit();
    const surfacedEarlier = await newSession(
      { slug: 'alex', date: '2026-11-22', topics: { from: 'git' } },
      fakePorts(
        new FakeRecords({ 'alex/plan.md': PLAN }),
        new FakeGit().answer(
          history([commit({ n: 1, subject: 'Add billing', files: ['src/billing/a.ts'] })]),
        ),
      ),
    );
    assert.ok(surfacedEarlier.ok);
    const given = surfacedEarlier.value.surfaced!.topics;
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'given', topics: given } },
      fakePorts(records, git),
    );
    assert.ok(outcome.ok);
    assert.equal(git.queries.length, 0);
    assert.match(outcome.value.text, /billing/);
  });

  it('still creates the log when git fails, and says the agenda has no learning topics', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const git = new FakeGit();
    git.history = { ok: false, cancelled: false, message: 'git is not installed' };
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'git' } },
      fakePorts(records, git),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.notes, ['The agenda has no learning topics: git is not installed']);
    assert.ok(records.files.has('alex/sessions/2026-11-23.md'));
  });

  it('says nothing of topics when the records are in no repository or the user cancelled', async () => {
    for (const setUp of [
      (g: FakeGit) => (g.repo = { ok: false, message: 'not a repo', noRepository: true }),
      (g: FakeGit) => (g.history = { ok: false, cancelled: true, message: 'Cancelled.' }),
    ]) {
      const git = new FakeGit();
      setUp(git);
      const outcome = await newSession(
        { slug: 'alex', date: '2026-11-23', topics: { from: 'git' } },
        fakePorts(new FakeRecords({ 'alex/plan.md': PLAN }), git),
      );
      assert.ok(outcome.ok);
      assert.deepEqual(outcome.notes, []);
    }
  });

  it('runs no git at all where git may not run: no HEAD, no topics', async () => {
    const git = new FakeGit();
    git.unavailableBecause = 'untrusted';
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'git' } },
      fakePorts(records, git),
    );
    assert.ok(outcome.ok);
    assert.doesNotMatch(outcome.value.text, /head:/);
    assert.equal(git.queries.length, 0);
  });

  it('creates the log without the agenda, and says so, when the template has an unclosed block', async () => {
    const template = [
      '---',
      'date: {{date}}',
      '---',
      '# Session {{date}}',
      '',
      '```',
      '## Agenda',
      '',
    ].join('\n');
    const records = new FakeRecords({ 'alex/plan.md': PLAN, 'templates/session.md': template });
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.notes, [
      'The agenda was left out: the session template has an unclosed block.',
    ]);
  });

  it('refuses an impossible date and a template that gives an invalid session, writing nothing', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const bad = await newSession(
      { slug: 'alex', date: '2026-02-30', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(!bad.ok);
    assert.equal(bad.failure.kind, 'refused');
    records.files.set('templates/session.md', '---\ndate: [\n---\n');
    const broken = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(!broken.ok);
    assert.equal(broken.failure.kind, 'unparsable');
    assert.deepEqual([...records.files.keys()].sort(), ['alex/plan.md', 'templates/session.md']);
  });

  it('passes on a refusal to create the file (a link, a path outside the root)', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    records.refuse = 'Refused: sessions is a symbolic link.';
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records),
    );
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.kind, 'refused');
    assert.equal(outcome.failure.message, 'Refused: sessions is a symbolic link.');
  });

  it('passes on the problems of a bad team config as notes, and still creates the log', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const outcome = await newSession(
      { slug: 'alex', date: '2026-11-23', topics: { from: 'none' } },
      fakePorts(records, undefined, {}, ['mentoring/config.yml:2: agenda.maxCarries: bad']),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.notes, ['mentoring/config.yml:2: agenda.maxCarries: bad']);
  });
});
