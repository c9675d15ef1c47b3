import * as assert from 'node:assert/strict';
import { addGoal } from '../../src/core/edits/addGoal';
import { appendActionItem } from '../../src/core/edits/appendActionItem';
import { appendQuestion } from '../../src/core/edits/appendQuestion';
import { setFrontMatterKeyInText } from '../../src/core/edits/setFrontMatterKey';
import { renderPlan } from '../../src/core/records/newRecords';
import { parsePlan } from '../../src/core/records/plan';
import { parseQuestions } from '../../src/core/records/questions';
import { readRecordDocument } from '../../src/core/records/recordDocument';
import { parseSession } from '../../src/core/records/session';
import { PLAN_TEMPLATE } from '../../src/core/templates/builtinTemplates';
import { applyOk } from '../support/text';

/** How long `run` takes, in milliseconds, and what it returned. */
function timed<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** A valid session whose body holds `line` under "## Notes". */
function sessionWith(line: string): string {
  return `---\ndate: 2026-11-23\n---\n# Session 2026-11-23\n\n## Notes\n${line}\n\n## Action items\n- [ ] @alex One thing\n`;
}

/** A valid plan with one goal whose metadata is `metaLines`. */
function planWith(...metaLines: string[]): string {
  return `---\nmentee: Alex\nmentors: [Sam]\nstarted: 2026-09-01\n---\n# Plan\n\n## Goals\n\n### G1: t\n${metaLines.join('\n')}\n`;
}

const LIMIT_MS = 1000;

describe('unit: hostile input does not freeze the parser', () => {
  it('parses a session body line of 100,000 blanks after "# a" in well under a second', () => {
    const line = `# a${' '.repeat(100_000)}x`;
    const { ms, value } = timed(() => parseSession('s.md', sessionWith(line), '2026-11-23.md'));
    assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
    assert.ok(value.session, 'the session is still usable');
    assert.equal(value.session.actionItems.length, 1);
  });

  it('parses a question whose "(added ... by" note is followed by 100,000 blanks in well under a second', () => {
    const text = `# Q\n\n- [ ] x (added 2026-01-01 by${' '.repeat(100_000)}y\n`;
    const { ms, value } = timed(() => parseQuestions('q.md', text));
    assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
    assert.equal(value.questions.length, 1);
  });

  it('parses a question of 50,000 tabs, "(added a)" and 50,000 tabs in well under a second', () => {
    const text = `# Q\n\n- [ ] ${'\t'.repeat(50_000)}(added a)${'\t'.repeat(50_000)}\n`;
    const { ms, value } = timed(() => parseQuestions('q.md', text));
    assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
    assert.equal(value.questions.length, 1);
  });

  it('parses a goal metadata line with 100,000 blanks inside its value in well under a second', () => {
    const text = planWith(`- status: a${' '.repeat(100_000)}x`);
    const { ms, value } = timed(() => parsePlan('p.md', text));
    assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
    assert.equal(value.plan?.goals.length, 1);
  });

  it('reports a duration of "1h", 30,000 blanks and "x" as an invalid value, quickly', () => {
    const text = `---\ndate: 2026-11-23\nduration: 1h${' '.repeat(30_000)}x\n---\n# Session\n`;
    const { ms, value } = timed(() => parseSession('s.md', text));
    assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
    const p = value.problems.find((q) => q.code === 'invalid-value');
    assert.ok(p, JSON.stringify(value.problems));
    assert.equal(p.line, 3);
  });
});

describe('unit: headings, goal metadata and question notes after the parser hardening', () => {
  const headingsOf = (text: string) =>
    readRecordDocument('x.md', text, { frontMatter: 'optional' }).headings.map((h) => [
      h.level,
      h.text,
    ]);

  it('drops a closing run of "#" from a heading: "## Notes ##" is "Notes"', () => {
    assert.deepEqual(headingsOf('## Notes ##\n'), [[2, 'Notes']]);
    assert.equal(
      parseSession('s.md', sessionWith('') + '## Decisions ##\n').doc.sections.at(-1)?.name,
      'Decisions',
    );
  });

  it('keeps a "#" word that is not a closing sequence: "# Title #not-closing"', () => {
    assert.deepEqual(headingsOf('# Title #not-closing\n'), [[1, 'Title #not-closing']]);
  });

  it('reads "###" alone as a level-3 heading with empty text', () => {
    assert.deepEqual(headingsOf('###\n'), [[3, '']]);
  });

  it('drops a trailing " # comment" from a goal metadata value', () => {
    const goal = parsePlan('p.md', planWith('- status: active # note')).plan?.goals[0];
    assert.ok(goal);
    assert.equal(goal.status, 'active');
    assert.equal(goal.meta.find((m) => m.key === 'status')?.value, 'active');
  });

  it('keeps a "#" inside a word of a goal metadata value: "use C# well"', () => {
    const goal = parsePlan('p.md', planWith('- status: active', '- measure: use C# well')).plan
      ?.goals[0];
    assert.ok(goal);
    assert.equal(goal.measure, 'use C# well');
  });

  it('still reads added, by and discussed from a question note', () => {
    const q = parseQuestions(
      'q.md',
      '# Q\n\n- [x] Why? (added 2026-11-20 by @alex, discussed 2026-11-27)\n',
    ).questions;
    assert.deepEqual(
      q.map((x) => [x.text, x.done, x.added, x.by, x.discussed]),
      [['Why?', true, '2026-11-20', 'alex', '2026-11-27']],
    );
  });
});

