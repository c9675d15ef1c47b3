import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toIsoDate } from '../../src/core/dates';
import { carriedHome } from '../../src/core/records/formatAgenda';
import { parseSession } from '../../src/core/records/session';
import { findSection } from '../../src/core/text/markdown';
import { ensureCliBuilt, linesOf, removeDir, runCli, tempDir } from '../support/cli';

const PLAN = `---
mentee: Alex
mentors: [Sam Chen]
started: 2026-09-01
cadence: weekly
---
# Mentoring plan: Alex

## Goals

### G1: Review migrations with confidence
- status: active
- target: 2026-12-01

### G2: Pair on the on-call rota
- status: paused
`;

/** A session file with the given action item lines and front-matter goals. */
function session(date: string, items: string[], goals = ''): string {
  return `---\ndate: ${date}\n${goals ? `goals: [${goals}]\n` : ''}---\n# Session ${date}\n\n## Notes\n\nTalked.\n\n## Action items\n${items.join('\n')}\n`;
}

const SESSIONS: Record<string, string> = {
  '2026-11-02.md': session('2026-11-02', [
    '- [ ] @alex Draft the migration checklist (due 2026-11-06) #G1',
    '- [x] @sam Introduce Alex to the DBA on-call',
  ]),
  '2026-11-09.md': session('2026-11-09', [
    '- [ ] @sam Share the runbook',
    '- [ ] ~~@alex Write a blog post~~',
  ]),
  '2026-11-16.md': session('2026-11-16', ['- [ ] Book a room for the demo (due 2999-12-31)'], 'G1'),
};

interface AgendaJson {
  relationship: string;
  date: string;
  carriedActions: {
    text: string;
    owner: string | null;
    due: string | null;
    home: { file: string; line: number };
    carried: number;
    overdue: boolean;
    decide: boolean;
  }[];
  questions: { text: string; added: string | null; by: string | null }[];
  goals: { id: string; title: string; reason: string }[];
  cadence: { last: string | null; nextDue: string | null; overdue: boolean };
  topics: unknown[];
  suggestedQuestions: unknown[];
}

interface ActionsJson {
  actions: {
    relationship: string;
    file: string;
    line: number;
    text: string;
    owner: string | null;
    due: string | null;
    goal: string | null;
    done: boolean;
    dropped: boolean;
    overdue: boolean;
  }[];
}

/** The 1-based line of the first line of `text` that contains `part`. */
function lineOf(text: string, part: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(part));
  assert.ok(i >= 0, `no line with "${part}"`);
  return i + 1;
}

