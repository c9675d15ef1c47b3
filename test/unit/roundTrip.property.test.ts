// The round-trip property of the writing rules in docs/records.md: over generated records (valid and not,
// LF or CRLF, with and without a byte order mark, Unicode text, comments and unknown keys in
// front matter, unknown sections, lines that look like structure), every edit changes only the
// bytes it means to change, the result parses to the intended model, and a file that cannot be
// parsed is refused, never edited. The expected text is computed from the generator's own
// bookkeeping, not from the code under test.
//
// Reproduce a failure with the seed (and path) fast-check prints: FC_SEED=<seed> npm run test:unit.
// FC_RUNS raises the number of runs for a longer search.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { addGoal } from '../../src/core/edits/addGoal';
import { appendActionItem } from '../../src/core/edits/appendActionItem';
import { appendQuestion } from '../../src/core/edits/appendQuestion';
import { dropActionItem } from '../../src/core/edits/dropActionItem';
import type { EditResult } from '../../src/core/edits/editResult';
import { putInSection } from '../../src/core/edits/putInSection';
import { setActionItemDone } from '../../src/core/edits/setActionItemDone';
import {
  setFrontMatterKeyInText,
  type FrontMatterValue,
} from '../../src/core/edits/setFrontMatterKey';
import { setGoalStatus } from '../../src/core/edits/setGoalStatus';
import { setQuestionDone } from '../../src/core/edits/setQuestionDone';
import type { ActionItem } from '../../src/core/records/actionItem';
import { parsePlan, type Goal } from '../../src/core/records/plan';
import { parseQuestions, type QueuedQuestion } from '../../src/core/records/questions';
import { readRecordDocument } from '../../src/core/records/recordDocument';
import { parseSession, SESSION_SECTIONS } from '../../src/core/records/session';
import { decodeRecordBytes, encodeRecordText } from '../../src/core/text/decode';
import { applyEdits } from '../../src/core/text/textEdit';
import {
  planRecord,
  plainWords,
  questionsRecord,
  sessionRecord,
  unicodeText,
  type GeneratedRecord,
} from '../support/recordArbitraries';
import { breaksAre, insertedLines } from '../support/text';

const SEED = Number(process.env.FC_SEED ?? 20261123);
const RUNS = Number(process.env.FC_RUNS ?? 300);
const PARAMS: fc.Parameters<unknown> = { seed: SEED, numRuns: RUNS, endOnFailure: false };
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const TODAY = '2026-11-24';

/** Runs an edit the way the CLI does: bytes in, decode, edit, apply, encode; checks the envelope. */
function throughBytes(
  r: GeneratedRecord,
  compute: (text: string) => EditResult,
): { result: EditResult; after?: string } {
  const body = Buffer.from(r.text, 'utf8');
  const decoded = decodeRecordBytes('f.md', r.bom ? Buffer.concat([BOM, body]) : body);
  assert.ok(decoded.ok, 'generated text is valid UTF-8');
  if (!decoded.ok) throw new Error('unreachable');
  assert.equal(decoded.value.bom, r.bom);
  assert.equal(decoded.value.text, r.text);
  const result = compute(decoded.value.text);
  if (r.breakage) {
    assert.equal(result.ok, false, `a record broken by ${r.breakage} must be refused`);
    if (!result.ok) assert.match(result.message, /cannot be parsed/);
    return { result };
  }
  if (!result.ok) return { result };
  const after = applyEdits(decoded.value.text, result.edits);
  const bytes = Buffer.from(encodeRecordText({ text: after, bom: decoded.value.bom }));
  assert.equal(
    bytes.subarray(0, 3).equals(BOM),
    r.bom,
    'the byte order mark is kept exactly when there was one',
  );
  assert.equal(bytes.subarray(r.bom ? 3 : 0).toString('utf8'), after);
  // A file without any line break has no style to keep; new lines then use LF.
  assert.ok(
    breaksAre(after, r.text.includes('\n') ? r.eol : '\n'),
    'no other line break style was introduced',
  );
  return { result, after };
}

function lineStart(r: GeneratedRecord, index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += r.lines[i].length + r.eol.length;
  return offset;
}

/** A line that the generator did not write as one of `taken`, for refusal cases. */
function otherLine(r: GeneratedRecord, pick: number, taken: readonly { index: number }[]): number {
  const free = r.lines.map((_, i) => i).filter((i) => !taken.some((t) => t.index === i));
  return free.length ? free[pick % free.length] + 1 : r.lines.length + 1;
}

