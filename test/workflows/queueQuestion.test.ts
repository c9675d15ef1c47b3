import * as assert from 'node:assert/strict';
import { QUESTIONS_TEMPLATE } from '../../src/core/templates/builtinTemplates';
import { queueQuestion } from '../../src/workflows/queueQuestion';
import { fakePorts, FakeRecords, PLAN } from './fakePorts';

describe('workflows: queue question', () => {
  it('creates questions.md from its template and appends the question with today and who asks', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const outcome = await queueQuestion(
      { slug: 'alex', text: 'How do you size a story?', by: 'alex' },
      fakePorts(records),
    );
    assert.ok(outcome.ok);
    assert.equal(outcome.value.file, 'alex/questions.md');
    const text = records.files.get('alex/questions.md')!;
    assert.ok(text.startsWith(QUESTIONS_TEMPLATE.trimEnd()));
    assert.match(text, /^- \[ \] How do you size a story\? \(added 2026-11-23 by @alex\)$/m);
  });

  it('appends to an existing file, keeping every byte before the new line', async () => {
    const before = '# Questions\r\n\r\n- [ ] First? (added 2026-11-01)\r\n';
    const records = new FakeRecords({ 'alex/plan.md': PLAN, 'alex/questions.md': before });
    const outcome = await queueQuestion({ slug: 'alex', text: 'Second?' }, fakePorts(records));
    assert.ok(outcome.ok);
    const after = records.files.get('alex/questions.md')!;
    assert.ok(after.startsWith(before));
    assert.match(after, /- \[ \] Second\? \(added 2026-11-23\)\r\n$/);
  });

  it('refuses a file with conflict markers and leaves it as it was', async () => {
    const before = '# Questions\n\n<<<<<<< HEAD\n- [ ] A?\n=======\n- [ ] B?\n>>>>>>> other\n';
    const records = new FakeRecords({ 'alex/plan.md': PLAN, 'alex/questions.md': before });
    const outcome = await queueQuestion({ slug: 'alex', text: 'C?' }, fakePorts(records));
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.kind, 'unparsable');
    assert.equal(records.files.get('alex/questions.md'), before);
  });

  it('appends to the file another process created between the check and the creation', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    records.beforeCreate = (file) => records.files.set(file, '# Questions\n\n- [ ] Theirs?\n');
    const outcome = await queueQuestion({ slug: 'alex', text: 'Mine?' }, fakePorts(records));
    assert.ok(outcome.ok);
    assert.match(records.files.get('alex/questions.md')!, /Theirs\?[\s\S]*Mine\?/);
  });
});