describe('unit: addGoal ids and areas', () => {
  it('gives G1 to the first goal of a plan rendered from the built-in template (the commented example does not count)', () => {
    const rendered = renderPlan(PLAN_TEMPLATE, {
      mentee: 'Alex Rivera',
      mentors: ['Sam Chen'],
      started: '2026-09-01',
    });
    assert.ok(rendered.ok);
    const result = addGoal('p.md', rendered.text, { title: 'Ship it' });
    assert.equal(result.id, 'G1');
    const goals = parsePlan('p.md', applyOk(rendered.text, result)).plan?.goals ?? [];
    assert.deepEqual(
      goals.map((g) => [g.id, g.title]),
      [['G1', 'Ship it']],
    );
  });

  it('gives G4 after "### G3" in a plan whose front matter is invalid', () => {
    const text =
      '---\nmentee: Alex\nmentors: [Sam]\nstarted: not-a-date\n---\n# Plan\n\n## Goals\n\n### G3: x\n- status: active\n';
    assert.equal(parsePlan('p.md', text).plan, undefined, 'the front matter is invalid');
    const result = addGoal('p.md', text, { title: 'Next' });
    assert.equal(result.ok, true);
    assert.equal(result.id, 'G4');
    assert.match(applyOk(text, result), /^### G4: Next$/m);
  });

  it('refuses areas that contain a line break and changes nothing', () => {
    const text = planWith('- status: active');
    const result = addGoal('p.md', text, { title: 'Next', areas: ['src\n## Action items'] });
    assert.equal(result.ok, false);
    assert.equal(text, planWith('- status: active'));
  });
});

describe('unit: appends never land inside an unclosed code fence or HTML comment', () => {
  it('refuses to append a question after an unclosed code fence', () => {
    const result = appendQuestion('q.md', '# Q\n\n```\n- [ ] example\n', {
      text: 'New?',
      added: '2026-11-23',
    });
    assert.equal(result.ok, false);
  });

  it('refuses to append an action item when "## Action items" ends inside an unclosed "<!-- todo" comment', () => {
    const text =
      '---\ndate: 2026-11-23\n---\n# Session\n\n## Action items\n- [ ] @alex One\n<!-- todo\n- [ ] later\n';
    const result = appendActionItem('s.md', text, { text: 'Two', owner: 'sam' });
    assert.equal(result.ok, false);
  });

  it('appends a question after a closed code fence, and the new question is read', () => {
    const text = '# Q\n\n```\n- [ ] example\n```\n';
    const after = applyOk(
      text,
      appendQuestion('q.md', text, { text: 'New?', added: '2026-11-23' }),
    );
    assert.deepEqual(
      parseQuestions('q.md', after).questions.map((q) => [q.text, q.added]),
      [['New?', '2026-11-23']],
    );
  });

  it('appends an action item after a closed code fence in "## Action items", and the new item is read', () => {
    const text =
      '---\ndate: 2026-11-23\n---\n# Session\n\n## Action items\n- [ ] @alex One\n```\n- [ ] example\n```\n';
    const after = applyOk(text, appendActionItem('s.md', text, { text: 'Two', owner: 'sam' }));
    assert.deepEqual(
      parseSession('s.md', after).session?.actionItems.map((i) => [i.owner, i.text]),
      [
        ['alex', '@alex One'],
        ['sam', '@sam Two'],
      ],
    );
  });
});

describe('unit: setFrontMatterKey refuses rather than losing data', () => {
  const head = '---\nmentee: Alex\nmentors: [Sam]\nstarted: 2026-09-01\n';

  it('refuses to replace a block list that has comments inside it', () => {
    const text = `${head}identities:\n  - a # one\n  # between\n  - b\n---\n# Plan\n`;
    const result = setFrontMatterKeyInText('p.md', text, 'identities', ['x', 'y']);
    assert.equal(result.ok, false);
  });

  it('refuses a change that would also change another key (an alias of the value)', () => {
    const text = `${head}a: &x foo\nb: *x\n---\n# Plan\n`;
    const result = setFrontMatterKeyInText('p.md', text, 'a', 'bar');
    assert.equal(result.ok, false);
  });

  it('still replaces a block list without comments, item by item', () => {
    const text = `${head}identities:\n  - a\n  - b\n---\n# Plan\n`;
    const after = applyOk(text, setFrontMatterKeyInText('p.md', text, 'identities', ['x', 'y']));
    assert.equal(after, `${head}identities:\n  - x\n  - y\n---\n# Plan\n`);
  });
});
