import * as assert from 'node:assert/strict';
import { parsePlan } from '../../src/core/records/plan';
import { RECORDS_GITIGNORE } from '../../src/core/templates/builtinTemplates';
import { setUp } from '../../src/workflows/setUp';
import { fakePorts, FakeRecords, PLAN } from './fakePorts';

describe('workflows: set up', () => {
  it('writes a plan that parses, questions.md, sessions/ and the private-notes .gitignore', async () => {
    const records = new FakeRecords();
    const outcome = await setUp(
      {
        mentee: "Dana O'Brien",
        mentors: ['Sam Lee'],
        identities: ['dana@example.com'],
        cadence: 'weekly',
      },
      fakePorts(records),
    );
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value, { slug: 'dana-o-brien', plan: 'dana-o-brien/plan.md' });
    const plan = parsePlan('plan.md', records.files.get('dana-o-brien/plan.md')!);
    assert.equal(plan.plan?.mentee, "Dana O'Brien");
    assert.equal(plan.plan?.started, '2026-11-23');
    assert.ok(records.files.has('dana-o-brien/questions.md'));
    assert.ok(records.folders.has('dana-o-brien/sessions'));
    assert.equal(records.files.get('.gitignore'), RECORDS_GITIGNORE);
  });

  it("appends the private rule to a team's .gitignore, keeping its lines", async () => {
    const records = new FakeRecords({ '.gitignore': '*.tmp\n' });
    const outcome = await setUp({ mentee: 'Alex', mentors: ['Sam'] }, fakePorts(records));
    assert.ok(outcome.ok);
    const text = records.files.get('.gitignore')!;
    assert.ok(text.startsWith('*.tmp\n'));
    assert.ok(text.length > '*.tmp\n'.length);
  });

  it('never touches an existing relationship', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const outcome = await setUp({ mentee: 'Alex', mentors: ['Sam'] }, fakePorts(records));
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.message, 'alex already exists; its records are left as they are.');
    assert.deepEqual([...records.files.keys()], ['alex/plan.md']);
  });

  it('takes the start date from the request, and a team plan template', async () => {
    const template =
      '---\nmentee: {{mentee}}\nmentors: {{mentors}}\nstarted: {{started}}\n---\n# Team plan for {{mentee}}\n';
    const records = new FakeRecords({ 'templates/plan.md': template });
    const outcome = await setUp(
      { mentee: 'Alex', mentors: ['Sam'], started: '2026-01-05' },
      fakePorts(records),
    );
    assert.ok(outcome.ok, JSON.stringify(outcome));
    assert.match(
      records.files.get('alex/plan.md')!,
      /started: 2026-01-05\n---\n# Team plan for Alex/,
    );
  });
});
