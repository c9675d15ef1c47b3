import * as assert from 'node:assert/strict';
import { addIdentity } from '../../src/workflows/addIdentity';
import { FakeRecords, PLAN } from './fakePorts';

describe('workflows: add an identity to the plan', () => {
  it('appends the address to a flow list, changing only that value', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const outcome = await addIdentity({ slug: 'alex', identity: 'alex@old.example' }, { records });
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.identities, ['alex@example.com', 'alex@old.example']);
    assert.equal(
      records.files.get('alex/plan.md'),
      PLAN.replace(
        'identities: [alex@example.com]',
        'identities: [alex@example.com, alex@old.example]',
      ),
    );
  });

  it('keeps a block list a block list, with the comment above it', async () => {
    const plan = PLAN.replace(
      'identities: [alex@example.com]',
      '# who Alex commits as\nidentities:\n  - alex@example.com\n  - Alex Rivera',
    );
    const records = new FakeRecords({ 'alex/plan.md': plan });
    const outcome = await addIdentity({ slug: 'alex', identity: 'alex@old.example' }, { records });
    assert.ok(outcome.ok);
    assert.equal(
      records.files.get('alex/plan.md'),
      plan.replace('  - Alex Rivera', '  - Alex Rivera\n  - alex@old.example'),
    );
  });

  it('starts a missing list with the mentee’s name, so adding an address never narrows the read', async () => {
    const plan = PLAN.replace('identities: [alex@example.com]\n', '');
    const records = new FakeRecords({ 'alex/plan.md': plan });
    const outcome = await addIdentity({ slug: 'alex', identity: 'alex@old.example' }, { records });
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.value.identities, ['Alex Rivera', 'alex@old.example']);
    assert.ok(
      records.files
        .get('alex/plan.md')
        ?.includes('identities: [Alex Rivera, alex@old.example]\n---'),
    );
  });

  it('changes nothing for an identity the list already matches, in any case', async () => {
    const records = new FakeRecords({ 'alex/plan.md': PLAN });
    const outcome = await addIdentity({ slug: 'alex', identity: 'ALEX@example.com' }, { records });
    assert.ok(outcome.ok);
    assert.equal(outcome.value.alreadyThere, true);
    assert.equal(records.files.get('alex/plan.md'), PLAN);
  });

  it('refuses a plan that does not parse and an identity on several lines, writing nothing', async () => {
    const broken = PLAN.replace('mentors: [Sam Lee]', 'mentors: [Sam Lee');
    const records = new FakeRecords({ 'alex/plan.md': broken });
    const outcome = await addIdentity({ slug: 'alex', identity: 'alex@old.example' }, { records });
    assert.ok(!outcome.ok);
    assert.equal(records.files.get('alex/plan.md'), broken);
    const twoLines = await addIdentity(
      { slug: 'alex', identity: 'a@b\nmentors: [x]' },
      { records: new FakeRecords({ 'alex/plan.md': PLAN }) },
    );
    assert.ok(!twoLines.ok);
  });
});
