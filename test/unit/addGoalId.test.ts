import * as assert from 'node:assert/strict';
import { addGoal } from '../../src/core/edits/addGoal';
import { applyEdits } from '../../src/core/text/textEdit';

const PLAN = '---\nmentee: A B\nmentors: [C D]\nstarted: 2026-01-01\n---\n# Plan\n\n## Goals\n\n### G1: One\n- status: active\n';

describe('adding a goal under an id the records already name', () => {
  it('writes the given id instead of the next free one', () => {
    const r = addGoal('plan.md', PLAN, { title: 'Nine', id: 'G9' });
    assert.ok(r.ok);
    assert.equal(r.id, 'G9');
    assert.match(applyEdits(PLAN, r.edits), /\n### G9: Nine\n- status: active\n$/);
  });

  it('refuses an id that is taken or malformed', () => {
    assert.equal(addGoal('plan.md', PLAN, { title: 'x', id: 'G1' }).ok, false);
    for (const id of ['G0', 'g9', 'G9a', '9'])
      assert.equal(addGoal('plan.md', PLAN, { title: 'x', id }).ok, false, id);
  });
});