const itemModel = (i: ActionItem) => ({
  text: i.text,
  done: i.done,
  dropped: i.dropped,
  owner: i.owner,
  due: i.due,
  goal: i.goal,
});
const questionModel = (q: QueuedQuestion) => ({
  text: q.text,
  done: q.done,
  added: q.added,
  by: q.by,
  discussed: q.discussed,
});
const goalModel = (g: Goal) => ({
  id: g.id,
  title: g.title,
  status: g.status,
  target: g.target,
  areas: g.areas,
});

function sessionItems(text: string): ActionItem[] {
  const parsed = parseSession('f.md', text);
  assert.ok(
    parsed.session,
    `the session parses: ${JSON.stringify(parsed.problems.filter((p) => p.severity === 'error'))}`,
  );
  return parsed.session.actionItems;
}

function assertOnlyInserted(
  before: string,
  after: string,
  allowed: readonly string[],
  required: readonly string[],
): void {
  const inserted = insertedLines(before, after).map((l) => l.text);
  for (const line of inserted)
    assert.ok(allowed.includes(line), `unexpected inserted line ${JSON.stringify(line)}`);
  for (const line of required) {
    assert.equal(
      inserted.filter((l) => l === line).length,
      1,
      `${JSON.stringify(line)} is inserted once`,
    );
  }
}

