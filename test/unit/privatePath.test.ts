import * as assert from 'node:assert/strict';
import { isPrivatePath } from '../../src/core/records/privatePath';

describe('isPrivatePath', () => {
  it("is true for anything inside a relationship's private folder, and for the folder itself", () => {
    assert.equal(isPrivatePath('alex/private/2026-11-23.md'), true);
    assert.equal(isPrivatePath('alex/private/deep/notes.txt'), true);
    assert.equal(isPrivatePath('alex/private'), true);
    assert.equal(isPrivatePath('alex/private/'), true);
  });

  it('treats the folder name case-insensitively, so a Private/ folder never leaks', () => {
    assert.equal(isPrivatePath('alex/Private/x.md'), true);
    assert.equal(isPrivatePath('alex/PRIVATE/x.md'), true);
  });

  it('accepts backslashes and a leading "./"', () => {
    assert.equal(isPrivatePath('alex\\private\\x.md'), true);
    assert.equal(isPrivatePath('./alex/private/x.md'), true);
  });

  it('is false for records, for a top-level "private" folder and for deeper "private" folders', () => {
    assert.equal(isPrivatePath('alex/plan.md'), false);
    assert.equal(isPrivatePath('alex/sessions/2026-11-23.md'), false);
    assert.equal(isPrivatePath('private/x.md'), false);
    assert.equal(isPrivatePath('alex/sessions/private/x.md'), false);
    assert.equal(isPrivatePath('alex/private-ish.md'), false);
    assert.equal(isPrivatePath('alex/privateer/x.md'), false);
    assert.equal(isPrivatePath(''), false);
  });
});
