import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { MAX_SLUG_LENGTH, slugForName, slugify, slugProblem } from '../../src/core/slug';

describe('unit: slugs', () => {
  it('folds letters to ASCII: "José Núñez" -> "jose-nunez"', () => {
    assert.equal(slugify('José Núñez'), 'jose-nunez');
    assert.equal(slugify('Søren Łukasz Straße'), 'soren-lukasz-strasse');
  });

  it('turns runs of other characters into one "-", lower case, trimmed', () => {
    assert.equal(slugify('  Alex   R. (Rivera)!! '), 'alex-r-rivera');
    assert.equal(slugify('DB_Team / Ops'), 'db-team-ops');
  });

  it('cuts slugs at 64 characters without a trailing "-"', () => {
    const s = slugify(`${'a'.repeat(63)} b`);
    assert.equal(s, 'a'.repeat(63));
    assert.equal(slugify('x'.repeat(200)).length, MAX_SLUG_LENGTH);
  });

  it('refuses names that give an empty slug, ".", ".." or a reserved folder', () => {
    for (const name of ['', '   ', '.', '..', '!!!', '日本', 'templates', 'Templates']) {
      const r = slugForName(name);
      assert.equal(r.ok, false, name);
      if (!r.ok)
        assert.match(
          r.message,
          new RegExp(`Cannot make a folder name from "${name.replace(/[.]/g, '\\.')}"`),
        );
    }
  });

  it('gives a safe slug for names that look like paths', () => {
    assert.deepEqual(slugForName('../../etc'), { ok: true, slug: 'etc' });
    assert.deepEqual(slugForName('..\\..\\Windows'), { ok: true, slug: 'windows' });
    assert.deepEqual(slugForName('/etc/passwd'), { ok: true, slug: 'etc-passwd' });
  });

  it('refuses slugs typed by hand that are not folder names', () => {
    for (const s of ['..', '.', '../x', 'a/b', 'A', 'a--b', '-a', 'templates', 'x'.repeat(65)])
      assert.ok(slugProblem(s), s);
    assert.equal(slugProblem('alex-rivera'), undefined);
  });

  it('never makes a slug that could leave the records root, for any name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (name) => {
        const r = slugForName(name);
        if (!r.ok) return;
        assert.match(r.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        assert.ok(r.slug.length <= MAX_SLUG_LENGTH);
        assert.equal(slugProblem(r.slug), undefined);
      }),
      { seed: 4242, numRuns: 500 },
    );
  });
});