describe(`unit: round-trip properties of every edit (fast-check seed ${SEED}, ${RUNS} runs each)`, function () {
  this.timeout(60_000);

  it('the generator and the parser agree on where action items, questions and goals are', () => {
    fc.assert(
      fc.property(sessionRecord, questionsRecord, planRecord, (s, q, p) => {
        if (!s.breakage)
          assert.deepEqual(
            sessionItems(s.text).map((i) => i.line),
            s.actionItems.map((i) => i.index + 1),
          );
        if (!q.breakage)
          assert.deepEqual(
            parseQuestions('f.md', q.text).questions.map((x) => x.line),
            q.questions.map((x) => x.index + 1),
          );
        if (!p.breakage) {
          const plan = parsePlan('f.md', p.text);
          assert.equal(plan.doc.fatal, false);
          assert.deepEqual(
            plan.plan?.goals.map((g) => g.line),
            p.goals.map((g) => g.headingIndex + 1),
          );
        }
        for (const r of [s, q, p])
          if (r.breakage)
            assert.equal(
              readRecordDocument('f.md', r.text, { frontMatter: 'optional' }).fatal,
              true,
            );
      }),
      PARAMS,
    );
  });

  it('ticking or unticking an action item changes exactly its one mark character', () => {
    fc.assert(
      fc.property(sessionRecord, fc.nat(), fc.boolean(), fc.boolean(), (r, pick, done, onItem) => {
        const target =
          onItem && r.actionItems.length ? r.actionItems[pick % r.actionItems.length] : undefined;
        const line = target ? target.index + 1 : otherLine(r, pick, r.actionItems);
        const { result, after } = throughBytes(r, (t) => setActionItemDone('f.md', t, line, done));
        if (r.breakage) return;
        if (!target) {
          assert.equal(result.ok, false, 'a line that is not an action item is refused');
          return;
        }
        assert.ok(after !== undefined, result.ok ? '' : result.message);
        const offset = lineStart(r, target.index) + target.markColumn;
        const changes = (target.mark !== ' ') !== done;
        const expected = changes
          ? r.text.slice(0, offset) + (done ? 'x' : ' ') + r.text.slice(offset + 1)
          : r.text;
        assert.equal(after, expected);
        const before = sessionItems(r.text).map(itemModel);
        const k = r.actionItems.indexOf(target);
        before[k] = { ...before[k], done };
        assert.deepEqual(sessionItems(after).map(itemModel), before);
      }),
      PARAMS,
    );
  });

  it('dropping an action item inserts "~~" before and after its text and nothing else', () => {
    fc.assert(
      fc.property(sessionRecord, fc.nat(), fc.boolean(), (r, pick, onItem) => {
        const target =
          onItem && r.actionItems.length ? r.actionItems[pick % r.actionItems.length] : undefined;
        const line = target ? target.index + 1 : otherLine(r, pick, r.actionItems);
        const { result, after } = throughBytes(r, (t) => dropActionItem('f.md', t, line));
        if (r.breakage) return;
        if (!target) {
          assert.equal(result.ok, false, 'a line that is not an action item is refused');
          return;
        }
        assert.ok(after !== undefined, result.ok ? '' : result.message);
        const k = r.actionItems.indexOf(target);
        const before = sessionItems(r.text).map(itemModel);
        if (before[k].dropped) {
          assert.equal(after, r.text, 'an item already struck out is left as it is');
          return;
        }
        // The generator writes "<bullet> [<mark>] <text>" with the text trimmed at both ends.
        const textColumn = target.markColumn + 3;
        const expectedLines = [...r.lines];
        const old = r.lines[target.index];
        expectedLines[target.index] = `${old.slice(0, textColumn)}~~${old.slice(textColumn)}~~`;
        assert.equal(after, expectedLines.join(r.eol) + (r.finalBreak ? r.eol : ''));
        before[k] = { ...before[k], text: `~~${before[k].text}~~`, dropped: true };
        assert.deepEqual(sessionItems(after).map(itemModel), before);
      }),
      PARAMS,
    );
  });

  it('appending an action item inserts its line (and the section when missing) and nothing else', () => {
    const newItem = fc.record({
      text: plainWords,
      owner: fc.option(fc.constantFrom('alex', 'José', 'kim.lee'), { nil: undefined }),
      due: fc.option(fc.constantFrom('2026-12-01', '2027-02-28'), { nil: undefined }),
      goal: fc.option(fc.constantFrom('G1', 'G42'), { nil: undefined }),
    });
    fc.assert(
      fc.property(sessionRecord, newItem, (r, item) => {
        const { result, after } = throughBytes(r, (t) => appendActionItem('f.md', t, item));
        if (r.breakage) return;
        assert.ok(after !== undefined, result.ok ? '' : result.message);
        const line = [
          '- [ ]',
          item.owner ? `@${item.owner}` : '',
          item.text,
          item.due ? `(due ${item.due})` : '',
          item.goal ? `#${item.goal}` : '',
        ]
          .filter(Boolean)
          .join(' ');
        const had = r.sections.includes('Action items');
        assertOnlyInserted(
          r.text,
          after,
          ['', line, ...(had ? [] : ['## Action items'])],
          had ? [line] : [line, '## Action items'],
        );
        const expected = [
          ...sessionItems(r.text).map(itemModel),
          {
            text: line.slice(6),
            done: false,
            dropped: false,
            owner: item.owner,
            due: item.due,
            goal: item.goal,
          },
        ];
        assert.deepEqual(sessionItems(after).map(itemModel), expected);
      }),
      PARAMS,
    );
  });

  it('putting text in a section appends it there, or creates the section in its usual place', () => {
    const names = [...SESSION_SECTIONS, 'Retro corner', 'Brand new'];
    fc.assert(
      fc.property(
        sessionRecord,
        fc.constantFrom(...names),
        fc.array(
          unicodeText.map((t) => `Text ${t}`),
          { minLength: 1, maxLength: 3 },
        ),
        (r, name, content) => {
          const { result, after } = throughBytes(r, (t) =>
            putInSection(parseSession('f.md', t).doc, name, content.join('\n'), SESSION_SECTIONS),
          );
          if (r.breakage) return;
          assert.ok(after !== undefined, result.ok ? '' : result.message);
          const had = r.sections.some((s) => s.toLowerCase() === name.toLowerCase());
          assertOnlyInserted(
            r.text,
            after,
            ['', ...content, ...(had ? [] : [`## ${name}`])],
            had ? [] : [`## ${name}`],
          );
          // Where the section belongs: before the first section in the file that usually follows it.
          const rank = (n: string) =>
            (SESSION_SECTIONS as readonly string[]).findIndex(
              (s) => s.toLowerCase() === n.toLowerCase(),
            );
          const expectedNames = [...r.sections];
          if (!had) {
            const next =
              rank(name) >= 0 ? expectedNames.findIndex((s) => rank(s) > rank(name)) : -1;
            expectedNames.splice(next >= 0 ? next : expectedNames.length, 0, name);
          }
          const doc = parseSession('f.md', after).doc;
          assert.deepEqual(
            doc.sections.map((s) => s.name.toLowerCase()),
            expectedNames.map((s) => s.toLowerCase()),
          );
          const section = doc.sections.find((s) => s.name.toLowerCase() === name.toLowerCase());
          assert.ok(section);
          const body = doc.lines
            .slice(section.bodyFrom, section.bodyTo)
            .map((l) => l.text)
            .filter((t) => t.trim() !== '');
          assert.deepEqual(body.slice(-content.length), content, 'the text ends the section');
          assert.deepEqual(sessionItems(after).map(itemModel), sessionItems(r.text).map(itemModel));
        },
      ),
      PARAMS,
    );
  });

  it('setting a front-matter key changes only its value (or adds one line) and reads back as that value', () => {
    const value: fc.Arbitrary<FrontMatterValue> = fc.oneof(
      unicodeText,
      fc.array(unicodeText, { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 0, max: 500 }),
      fc.constantFrom(
        '2026-12-01',
        'yes',
        '123',
        '@alex',
        'a: b',
        'x # y',
        "it's",
        '"q"',
        '- dash',
        '[x]',
        '{y}',
        '`t`',
        '!tag',
        '&anchor',
        '*alias',
        '%p',
        '|',
        '>',
      ),
    );
    fc.assert(
      fc.property(fc.oneof(sessionRecord, planRecord), fc.nat(), value, (r, pick, v) => {
        const settable = r.keys.filter((k) => /^[A-Za-z][\w-]*$/.test(k.key));
        const existing =
          pick % (settable.length + 1) < settable.length
            ? settable[pick % (settable.length + 1)]
            : undefined;
        const key = existing?.key ?? 'newkey';
        const { result, after } = throughBytes(r, (t) =>
          setFrontMatterKeyInText('f.md', t, key, v),
        );
        if (r.breakage) return;
        assert.ok(
          after !== undefined,
          result.ok ? '' : `${result.message} (${key} = ${JSON.stringify(v)})`,
        );
        if (existing) {
          const tail = r.text.length - existing.valueEnd;
          assert.equal(
            after.slice(0, existing.valueStart),
            r.text.slice(0, existing.valueStart),
            'the text before the value is kept',
          );
          assert.equal(
            after.slice(after.length - tail),
            r.text.slice(existing.valueEnd),
            'the text after the value is kept',
          );
        } else {
          const inserted = insertedLines(r.text, after);
          assert.equal(inserted.length, 1);
          assert.ok(inserted[0].text.startsWith('newkey: '));
          assert.equal(r.lines[inserted[0].index], '---', 'added as the last front-matter line');
        }
        const beforeData =
          readRecordDocument('f.md', r.text, { frontMatter: 'required' }).frontMatter?.data ?? {};
        const afterData =
          readRecordDocument('f.md', after, { frontMatter: 'required' }).frontMatter?.data ?? {};
        assert.deepEqual(afterData, { ...beforeData, [key]: v });
        assert.deepEqual(
          Object.keys(afterData),
          [...Object.keys(beforeData), ...(existing ? [] : [key])],
          'key order is kept',
        );
      }),
      PARAMS,
    );
  });

  it('appending a question inserts its line and nothing else', () => {
    const by = fc.option(fc.constantFrom('alex', 'Zoë', 'sam_k'), { nil: undefined });
    fc.assert(
      fc.property(
        questionsRecord,
        plainWords.map((w) => w.replace(/[()]/g, '').trim()).filter((w) => w !== ''),
        by,
        (r, text, who) => {
          const { result, after } = throughBytes(r, (t) =>
            appendQuestion('f.md', t, { text, added: TODAY, by: who }),
          );
          if (r.breakage) return;
          assert.ok(after !== undefined, result.ok ? '' : result.message);
          const line = `- [ ] ${text} (added ${TODAY}${who ? ` by @${who}` : ''})`;
          assertOnlyInserted(r.text, after, ['', line], [line]);
          const expected = [
            ...parseQuestions('f.md', r.text).questions.map(questionModel),
            { text, done: false, added: TODAY, by: who, discussed: undefined },
          ];
          assert.deepEqual(parseQuestions('f.md', after).questions.map(questionModel), expected);
        },
      ),
      PARAMS,
    );
  });

  it('ticking a question changes its mark and adds the discussed date inside its note, nothing else', () => {
    fc.assert(
      fc.property(
        questionsRecord,
        fc.nat(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (r, pick, done, withDate, onQuestion) => {
          const target =
            onQuestion && r.questions.length ? r.questions[pick % r.questions.length] : undefined;
          const line = target ? target.index + 1 : otherLine(r, pick, r.questions);
          const discussed = withDate ? TODAY : undefined;
          const { result, after } = throughBytes(r, (t) =>
            setQuestionDone('f.md', t, line, done, discussed),
          );
          if (r.breakage) return;
          if (!target) {
            assert.equal(result.ok, false, 'a line that is not a question is refused');
            return;
          }
          assert.ok(after !== undefined, result.ok ? '' : result.message);
          const start = lineStart(r, target.index);
          let expectedLine = r.lines[target.index];
          if ((target.mark !== ' ') !== done) {
            expectedLine =
              expectedLine.slice(0, target.markColumn) +
              (done ? 'x' : ' ') +
              expectedLine.slice(target.markColumn + 1);
          }
          const addsDate = done && withDate && target.hasNote && !target.discussed;
          if (addsDate) expectedLine = `${expectedLine.slice(0, -1)}, discussed ${TODAY})`;
          assert.equal(
            after,
            r.text.slice(0, start) +
              expectedLine +
              r.text.slice(start + r.lines[target.index].length),
          );
          const expected = parseQuestions('f.md', r.text).questions.map(questionModel);
          const k = r.questions.indexOf(target);
          expected[k] = {
            ...expected[k],
            done,
            discussed: addsDate ? TODAY : expected[k].discussed,
          };
          assert.deepEqual(parseQuestions('f.md', after).questions.map(questionModel), expected);
        },
      ),
      PARAMS,
    );
  });

  it('adding a goal inserts it with the next free id and changes nothing else', () => {
    const newGoal = fc.record({
      title: plainWords,
      status: fc.option(fc.constantFrom('active', 'paused'), { nil: undefined }),
      target: fc.option(fc.constantFrom('2027-03-31'), { nil: undefined }),
    });
    fc.assert(
      fc.property(planRecord, newGoal, (r, goal) => {
        const { result, after } = throughBytes(r, (t) => addGoal('f.md', t, goal));
        if (r.breakage) return;
        assert.ok(after !== undefined, result.ok ? '' : result.message);
        const id = `G${Math.max(0, ...r.goals.map((g) => g.number)) + 1}`;
        assert.equal(result.ok && (result as { id?: string }).id, id);
        const lines = [
          `### ${id}: ${goal.title}`,
          `- status: ${goal.status ?? 'active'}`,
          ...(goal.target ? [`- target: ${goal.target}`] : []),
        ];
        const had = r.sections.includes('Goals');
        assertOnlyInserted(
          r.text,
          after,
          ['', ...lines, ...(had ? [] : ['## Goals'])],
          had ? lines : [...lines, '## Goals'],
        );
        const before = parsePlan('f.md', r.text);
        const parsed = parsePlan('f.md', after);
        assert.deepEqual(parsed.plan?.goals.map(goalModel), [
          ...(before.plan?.goals.map(goalModel) ?? []),
          {
            id,
            title: goal.title,
            status: goal.status ?? 'active',
            target: goal.target,
            areas: [],
          },
        ]);
        assert.deepEqual({ ...parsed.plan, goals: [] }, { ...before.plan, goals: [] });
      }),
      PARAMS,
    );
  });

  it("setting a goal's status rewrites its value, or inserts one status line, and nothing else", () => {
    fc.assert(
      fc.property(
        planRecord,
        fc.nat(),
        fc.constantFrom('active', 'achieved', 'paused', 'dropped'),
        (r, pick, status) => {
          const target = r.goals.length ? r.goals[pick % r.goals.length] : undefined;
          const { result, after } = throughBytes(r, (t) =>
            setGoalStatus('f.md', t, target ? `G${target.number}` : 'G99', status),
          );
          if (r.breakage) return;
          if (!target) {
            assert.equal(result.ok, false, 'an unknown goal is refused');
            return;
          }
          assert.ok(after !== undefined, result.ok ? '' : result.message);
          const expectedLines = [...r.lines];
          if (target.statusIndex !== undefined)
            expectedLines[target.statusIndex] = `- status: ${status}`;
          else
            expectedLines.splice(
              target.firstMetaIndex ?? target.headingIndex + 1,
              0,
              `- status: ${status}`,
            );
          // A file that ends without a line break still ends without one after the insertion.
          assert.equal(after, expectedLines.join(r.eol) + (r.finalBreak ? r.eol : ''));
          const expected = parsePlan('f.md', r.text).plan?.goals.map(goalModel) ?? [];
          const k = r.goals.indexOf(target);
          expected[k] = { ...expected[k], status };
          assert.deepEqual(parsePlan('f.md', after).plan?.goals.map(goalModel), expected);
        },
      ),
      PARAMS,
    );
  });
});
