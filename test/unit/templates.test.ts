import * as assert from 'node:assert/strict';
import { nextSessionFileName, renderPlan, renderSession } from '../../src/core/records/newRecords';
import { parsePlan } from '../../src/core/records/plan';
import { parseSession } from '../../src/core/records/session';
import { PLAN_TEMPLATE, SESSION_TEMPLATE } from '../../src/core/templates/builtinTemplates';
import { renderTemplate } from '../../src/core/templates/renderTemplate';
import { parse as parseYaml } from 'yaml';

describe('unit: templates', () => {
  it('fills placeholders in the body as plain text and in the front matter as YAML', () => {
    const out = renderTemplate(
      '---\nname: {{name}}\nlist: {{ people }}\n---\n# {{name}} with {{people}}\n',
      {
        name: 'Ana: Ops',
        people: ['A', 'B #2'],
      },
    );
    assert.equal(out, '---\nname: "Ana: Ops"\nlist: [A, "B #2"]\n---\n# Ana: Ops with A, B #2\n');
  });

  it('keeps names that YAML would misread as strings', () => {
    for (const name of [
      'Ana: Ops',
      'Kim # lead',
      '@alex',
      '123',
      'true',
      'null',
      '2026-01-01T10:00',
      '- dash',
      ' padded ',
      '"quoted"',
      "it's",
      '[x]',
    ]) {
      const out = renderTemplate('---\nmentee: {{mentee}}\n---\n', { mentee: name });
      const yamlText = out.split('\n').slice(1, -2).join('\n');
      assert.deepEqual(parseYaml(yamlText), { mentee: name }, `${name} -> ${out}`);
    }
  });

  it('drops a front-matter line whose placeholders are all empty, and only in the front matter', () => {
    const out = renderTemplate('---\na: {{a}}\nb: {{b}}\nc: {{c}}\n---\nA{{a}}B\n', {
      a: '',
      b: [],
      c: undefined,
    });
    assert.equal(out, '---\n---\nAB\n');
  });

  it('keeps unknown placeholders as written', () => {
    assert.equal(
      renderTemplate('---\nx: {{unknown}}\n---\n{{ other }}\n', {}),
      '---\nx: {{unknown}}\n---\n{{ other }}\n',
    );
  });

  it('keeps CRLF line endings of a template', () => {
    assert.equal(
      renderTemplate('---\r\na: {{a}}\r\n---\r\n{{a}}\r\n', { a: 'x' }),
      '---\r\na: x\r\n---\r\nx\r\n',
    );
  });

  it('renders a plan that parses with no problems, for awkward names', () => {
    const r = renderPlan(PLAN_TEMPLATE, {
      mentee: 'José: "J" Núñez #1',
      mentors: ['@sam', '123'],
      identities: ['jose@example.com'],
      started: '2026-09-01',
    });
    assert.ok(r.ok);
    if (!r.ok) return;
    const parsed = parsePlan('p.md', r.text);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.plan?.mentee, 'José: "J" Núñez #1');
    assert.deepEqual(parsed.plan?.mentors, ['@sam', '123']);
    assert.equal(parsed.plan?.cadence, 'biweekly');
    assert.equal(parsed.plan?.kind, 'one-to-one');
    assert.deepEqual(parsed.plan?.identities, ['jose@example.com']);
  });

  it('leaves the identities line out of a plan when there are none', () => {
    const r = renderPlan(PLAN_TEMPLATE, { mentee: 'A', mentors: ['B'], started: '2026-09-01' });
    assert.ok(r.ok && !r.text.includes('identities'));
  });

  it('refuses a plan with no mentor, a bad date, a bad kind or a multi-line name', () => {
    const base = { mentee: 'A', mentors: ['B'], started: '2026-09-01' };
    assert.equal(renderPlan(PLAN_TEMPLATE, { ...base, mentors: [' '] }).ok, false);
    assert.equal(renderPlan(PLAN_TEMPLATE, { ...base, started: '2026-02-30' }).ok, false);
    assert.equal(renderPlan(PLAN_TEMPLATE, { ...base, kind: 'buddies' }).ok, false);
    assert.equal(renderPlan(PLAN_TEMPLATE, { ...base, mentee: 'A\nB' }).ok, false);
    const bad = renderPlan(PLAN_TEMPLATE, { ...base, cadence: 'sometimes' });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.match(bad.message, /line 6/);
  });

  it('renders a session that parses with no problems, with and without a HEAD', () => {
    for (const head of ['3f2c1a9e3f2c1a9e3f2c1a9e3f2c1a9e3f2c1a9e', undefined]) {
      const r = renderSession(SESSION_TEMPLATE, {
        date: '2026-11-23',
        plan: {
          file: 'plan.md',
          mentee: 'Alex Rivera',
          mentors: ['Sam: Chen'],
          kind: 'one-to-one',
          started: '2026-09-01',
          identities: [],
          goals: [],
        },
        head,
      });
      assert.ok(r.ok);
      if (!r.ok) return;
      const parsed = parseSession('s.md', r.text, '2026-11-23.md');
      assert.deepEqual(parsed.problems, []);
      assert.equal(parsed.session?.head, head);
      assert.deepEqual(parsed.session?.attendees, ['Alex Rivera', 'Sam: Chen']);
      assert.deepEqual(
        parsed.doc.sections.map((s) => s.name),
        ['Agenda', 'Notes', 'Decisions', 'Action items', 'Reflection', 'Next time'],
      );
    }
  });

  it('refuses to render a session on an impossible date', () => {
    assert.equal(renderSession(SESSION_TEMPLATE, { date: '2026-02-30' }).ok, false);
  });

  it('names further sessions of a day -2, -3, after the highest taken', () => {
    assert.equal(nextSessionFileName('2026-11-23', []), '2026-11-23.md');
    assert.equal(nextSessionFileName('2026-11-23', ['2026-11-22.md']), '2026-11-23.md');
    assert.equal(nextSessionFileName('2026-11-23', ['2026-11-23.md']), '2026-11-23-2.md');
    assert.equal(
      nextSessionFileName('2026-11-23', ['2026-11-23.md', '2026-11-23-2.md']),
      '2026-11-23-3.md',
    );
    assert.equal(
      nextSessionFileName('2026-11-23', ['2026-11-23-4.md', 'notes.md', '2026-11-23.md']),
      '2026-11-23-5.md',
    );
  });
});
