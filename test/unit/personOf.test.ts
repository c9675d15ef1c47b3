import * as assert from 'node:assert/strict';
import { parsePlan } from '../../src/core/records/plan';
import { personOf } from '../../src/core/records/personOf';

const plan = (extra: string[] = []) =>
  parsePlan(
    'plan.md',
    ['---', 'mentee: José Núñez', 'mentors: [Sam Chen, Ana Lima]', 'started: 2026-01-01', ...extra, '---', '# Plan', ''].join('\n'),
  ).plan;

describe('who an @handle is', () => {
  it('is the person whose first name, folded to ASCII and lower case, is the handle', () => {
    assert.deepEqual(personOf(plan(), '@jose'), { name: 'José Núñez', role: 'mentee' });
    assert.deepEqual(personOf(plan(), 'sam'), { name: 'Sam Chen', role: 'mentor' });
    assert.deepEqual(personOf(plan(), 'ANA'), { name: 'Ana Lima', role: 'mentor' });
  });

  it("follows the plan's handles: mapping first", () => {
    const p = plan(['handles:', '  jn: José Núñez', '  sammy: Sam Chen']);
    assert.deepEqual(personOf(p, 'jn'), { name: 'José Núñez', role: 'mentee' });
    assert.deepEqual(personOf(p, 'sammy'), { name: 'Sam Chen', role: 'mentor' });
  });

  it('knows no one for an owner outside the plan', () => {
    assert.equal(personOf(plan(), 'dba-oncall'), undefined);
    assert.equal(personOf(plan(), ''), undefined);
  });

  it('reads repositories and handles from the plan, and refuses a handle that is not one word', () => {
    const p = plan(['repositories: [github.com/acme/api]', 'handles:', '  jn: José Núñez']);
    assert.deepEqual(p?.repositories, ['github.com/acme/api']);
    const bad = parsePlan(
      'plan.md',
      ['---', 'mentee: A', 'mentors: [B]', 'started: 2026-01-01', 'handles:', '  "@a b": A', '---', ''].join('\n'),
    );
    assert.ok(bad.problems.some((x) => x.severity === 'error' && /single words/.test(x.message)));
  });
});
