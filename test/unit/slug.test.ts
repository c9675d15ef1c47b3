import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  isWindowsDeviceName,
  MAX_SLUG_LENGTH,
  slugForName,
  slugify,
  slugProblem,
} from '../../src/core/slug';

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

  describe('names that would travel badly', () => {
    it('passes names whose letters all fold to ASCII, in many languages, as before', () => {
      const names: Record<string, string> = {
        'José Núñez': 'jose-nunez',
        Søren: 'soren',
        Łukasz: 'lukasz',
        Straße: 'strasse',
        'Nguyễn Văn An': 'nguyen-van-an',
        'Ørjan Ødegård': 'orjan-odegard',
        'Zoë Brontë': 'zoe-bronte',
        Ægir: 'aegir',
        'François Müller': 'francois-muller',
        'Çağla Şahin': 'cagla-sahin',
        'İlkay Gündoğan': 'ilkay-gundogan',
        'Þórunn Guðmundsdóttir': 'thorunn-gudmundsdottir',
        'Ľubomír Čech': 'lubomir-cech',
        'Ĳsbrand de Vries': 'ijsbrand-de-vries',
        "Siobhán O'Brien": 'siobhan-o-brien',
        'Małgorzata Wąsowska': 'malgorzata-wasowska',
        'Dương Thị Hà': 'duong-thi-ha',
        'Åsa Öberg': 'asa-oberg',
        'João Gonçalves': 'joao-goncalves',
        'Jiří Dvořák': 'jiri-dvorak',
        'Zhang Wei': 'zhang-wei',
        'Ivan Petrov': 'ivan-petrov',
        'Kofi Annan-Mensah': 'kofi-annan-mensah',
        'Ｆｕｌｌ Ｗｉｄｔｈ': 'full-width',
        'Connor Smith': 'connor-smith',
        'Con Smith': 'con-smith',
        Comet: 'comet',
        'Aux Team 2': 'aux-team-2',
        'con.txt': 'con-txt',
      };
      for (const [name, slug] of Object.entries(names))
        assert.deepEqual(slugForName(name), { ok: true, slug }, name);
    });

    it('refuses names with letters of other scripts, asking for the name in Latin letters', () => {
      for (const name of [
        '张伟',
        '王芳 Wang',
        '山田太郎',
        '김민준',
        'Иван Petrov',
        'Олександр Коваленко',
        'Αλέξης Παπαδόπουλος',
        'محمد علي',
        'דוד כהן',
        'अमित शर्मा',
        'আনিকা',
        'สมชาย',
        'Გიორგი',
        'Արամ',
        'Ŋgugi',
        'Ali ٣',
      ]) {
        const r = slugForName(name);
        assert.equal(r.ok, false, name);
        if (!r.ok) {
          assert.ok(r.message.startsWith(`Cannot make a folder name from "${name}"`), r.message);
          assert.match(r.message, /Type the name in Latin letters/);
          assert.match(r.message, /"Zhang Wei"/);
        }
      }
    });

    it('names the dropped letters, so the person sees why', () => {
      const r = slugForName('Иван Petrov');
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.message, /the letters И в а н have no ASCII form/);
    });

    it('refuses Windows device names as the slug, with any case or superscript digit, saying what to add', () => {
      for (const name of [
        'CON',
        'con',
        'Prn',
        'aux',
        'NUL',
        'com1',
        'COM9',
        'Lpt1',
        'lpt9',
        'COM¹',
        'LPT³',
        'nul.',
        ' aux ',
      ]) {
        const r = slugForName(name);
        assert.equal(r.ok, false, name);
        if (!r.ok) {
          assert.match(r.message, /is a device name on Windows/);
          assert.match(r.message, /Add a family name or an initial/);
        }
      }
      for (const slug of ['con', 'prn', 'aux', 'nul', 'com0', 'com5', 'lpt0', 'lpt7'])
        assert.ok(isWindowsDeviceName(slug), slug);
      for (const slug of ['conin', 'conout', 'com', 'com10', 'lpt', 'console', 'con-smith'])
        assert.ok(!isWindowsDeviceName(slug), slug);
    });
  });
});
