import * as assert from 'node:assert/strict';
import { addAgendaTopic } from '../../src/core/edits/addAgendaTopic';
import { readRecordDocument } from '../../src/core/records/recordDocument';
import { readRelationship } from '../../src/core/records/relationship';
import { roleOf } from '../../src/core/records/roleOf';
import { topicRequestFor } from '../../src/core/records/topicRequest';
import { applyOk, editsOf } from '../support/text';

const PLAN = (identities: string) =>
  `---\nmentee: Alex Rivera\nmentors: [Sam]\nstarted: 2026-01-01\n${identities}---\n# Plan\n`;
const SESSION = (date: string, head = '') =>
  `---\ndate: ${date}\n${head}---\n# Session ${date}\n\n## Agenda\n\n## Notes\n`;
const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function rel(files: Record<string, string>) {
  return readRelationship(
    'alex',
    Object.entries(files).map(([p, text]) => ({ path: `alex/${p}`, text })),
  );
}

describe('topics: the range a relationship asks for', () => {
  it("starts at the last session held before today, not at today's log being prepared", () => {
    const r = rel({
      'plan.md': PLAN('identities: [alex@example.com]\n'),
      'sessions/2026-11-09.md': SESSION('2026-11-09', `head: ${SHA_A}\n`),
      'sessions/2026-11-23.md': SESSION('2026-11-23', `head: ${SHA_B}\n`),
    });
    const q = topicRequestFor(r, { today: '2026-11-23' });
    assert.deepEqual(q, {
      authors: ['alex@example.com'],
      sinceHead: SHA_A,
      since: '2026-11-09',
      until: '2026-11-23',
      basis: 'last-session',
      fromSession: 'alex/sessions/2026-11-09.md',
    });
  });

  it("uses the mentee's name when the plan lists no identities, and the last 30 days without sessions", () => {
    const q = topicRequestFor(rel({ 'plan.md': PLAN('') }), { today: '2026-11-23' });
    assert.deepEqual(q, {
      authors: ['Alex Rivera'],
      since: '2026-10-24',
      until: '2026-11-23',
      basis: 'days',
    });
  });

  it('takes an explicit range or a number of days as given', () => {
    const r = rel({ 'plan.md': PLAN(''), 'sessions/2026-11-09.md': SESSION('2026-11-09') });
    assert.equal(topicRequestFor(r, { today: '2026-11-23', since: '2026-01-01' }).basis, 'custom');
    assert.equal(topicRequestFor(r, { today: '2026-11-23', days: 7 }).since, '2026-11-16');
  });

  it("picks a session's head for this repository from a folder-to-sha mapping", () => {
    const r = rel({
      'plan.md': PLAN(''),
      'sessions/2026-11-09.md': SESSION('2026-11-09', `head:\n  api: ${SHA_A}\n  web: ${SHA_B}\n`),
    });
    assert.equal(topicRequestFor(r, { today: '2026-11-23', repoName: 'web' }).sinceHead, SHA_B);
    assert.equal(
      topicRequestFor(r, { today: '2026-11-23', repoName: 'other' }).sinceHead,
      undefined,
    );
  });
});

describe('edits: adding a learning topic to an agenda', () => {
  const LINE = '- Reverted "x" — What would you do differently? (abc1234)';
  const doc = (text: string) => readRecordDocument('s.md', text, { frontMatter: 'required' });

  it('adds the line under the agenda\'s "Learning topics" part, before the next part', () => {
    const text = `---\ndate: 2026-11-23\n---\n## Agenda\n### Learning topics\n- First work in db — How? (1111111)\n\n### Since last time\n- Last session.\n\n## Notes\n`;
    const after = applyOk(text, addAgendaTopic(doc(text), LINE));
    assert.equal(after, text.replace('(1111111)\n', `(1111111)\n${LINE}\n`));
  });

  it('appends to the Agenda when it has no topics part, and never adds the same line twice', () => {
    const text = `---\ndate: 2026-11-23\n---\n## Agenda\n- A question\n\n## Notes\n`;
    const once = applyOk(text, addAgendaTopic(doc(text), LINE));
    assert.equal(once, text.replace('- A question\n', `- A question\n${LINE}\n`));
    assert.deepEqual(editsOf(addAgendaTopic(doc(once), LINE)), []);
  });
});

describe("records: the user's role in a relationship", () => {
  const plan = {
    mentee: 'Alex Rivera',
    mentors: ['Sam Chen', 'Kim Lee'],
    identities: ['alex@example.com', 'arivera'],
  };
  it('is the mentee by email, identity name or mentee name, case-insensitively', () => {
    assert.equal(roleOf(plan, { email: 'ALEX@example.com' }), 'mentee');
    assert.equal(roleOf(plan, { name: 'arivera' }), 'mentee');
    assert.equal(roleOf(plan, { name: ' alex rivera ' }), 'mentee');
  });
  it('is a mentor by name, and nothing for anyone else or an empty identity', () => {
    assert.equal(roleOf(plan, { name: 'Kim Lee', email: 'kim@example.com' }), 'mentor');
    assert.equal(roleOf(plan, { name: 'Someone', email: 'x@example.com' }), undefined);
    assert.equal(roleOf(plan, {}), undefined);
    assert.equal(roleOf(undefined, { name: 'Sam Chen' }), undefined);
  });
});
