import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { dropActionItem } from '../../src/core/edits/dropActionItem';
import { buildAgenda, DEFAULT_MAX_CARRIES, type Agenda } from '../../src/core/records/agenda';
import { cadenceStatus, nextDueDate } from '../../src/core/records/cadence';
import { carriedHome, formatAgenda } from '../../src/core/records/formatAgenda';
import { readRelationship, type RelationshipRecords } from '../../src/core/records/relationship';
import { parseSession } from '../../src/core/records/session';
import { fixtureText } from '../support/fixtures';
import { applyOk, editsOf } from '../support/text';

/** A plan with the given cadence (none when undefined) and goal blocks. */
function plan(cadence: string | undefined, goals: string[] = []): string {
  return [
    '---',
    'mentee: Alex',
    'mentors: [Sam]',
    'started: 2026-01-01',
    ...(cadence ? [`cadence: ${cadence}`] : []),
    '---',
    '# Mentoring plan: Alex',
    '',
    '## Goals',
    '',
    ...goals,
    '',
  ].join('\n');
}

/** A session with action item lines and, optionally, front-matter goals. */
function session(date: string, items: string[] = [], goals?: string): string {
  return [
    '---',
    `date: ${date}`,
    ...(goals ? [`goals: [${goals}]`] : []),
    '---',
    `# Session ${date}`,
    '',
    '## Action items',
    ...items,
    '',
  ].join('\n');
}

/** Line of the first action item in `session()`'s output. */
const FIRST_ITEM_LINE = 7;

/**
 * A relationship "alex" from files named relative to its folder: `plan.md`, `questions.md`,
 * `sessions/<name>.md`. Sessions given as dates only get one open item named after the file.
 */
function relationship(files: Record<string, string>): RelationshipRecords {
  return readRelationship(
    'alex',
    Object.entries(files).map(([p, text]) => ({ path: `alex/${p}`, text })),
  );
}

/** Sessions with one open item each, named after the session's file. */
function sessionsWithOneItem(names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) out[`sessions/${n}.md`] = session(n.slice(0, 10), [`- [ ] Item of ${n}`]);
  return out;
}

const carriedOf = (agenda: Agenda) =>
  Object.fromEntries(agenda.carriedActions.map((a) => [a.text, a.carried]));