describe('cli: agenda, actions and the agenda of a new session', function () {
  this.timeout(30_000);
  let dir: string;
  let sessions: string;
  before(ensureCliBuilt);
  beforeEach(() => {
    dir = tempDir();
    const init = runCli(['init', '--mentee', 'Alex', '--mentor', 'Sam Chen'], dir);
    assert.equal(init.status, 0, init.stderr);
    const rel = path.join(dir, 'mentoring', 'alex');
    fs.writeFileSync(path.join(rel, 'plan.md'), PLAN);
    sessions = path.join(rel, 'sessions');
    for (const [name, text] of Object.entries(SESSIONS))
      fs.writeFileSync(path.join(sessions, name), text);
    assert.equal(runCli(['question', 'alex', 'When does a migration need a flag?'], dir).status, 0);
  });
  afterEach(() => removeDir(dir));

  const home = (name: string, part: string) => ({
    file: `mentoring/alex/sessions/${name}`,
    line: lineOf(SESSIONS[name], part),
  });

  describe('agenda', () => {
    it('prints json with exactly the documented keys, carried counts, homes and cadence', () => {
      const r = runCli(['agenda', 'alex', '--date', '2026-11-23', '--format', 'json'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      const agenda = JSON.parse(r.stdout) as AgendaJson;
      assert.deepEqual(Object.keys(agenda), [
        'relationship',
        'date',
        'carriedActions',
        'questions',
        'goals',
        'cadence',
        'topics',
        'suggestedQuestions',
      ]);
      assert.deepEqual(agenda.carriedActions, [
        {
          text: '@alex Draft the migration checklist (due 2026-11-06) #G1',
          owner: 'alex',
          due: '2026-11-06',
          home: home('2026-11-02.md', 'Draft'),
          carried: 2,
          overdue: true,
          decide: false,
        },
        {
          text: '@sam Share the runbook',
          owner: 'sam',
          due: null,
          home: home('2026-11-09.md', 'runbook'),
          carried: 1,
          overdue: false,
          decide: false,
        },
        {
          text: 'Book a room for the demo (due 2999-12-31)',
          owner: null,
          due: '2999-12-31',
          home: home('2026-11-16.md', 'Book'),
          carried: 0,
          overdue: false,
          decide: false,
        },
      ]);
      assert.deepEqual(
        agenda.questions.map((q) => [q.text, Object.keys(q)]),
        [['When does a migration need a flag?', ['text', 'added', 'by', 'home']]],
      );
      assert.deepEqual(agenda.goals, [
        {
          id: 'G1',
          title: 'Review migrations with confidence',
          reason: 'target 2026-12-01 is in 8 days',
        },
      ]);
      assert.deepEqual(agenda.cadence, {
        last: '2026-11-16',
        nextDue: '2026-11-23',
        overdue: false,
      });
      // suggestedQuestions: test/cli/agendaSuggestedQuestions.test.ts
      assert.deepEqual(
        [agenda.relationship, agenda.date, agenda.topics],
        ['alex', '2026-11-23', []],
      );
    });

    it('names home files relative to --dir, so they open from where it runs', () => {
      const r = runCli(
        ['agenda', 'alex', '--date', '2026-11-23', '--format', 'json', '--dir', 'mentoring/alex'],
        dir,
      );
      assert.equal(r.status, 0, r.stderr);
      const agenda = JSON.parse(r.stdout) as AgendaJson;
      assert.deepEqual(
        agenda.carriedActions.map((a) => a.home.file),
        ['sessions/2026-11-02.md', 'sessions/2026-11-09.md', 'sessions/2026-11-16.md'],
      );
    });

    it('prints markdown whose carried lines link back to their homes', () => {
      const r = runCli(['agenda', 'alex', '--date', '2026-11-23'], dir);
      assert.equal(r.status, 0, r.stderr);
      const lines = linesOf(r.stdout);
      assert.equal(lines[0], '### Carried over');
      assert.deepEqual(
        lines.slice(1, 4).map((l) => carriedHome(l)),
        [
          { fileName: '2026-11-02.md', line: home('2026-11-02.md', 'Draft').line },
          { fileName: '2026-11-09.md', line: home('2026-11-09.md', 'runbook').line },
          { fileName: '2026-11-16.md', line: home('2026-11-16.md', 'Book').line },
        ],
      );
      assert.match(lines[1], /\*\*overdue\*\*; carried 2 times\)/);
      assert.ok(lines.includes('### Questions'));
      assert.ok(
        lines.includes('- G1: Review migrations with confidence (target 2026-12-01 is in 8 days)'),
      );
      assert.ok(
        lines.includes('- Last session 2026-11-16, 7 days ago; next was due 2026-11-23 (weekly).'),
      );
      assert.ok(!r.stdout.includes('Introduce Alex'), 'a done item is not carried');
      assert.ok(!r.stdout.includes('blog post'), 'a dropped item is not carried');
    });

    it('--date builds the agenda from the sessions before that date only', () => {
      const r = runCli(['agenda', 'alex', '--date', '2026-11-16', '--format', 'json'], dir);
      assert.equal(r.status, 0, r.stderr);
      const agenda = JSON.parse(r.stdout) as AgendaJson;
      assert.deepEqual(
        agenda.carriedActions.map((a) => [a.owner, a.carried]),
        [
          ['alex', 1],
          ['sam', 0],
        ],
      );
      assert.deepEqual(agenda.cadence, {
        last: '2026-11-09',
        nextDue: '2026-11-16',
        overdue: false,
      });
      const late = JSON.parse(
        runCli(['agenda', 'alex', '--date', '2026-11-30', '--format', 'json'], dir).stdout,
      ) as AgendaJson;
      assert.deepEqual(late.cadence, { last: '2026-11-16', nextDue: '2026-11-23', overdue: true });
    });

    it('--max-carries marks items carried that often to decide on', () => {
      const json = (extra: string[]) =>
        JSON.parse(
          runCli(['agenda', 'alex', '--date', '2026-11-23', '--format', 'json', ...extra], dir)
            .stdout,
        ) as AgendaJson;
      assert.deepEqual(
        json(['--max-carries', '2']).carriedActions.map((a) => [a.carried, a.decide]),
        [
          [2, true],
          [1, false],
          [0, false],
        ],
      );
      assert.deepEqual(
        json(['--max-carries', '1']).carriedActions.map((a) => a.decide),
        [true, true, false],
      );
      const md = runCli(['agenda', 'alex', '--date', '2026-11-23', '--max-carries', '2'], dir);
      assert.match(md.stdout, /\*\*decide:\*\* do, drop, delegate or make it a goal/);
    });

    it('uses today without --date', () => {
      const r = runCli(['agenda', 'alex', '--format', 'json'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.equal((JSON.parse(r.stdout) as AgendaJson).date, toIsoDate(new Date()));
    });

    it('says so when there is nothing on the agenda', () => {
      assert.equal(runCli(['init', '--mentee', 'Bo', '--mentor', 'Sam'], dir).status, 0);
      const r = runCli(['agenda', 'bo', '--date', '2026-11-23'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Nothing carried over, no queued questions/);
    });

    it('exits 2 with one line for an unknown slug and bad options', () => {
      const unknown = runCli(['agenda', 'nobody'], dir);
      assert.equal(unknown.status, 2);
      assert.equal(unknown.stdout, '');
      assert.deepEqual(linesOf(unknown.stderr), [
        'mentoring-journal agenda: no relationship "nobody" in mentoring/ (known: alex)',
      ]);
      for (const args of [
        [],
        ['alex', '--date', '2026-02-30'],
        ['alex', '--format', 'yaml'],
        ['alex', '--max-carries', '0'],
        ['alex', '--max-carries', 'many'],
        ['alex', 'extra'],
      ]) {
        const r = runCli(['agenda', ...args], dir);
        assert.equal(r.status, 2, args.join(' '));
        assert.equal(linesOf(r.stderr).length, 1, args.join(' '));
      }
    });
  });

  describe('actions', () => {
    beforeEach(() => {
      assert.equal(runCli(['init', '--mentee', 'Bo', '--mentor', 'Sam'], dir).status, 0);
      fs.writeFileSync(
        path.join(dir, 'mentoring', 'bo', 'sessions', '2026-11-20.md'),
        session('2026-11-20', [
          '- [ ] Read the style guide',
          '- [ ] @bo Far ahead (due 2999-01-01)',
          '- [ ] @bo Long ago (due 2000-01-01)',
        ]),
      );
    });

    it('lists every item of every relationship in json, with overdue relative to today', () => {
      const r = runCli(['actions', '--format', 'json'], dir);
      assert.equal(r.status, 0, r.stderr);
      const { actions } = JSON.parse(r.stdout) as ActionsJson;
      assert.deepEqual(Object.keys(actions[0]), [
        'relationship',
        'file',
        'line',
        'text',
        'owner',
        'due',
        'goal',
        'done',
        'dropped',
        'overdue',
      ]);
      assert.deepEqual(
        actions.map((a) => [a.relationship, a.file.split('/').pop(), a.owner, a.done, a.dropped]),
        [
          ['alex', '2026-11-02.md', 'alex', false, false],
          ['alex', '2026-11-02.md', 'sam', true, false],
          ['alex', '2026-11-09.md', 'sam', false, false],
          ['alex', '2026-11-09.md', 'alex', false, true],
          ['alex', '2026-11-16.md', null, false, false],
          ['bo', '2026-11-20.md', null, false, false],
          ['bo', '2026-11-20.md', 'bo', false, false],
          ['bo', '2026-11-20.md', 'bo', false, false],
        ],
      );
      assert.deepEqual(actions[0], {
        relationship: 'alex',
        file: 'mentoring/alex/sessions/2026-11-02.md',
        line: lineOf(SESSIONS['2026-11-02.md'], 'Draft'),
        text: '@alex Draft the migration checklist (due 2026-11-06) #G1',
        owner: 'alex',
        due: '2026-11-06',
        goal: 'G1',
        done: false,
        dropped: false,
        overdue: '2026-11-06' < toIsoDate(new Date()),
      });
      assert.deepEqual(
        actions.filter((a) => a.relationship === 'bo').map((a) => a.overdue),
        [false, false, true],
      );
    });

    it('--open keeps only items neither ticked nor dropped; a SLUG keeps one relationship', () => {
      const open = JSON.parse(
        runCli(['actions', '--open', '--format', 'json'], dir).stdout,
      ) as ActionsJson;
      assert.equal(open.actions.length, 6);
      assert.ok(open.actions.every((a) => !a.done && !a.dropped));
      const bo = JSON.parse(
        runCli(['actions', 'bo', '--format', 'json'], dir).stdout,
      ) as ActionsJson;
      assert.deepEqual(
        bo.actions.map((a) => a.relationship),
        ['bo', 'bo', 'bo'],
      );
    });

    it('prints markdown grouped by relationship, then owner, overdue first', () => {
      const r = runCli(['actions', 'bo', '--open'], dir);
      assert.equal(r.status, 0, r.stderr);
      const file = 'mentoring/bo/sessions/2026-11-20.md';
      assert.deepEqual(linesOf(r.stdout), [
        '# bo',
        '## @bo',
        `- [ ] **overdue** @bo Long ago (due 2000-01-01) (${file}:13)`,
        `- [ ] @bo Far ahead (due 2999-01-01) (${file}:12)`,
        '## (no owner)',
        `- [ ] Read the style guide (${file}:11)`,
      ]);
      const all = linesOf(runCli(['actions'], dir).stdout);
      assert.deepEqual(
        all.filter((l) => l.startsWith('#')),
        ['# alex', '## @alex', '## @sam', '## (no owner)', '# bo', '## @bo', '## (no owner)'],
      );
      assert.ok(all.some((l) => l.startsWith('- [x] @sam Introduce Alex')));
    });

    it('says so when there are no items, and exits 2 for an unknown slug', () => {
      assert.equal(runCli(['init', '--mentee', 'Cy', '--mentor', 'Sam'], dir).status, 0);
      assert.deepEqual(
        [runCli(['actions', 'cy', '--open'], dir).stdout, runCli(['actions', 'cy'], dir).stdout],
        ['No open action items.\n', 'No action items.\n'],
      );
      const r = runCli(['actions', 'nobody'], dir);
      assert.equal(r.status, 2);
      assert.equal(linesOf(r.stderr).length, 1);
      assert.equal(runCli(['actions', '--format', 'html'], dir).status, 2);
    });
  });

  describe('new-session', () => {
    it("fills the Agenda section with the earlier sessions' open items, and still validates", () => {
      const r = runCli(['new-session', 'alex', '--date', '2026-11-23'], dir);
      assert.deepEqual(
        [r.status, r.stdout, r.stderr],
        [0, 'mentoring/alex/sessions/2026-11-23.md\n', ''],
      );
      const text = fs.readFileSync(path.join(sessions, '2026-11-23.md'), 'utf8');
      const parsed = parseSession('2026-11-23.md', text, '2026-11-23.md');
      assert.deepEqual(parsed.problems, []);
      const agenda = findSection(parsed.doc.sections, 'Agenda');
      assert.ok(agenda);
      const body = parsed.doc.lines.slice(agenda.bodyFrom, agenda.bodyTo).map((l) => l.text);
      assert.deepEqual(body.map((l) => carriedHome(l)).filter(Boolean), [
        { fileName: '2026-11-02.md', line: home('2026-11-02.md', 'Draft').line },
        { fileName: '2026-11-09.md', line: home('2026-11-09.md', 'runbook').line },
        { fileName: '2026-11-16.md', line: home('2026-11-16.md', 'Book').line },
      ]);
      assert.ok(body.some((l) => l.includes('When does a migration need a flag?')));
      // Carried lines are links, not new task boxes: the item is still tracked at its home only.
      assert.deepEqual(parsed.session?.actionItems, []);
      assert.ok(text.indexOf('## Agenda') < text.indexOf('### Carried over'));
      assert.ok(text.indexOf('### Carried over') < text.indexOf('## Notes'));
      const validate = runCli(['validate'], dir);
      assert.equal(validate.status, 0, validate.stdout);
      assert.match(validate.stdout, / 0 errors, 0 warnings/);
    });

    it('a second session the same day does not carry the first one of that day', () => {
      assert.equal(runCli(['new-session', 'alex', '--date', '2026-11-16'], dir).status, 0);
      const text = fs.readFileSync(path.join(sessions, '2026-11-16-2.md'), 'utf8');
      assert.ok(text.includes('Share the runbook'));
      assert.ok(!text.includes('Book a room'), 'from the same day, not before it');
    });

    it('creates the Agenda section in its usual place when the template has none', () => {
      const templates = path.join(dir, 'mentoring', 'templates');
      fs.mkdirSync(templates);
      fs.writeFileSync(
        path.join(templates, 'session.md'),
        '---\ndate: {{date}}\n---\n# Session {{date}}\n\n## Notes\n\n## Action items\n',
      );
      assert.equal(runCli(['new-session', 'alex', '--date', '2026-11-23'], dir).status, 0);
      const text = fs.readFileSync(path.join(sessions, '2026-11-23.md'), 'utf8');
      assert.ok(text.indexOf('# Session') < text.indexOf('## Agenda'));
      assert.ok(text.indexOf('## Agenda') < text.indexOf('### Carried over'));
      assert.ok(text.indexOf('### Carried over') < text.indexOf('## Notes'));
      assert.equal(runCli(['validate', 'alex'], dir).status, 0);
    });
  });
});