describe('unit: agenda', () => {
  describe('carry counting', () => {
    const rel = relationship({
      'plan.md': plan('weekly'),
      ...sessionsWithOneItem(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']),
    });

    it('counts, for each open item, the sessions held after its home session and before the date', () => {
      assert.deepEqual(carriedOf(buildAgenda(rel, '2026-11-30')), {
        'Item of 2026-11-02': 3,
        'Item of 2026-11-09': 2,
        'Item of 2026-11-16': 1,
        'Item of 2026-11-23': 0,
      });
    });

    it('leaves out sessions on or after the agenda date, also when counting', () => {
      assert.deepEqual(carriedOf(buildAgenda(rel, '2026-11-16')), {
        'Item of 2026-11-02': 1,
        'Item of 2026-11-09': 0,
      });
      assert.deepEqual(carriedOf(buildAgenda(rel, '2026-11-17')), {
        'Item of 2026-11-02': 2,
        'Item of 2026-11-09': 1,
        'Item of 2026-11-16': 0,
      });
      assert.deepEqual(buildAgenda(rel, '2026-11-02').carriedActions, []);
    });

    it('gives each item its home: the session file and the 1-based line it was written on', () => {
      const a = buildAgenda(rel, '2026-11-10').carriedActions;
      assert.deepEqual(
        a.map((x) => x.home),
        [
          { file: 'alex/sessions/2026-11-02.md', line: FIRST_ITEM_LINE },
          { file: 'alex/sessions/2026-11-09.md', line: FIRST_ITEM_LINE },
        ],
      );
    });

    it('counts a session whose file cannot be parsed as held, but carries nothing from it', () => {
      const broken = relationship({
        ...sessionsWithOneItem(['2026-11-02']),
        'sessions/2026-11-09.md': '---\ndate: [unclosed\n---\n## Action items\n- [ ] Lost\n',
      });
      assert.deepEqual(carriedOf(buildAgenda(broken, '2026-11-16')), { 'Item of 2026-11-02': 1 });
    });

    it('carried is always the number of later sessions before the date (any history)', () => {
      const dates = fc
        .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 12 })
        .map((days) => days.sort((a, b) => a - b).map((d) => isoPlus('2026-01-01', d)));
      fc.assert(
        fc.property(dates, fc.integer({ min: 0, max: 420 }), (ds, at) => {
          const date = isoPlus('2026-01-01', at);
          const agenda = buildAgenda(relationship(sessionsWithOneItem(ds)), date);
          const before = ds.filter((d) => d < date);
          assert.deepEqual(
            carriedOf(agenda),
            Object.fromEntries(before.map((d, i) => [`Item of ${d}`, before.length - 1 - i])),
          );
        }),
        { seed: 20261123, numRuns: 100 },
      );
    });
  });

  describe('several sessions on one day', () => {
    it('orders them by their -2, -3 ... ordinal (numerically), after the plain date', () => {
      const rel = relationship(
        sessionsWithOneItem(['2026-11-09-10', '2026-11-09-2', '2026-11-09', '2026-11-08']),
      );
      assert.deepEqual(
        rel.sessions.map((s) => s.fileName),
        ['2026-11-08.md', '2026-11-09.md', '2026-11-09-2.md', '2026-11-09-10.md'],
      );
      assert.deepEqual(carriedOf(buildAgenda(rel, '2026-11-10')), {
        'Item of 2026-11-08': 3,
        'Item of 2026-11-09': 2,
        'Item of 2026-11-09-2': 1,
        'Item of 2026-11-09-10': 0,
      });
    });

    it('does not carry items of the sessions held on the agenda date itself', () => {
      const rel = relationship(sessionsWithOneItem(['2026-11-08', '2026-11-09', '2026-11-09-2']));
      assert.deepEqual(carriedOf(buildAgenda(rel, '2026-11-09')), { 'Item of 2026-11-08': 0 });
    });

    it('takes the day as the last session for the cadence', () => {
      const rel = relationship({
        'plan.md': plan('weekly'),
        ...sessionsWithOneItem(['2026-11-09', '2026-11-09-2']),
      });
      assert.deepEqual(buildAgenda(rel, '2026-11-12').cadence, {
        last: '2026-11-09',
        nextDue: '2026-11-16',
        overdue: false,
        daysSinceLast: 3,
      });
    });
  });

  describe('year boundaries', () => {
    const rel = relationship({
      'plan.md': plan('weekly', ['### G1: Ship it', '- status: active', '- target: 2027-01-02']),
      'sessions/2026-12-21.md': session('2026-12-21', ['- [ ] Wrap up (due 2026-12-31)'], 'G1'),
      'sessions/2026-12-28.md': session('2026-12-28'),
    });

    it('carries and counts across December to January', () => {
      const a = buildAgenda(rel, '2027-01-04');
      assert.deepEqual(
        a.carriedActions.map((x) => [x.text, x.carried, x.overdue]),
        [['Wrap up (due 2026-12-31)', 1, true]],
      );
      assert.equal(buildAgenda(rel, '2026-12-31').carriedActions[0].overdue, false);
      assert.equal(buildAgenda(rel, '2027-01-01').carriedActions[0].overdue, true);
    });

    it('works out the cadence across the new year', () => {
      assert.deepEqual(buildAgenda(rel, '2027-01-04').cadence, {
        last: '2026-12-28',
        nextDue: '2027-01-04',
        overdue: false,
        daysSinceLast: 7,
      });
      assert.deepEqual(buildAgenda(rel, '2027-01-05').cadence, {
        last: '2026-12-28',
        nextDue: '2027-01-04',
        overdue: true,
        daysSinceLast: 8,
      });
      assert.equal(nextDueDate('2026-12-31', 'monthly'), '2027-01-31');
      assert.equal(nextDueDate('2026-12-20', 'biweekly'), '2027-01-03');
    });

    it('counts days to a goal target in the next year', () => {
      assert.deepEqual(buildAgenda(rel, '2026-12-25').goals, [
        { id: 'G1', title: 'Ship it', reason: 'target 2027-01-02 is in 8 days' },
      ]);
    });
  });

  describe('cadence', () => {
    it('weekly, biweekly and fortnightly add 7 and 14 days', () => {
      assert.equal(nextDueDate('2026-11-23', 'weekly'), '2026-11-30');
      assert.equal(nextDueDate('2026-11-23', 'biweekly'), '2026-12-07');
      assert.equal(nextDueDate('2026-11-23', 'fortnightly'), '2026-12-07');
      assert.equal(nextDueDate('2026-11-23', ' Weekly '), '2026-11-30');
    });

    it("monthly keeps the day, or takes the month's last day when it has none", () => {
      assert.equal(nextDueDate('2026-11-23', 'monthly'), '2026-12-23');
      assert.equal(nextDueDate('2027-01-31', 'monthly'), '2027-02-28');
      assert.equal(nextDueDate('2028-01-31', 'monthly'), '2028-02-29');
      assert.equal(nextDueDate('2026-03-31', 'monthly'), '2026-04-30');
      assert.equal(nextDueDate('2026-02-28', 'monthly'), '2026-03-28');
    });

    it('"every N days" and "every N weeks"', () => {
      assert.equal(nextDueDate('2026-11-23', 'every 10 days'), '2026-12-03');
      assert.equal(nextDueDate('2026-11-23', 'every 1 day'), '2026-11-24');
      assert.equal(nextDueDate('2026-11-23', 'every 3 weeks'), '2026-12-14');
      assert.equal(nextDueDate('2026-11-23', 'Every 1 Week'), '2026-11-30');
    });

    it('an unknown cadence has no next date and is never overdue', () => {
      for (const c of ['quarterly', 'every other week', 'every -3 days', ''])
        assert.equal(nextDueDate('2026-11-23', c), undefined, c);
      assert.deepEqual(cadenceStatus(['2026-01-01'], 'quarterly', '2026-11-23'), {
        last: '2026-01-01',
        nextDue: undefined,
        overdue: false,
        daysSinceLast: 326,
      });
    });

    it('a plan without a cadence is taken as biweekly, the default of new plans', () => {
      assert.equal(nextDueDate('2026-11-23', undefined), '2026-12-07');
    });

    it('is due on the next date and overdue only after it', () => {
      const dates = ['2026-11-09'];
      assert.equal(cadenceStatus(dates, 'weekly', '2026-11-16').overdue, false);
      assert.equal(cadenceStatus(dates, 'weekly', '2026-11-17').overdue, true);
    });

    it('has no last session before the first one, and counts the date itself only when inclusive', () => {
      assert.deepEqual(cadenceStatus([], 'weekly', '2026-11-23'), { overdue: false });
      assert.deepEqual(cadenceStatus(['2026-11-23'], 'weekly', '2026-11-23'), { overdue: false });
      assert.equal(cadenceStatus(['2026-11-23'], 'weekly', '2026-11-23', true).last, '2026-11-23');
    });
  });

  describe('missing plan fields', () => {
    const items = sessionsWithOneItem(['2026-11-02']);

    it('without a plan: items and questions still come, no goals, the default cadence', () => {
      const rel = relationship({
        ...items,
        'questions.md': '# Questions\n- [ ] Why? (added 2026-11-03 by @alex)\n- [x] Done one\n',
      });
      assert.equal(rel.plan, undefined);
      const a = buildAgenda(rel, '2026-11-23');
      assert.deepEqual(carriedOf(a), { 'Item of 2026-11-02': 0 });
      assert.deepEqual(a.questions, [{ text: 'Why?', added: '2026-11-03', by: 'alex', line: 2 }]);
      assert.deepEqual(a.goals, []);
      assert.deepEqual(a.cadence, {
        last: '2026-11-02',
        nextDue: '2026-11-16',
        overdue: true,
        daysSinceLast: 21,
      });
      assert.deepEqual([a.topics, a.suggestedQuestions], [[], []]);
    });

    it('a plan that does not validate counts as no plan', () => {
      const rel = relationship({ ...items, 'plan.md': '---\nmentee: Alex\n---\n' });
      assert.equal(rel.plan, undefined);
      assert.deepEqual(buildAgenda(rel, '2026-11-23').goals, []);
    });

    it('a plan without goals or cadence gives no goals and the default cadence', () => {
      const rel = relationship({ ...items, 'plan.md': plan(undefined) });
      assert.ok(rel.plan);
      const a = buildAgenda(rel, '2026-11-10');
      assert.deepEqual(a.goals, []);
      assert.equal(a.cadence.nextDue, '2026-11-16');
    });

    it('no sessions and no questions: an empty agenda', () => {
      const a = buildAgenda(relationship({ 'plan.md': plan('weekly') }), '2026-11-23');
      assert.deepEqual(
        [a.carriedActions, a.questions, a.goals, a.cadence],
        [[], [], [], { overdue: false }],
      );
    });
  });

  describe('what is carried', () => {
    const rel = relationship({
      'sessions/2026-11-02.md': session('2026-11-02', [
        '- [ ] @alex Open one (due 2026-11-20) #G1',
        '- [x] Done one',
        '- [X] Done with a capital X',
        '- [ ] ~~Dropped one~~',
        '- [x] ~~Done and dropped~~',
        '- [ ] Due on the day (due 2026-11-23)',
        '- [ ] Due later (due 2026-12-01)',
        '- [ ] Impossible due date (due 2026-02-30)',
        '- [ ] Not a date (due 1.12.)',
      ]),
    });

    it('leaves out done and dropped items', () => {
      assert.deepEqual(
        buildAgenda(rel, '2026-11-23').carriedActions.map((a) => a.text),
        [
          '@alex Open one (due 2026-11-20) #G1',
          'Due on the day (due 2026-11-23)',
          'Due later (due 2026-12-01)',
          'Impossible due date (due 2026-02-30)',
          'Not a date (due 1.12.)',
        ],
      );
    });

    it('carries owner, due date and goal', () => {
      const [a] = buildAgenda(rel, '2026-11-23').carriedActions;
      assert.deepEqual([a.owner, a.due, a.goal], ['alex', '2026-11-20', 'G1']);
    });

    it('is overdue only when due before the agenda date, and never for a due date that is not one', () => {
      assert.deepEqual(
        buildAgenda(rel, '2026-11-23').carriedActions.map((a) => [
          a.text.split(' (')[0],
          a.overdue,
        ]),
        [
          ['@alex Open one', true],
          ['Due on the day', false],
          ['Due later', false],
          ['Impossible due date', false],
          ['Not a date', false],
        ],
      );
    });
  });

  describe('decide', () => {
    const rel = relationship(
      sessionsWithOneItem(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02']),
    );

    it(`marks an item once it has been carried ${DEFAULT_MAX_CARRIES} times (the default)`, () => {
      const a = buildAgenda(rel, '2026-11-09').carriedActions;
      assert.deepEqual(
        a.map((x) => [x.carried, x.decide]),
        [
          [4, true],
          [3, true],
          [2, false],
          [1, false],
          [0, false],
        ],
      );
    });

    it('follows a custom maxCarries', () => {
      assert.deepEqual(
        buildAgenda(rel, '2026-11-09', { maxCarries: 1 }).carriedActions.map((x) => x.decide),
        [true, true, true, true, false],
      );
      assert.deepEqual(
        buildAgenda(rel, '2026-11-09', { maxCarries: 10 }).carriedActions.map((x) => x.decide),
        [false, false, false, false, false],
      );
    });

    it('lists decisions first, then overdue items, then the oldest', () => {
      const mixed = relationship({
        'sessions/2026-10-05.md': session('2026-10-05', ['- [ ] Oldest']),
        'sessions/2026-10-12.md': session('2026-10-12', ['- [ ] Middle']),
        'sessions/2026-10-19.md': session('2026-10-19', ['- [ ] Late (due 2026-10-20)']),
        'sessions/2026-10-26.md': session('2026-10-26', ['- [ ] Newest']),
      });
      assert.deepEqual(
        buildAgenda(mixed, '2026-11-02').carriedActions.map((x) => x.text.split(' (')[0]),
        ['Oldest', 'Late', 'Middle', 'Newest'],
      );
    });
  });

  describe('goals to review', () => {
    const goal = (n: number, title: string, meta: string[]) => [`### G${n}: ${title}`, ...meta, ''];
    const rel = relationship({
      'plan.md': plan('weekly', [
        ...goal(1, 'Target in 14 days', ['- status: active', '- target: 2026-12-07']),
        ...goal(2, 'Target in 15 days', ['- status: active', '- target: 2026-12-08']),
        ...goal(3, 'Target today', ['- target: 2026-11-23']),
        ...goal(4, 'Target passed', ['- status: active', '- target: 2026-11-20']),
        ...goal(5, 'Quiet', ['- status: active']),
        ...goal(6, 'Touched by an item', ['- status: active']),
        ...goal(7, 'Paused and quiet', ['- status: paused', '- target: 2026-11-01']),
        ...goal(8, 'Achieved', ['- status: achieved']),
        ...goal(9, 'Dropped', ['- status: dropped']),
        ...goal(10, 'Only touched four sessions ago', ['- status: active']),
      ]),
      'sessions/2026-10-26.md': session('2026-10-26', [], 'G10'),
      'sessions/2026-11-02.md': session('2026-11-02', [], 'G1, G2, G3, G4'),
      'sessions/2026-11-09.md': session('2026-11-09', ['- [x] Read the guide #G6']),
      'sessions/2026-11-16.md': session('2026-11-16'),
    });

    it('names active goals with a near or past target, or untouched in the last 3 sessions', () => {
      assert.deepEqual(buildAgenda(rel, '2026-11-23').goals, [
        { id: 'G1', title: 'Target in 14 days', reason: 'target 2026-12-07 is in 14 days' },
        { id: 'G3', title: 'Target today', reason: 'target is today' },
        { id: 'G4', title: 'Target passed', reason: 'target 2026-11-20 passed 3 days ago' },
        { id: 'G5', title: 'Quiet', reason: 'not discussed in the last 3 sessions' },
        {
          id: 'G10',
          title: 'Only touched four sessions ago',
          reason: 'not discussed in the last 3 sessions',
        },
      ]);
    });

    it('gives every reason that applies', () => {
      const quiet = relationship({
        'plan.md': plan('weekly', goal(1, 'Both', ['- target: 2026-11-20'])),
        'sessions/2026-11-16.md': session('2026-11-16'),
      });
      assert.deepEqual(buildAgenda(quiet, '2026-11-23').goals, [
        {
          id: 'G1',
          title: 'Both',
          reason: 'target 2026-11-20 passed 3 days ago; not discussed in the last session',
        },
      ]);
      assert.equal(
        buildAgenda(quiet, '2026-11-16').goals[0].reason,
        'target 2026-11-20 is in 4 days; not discussed in a session yet',
      );
    });
  });

  describe('formatAgenda', () => {
    const rel = relationship({
      'plan.md': plan('biweekly', ['### G1: Quiet goal', '- status: active']),
      'sessions/2026-11-02.md': session('2026-11-02', ['- [ ] @alex Old (due 2026-11-05)']),
      'sessions/2026-11-09.md': session('2026-11-09', ['', '- [ ] @sam Newer']),
      'sessions/2026-11-09-2.md': session('2026-11-09', ['- [ ] Same day']),
      'questions.md': '# Q\n- [ ] Why so? (added 2026-11-10 by @alex)\n- [ ] Bare question\n',
    });

    it('writes each part, and ends carried lines with a link to the home line', () => {
      const md = formatAgenda(buildAgenda(rel, '2026-11-30', { maxCarries: 2 }), 'biweekly');
      assert.equal(
        md,
        [
          '### Carried over',
          '- @alex Old (due 2026-11-05) (**overdue**, **decide:** do, drop, delegate or make it a goal; carried 2 times) [2026-11-02:7](2026-11-02.md#L7)',
          '- @sam Newer (carried 1 time) [2026-11-09:8](2026-11-09.md#L8)',
          '- Same day (from last session) [2026-11-09-2:7](2026-11-09-2.md#L7)',
          '',
          '### Questions',
          '- Why so? (added 2026-11-10 by @alex)',
          '- Bare question',
          '',
          '### Goals to review',
          '- G1: Quiet goal (not discussed in the last 3 sessions)',
          '',
          '### Since last time',
          '- Last session 2026-11-09, 21 days ago; next was due 2026-11-23 (biweekly), overdue.',
        ].join('\n'),
      );
    });

    it('carriedHome reads back the home of every carried line', () => {
      const agenda = buildAgenda(rel, '2026-11-30');
      const lines = formatAgenda(agenda).split('\n');
      const homes = agenda.carriedActions.map((a) => ({
        fileName: a.home.file.split('/').pop(),
        line: a.home.line,
      }));
      assert.deepEqual(lines.map((l) => carriedHome(l)).filter(Boolean), homes);
      assert.deepEqual(carriedHome('- Text [2026-11-09:23](2026-11-09.md#L23)  '), {
        fileName: '2026-11-09.md',
        line: 23,
      });
      assert.equal(carriedHome('- Why so? (added 2026-11-10 by @alex)'), undefined);
      assert.equal(carriedHome('- see [x](../plan.md#L3) later'), undefined);
    });

    it('leaves out the cadence words when the plan has none, and the next date when unknown', () => {
      const a = buildAgenda(rel, '2026-11-30');
      assert.match(formatAgenda(a), /next was due 2026-11-23, overdue\.$/);
      const unknown = { ...a, cadence: { ...a.cadence, nextDue: undefined, overdue: false } };
      assert.match(formatAgenda(unknown), /- Last session 2026-11-09, 21 days ago\.$/);
    });

    it('asks what to talk about when there is nothing on the agenda', () => {
      assert.equal(
        formatAgenda(buildAgenda(relationship({}), '2026-11-23')),
        'Nothing carried over, no queued questions and no goals due for review: what would you like to talk about?',
      );
    });
  });

  describe('dropActionItem', () => {
    const text = session('2026-11-02', [
      '- [ ] @alex Draft the checklist (due 2026-11-30) #G1  ',
      '- [ ] ~~Already dropped~~',
      '- [x] Done',
    ]);

    it('inserts "~~" before and after the text and changes nothing else', () => {
      const result = dropActionItem('s.md', text, FIRST_ITEM_LINE);
      const edits = editsOf(result);
      assert.deepEqual(
        edits.map((e) => [e.text, e.end - e.start]),
        [
          ['~~', 0],
          ['~~', 0],
        ],
      );
      const after = applyOk(text, result);
      assert.equal(
        after,
        text.replace(
          '- [ ] @alex Draft the checklist (due 2026-11-30) #G1  ',
          '- [ ] ~~@alex Draft the checklist (due 2026-11-30) #G1~~  ',
        ),
      );
      const item = parseSession('s.md', after).session?.actionItems[0];
      assert.deepEqual(
        [item?.dropped, item?.owner, item?.due, item?.goal],
        [true, 'alex', '2026-11-30', 'G1'],
      );
      assert.deepEqual(
        buildAgenda(relationship({ 'sessions/2026-11-02.md': after }), '2026-11-09').carriedActions,
        [],
      );
    });

    it('keeps CRLF line endings', () => {
      const crlf = text.replace(/\n/g, '\r\n');
      const after = applyOk(crlf, dropActionItem('s.md', crlf, FIRST_ITEM_LINE));
      assert.equal(
        after.replace(/\r\n/g, '\n'),
        applyOk(text, dropActionItem('s.md', text, FIRST_ITEM_LINE)),
      );
      assert.equal(after.split('\r\n').length, crlf.split('\r\n').length);
    });

    it('leaves an item that is already dropped as it is, and can drop a done one', () => {
      assert.deepEqual(editsOf(dropActionItem('s.md', text, FIRST_ITEM_LINE + 1)), []);
      assert.match(
        applyOk(text, dropActionItem('s.md', text, FIRST_ITEM_LINE + 2)),
        /^- \[x\] ~~Done~~$/m,
      );
    });

    it('refuses a line that is not an action item, and a file that cannot be parsed', () => {
      const notItem = dropActionItem('s.md', text, 1);
      assert.equal(notItem.ok, false);
      if (!notItem.ok) assert.match(notItem.message, /s\.md:1 is not an action item/);
      const conflicted = dropActionItem('c.md', fixtureText('conflict-markers.md'), 8);
      assert.equal(conflicted.ok, false);
      if (!conflicted.ok) assert.match(conflicted.message, /cannot be parsed/);
    });
  });
});

/** The date `days` after `date`, computed here without the code under test. */
function isoPlus(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
