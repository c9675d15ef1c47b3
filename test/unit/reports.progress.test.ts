import * as assert from 'node:assert/strict';
import { readRelationship, type RelationshipRecords } from '../../src/core/records/relationship';
import { formatProgressReport } from '../../src/core/reports/formatProgressReport';
import { progressReport, type ProgressReport } from '../../src/core/reports/progressReport';
import { readSessionNotes } from '../../src/core/reports/sessionNotes';
import { formatAgendaTopics } from '../../src/core/topics/formatTopics';
import type { Topic } from '../../src/core/topics/topic';

const PLAN = `---
mentee: Alex Rivera
mentors: [Sam Chen]
kind: one-to-one
started: 2026-09-01
cadence: biweekly
---
# Mentoring plan: Alex Rivera

## Expectations
We meet every two weeks.

## Goals

### G1: Review database migrations with confidence
- status: active
- target: 2027-01-31
- measure: Leads the review of three migrations without help

### G2: Demo the | pipe * feature
- status: achieved
`;

/** A session file from its parts; sections are given as name → body lines. */
function session(date: string, sections: Record<string, string[]>, goals?: string): string {
  const body = Object.entries(sections).flatMap(([name, lines]) => [`## ${name}`, ...lines, '']);
  return [
    '---',
    `date: ${date}`,
    ...(goals ? [`goals: [${goals}]`] : []),
    '---',
    `# Session ${date}`,
    '',
    ...body,
  ].join('\n');
}

const SESSIONS: Record<string, string> = {
  '2026-09-03': session('2026-09-03', {
    'Action items': ['- [ ] @alex Read the migration guide #G1', '- [x] @sam Share the slides'],
  }),
  '2026-09-17': session(
    '2026-09-17',
    {
      Agenda: [
        '### Carried over',
        '- Something else',
        '',
        '### Learning topics',
        '- First work in src/db — What surprised you in src/db? (abc1234, def5678)',
        '- Fixed \\*all\\* the \\[bugs\\] — Which one taught you most?',
      ],
      'Action items': [
        '- [x] @alex Draft the *checklist* [v1] #G1',
        '- [ ] ~~@alex Write a blog post~~',
        '- [ ] @sam Book the DBA intro (due 2026-10-01)',
      ],
      Reflection: ['', 'Felt more confident about rollbacks.', 'A second line.'],
    },
    'G1',
  ),
  '2026-10-01': session('2026-10-01', {
    'Action items': ['- [ ] @alex Pair on a migration #G1'],
  }),
  '2026-11-05': session('2026-11-05', {
    Reflection: ['<!-- a comment -->', '', 'We talked about <img src=x onerror=alert(1)>.'],
  }),
  '2026-12-10': session('2026-12-10', { 'Action items': ['- [ ] @alex Later item'] }),
};

const QUESTIONS = `# Questions for next time
- [x] How do rollbacks work? (added 2026-09-10 by @alex, discussed 2026-09-17)
- [x] Old one? (added 2026-08-01 by @alex, discussed 2026-08-20)
- [ ] What does on-call involve? (added 2026-11-01 by @alex)
`;

function relationship(sessions = SESSIONS, plan = PLAN): RelationshipRecords {
  return readRelationship('alex', [
    { path: 'alex/plan.md', text: plan },
    { path: 'alex/questions.md', text: QUESTIONS },
    ...Object.entries(sessions).map(([d, text]) => ({ path: `alex/sessions/${d}.md`, text })),
  ]);
}

/** The text of a records file of the fixture, by its path relative to the records root. */
function textOf(sessions = SESSIONS): (p: string) => string | undefined {
  return (p) => {
    const m = /^alex\/sessions\/(.+)\.md$/.exec(p);
    return m ? sessions[m[1]] : undefined;
  };
}

function topic(t: Partial<Topic> & Pick<Topic, 'id' | 'kind' | 'title'>): Topic {
  return { score: 1, evidence: { commits: [], files: [] }, question: 'What did you learn?', ...t };
}

const TOPICS: Topic[] = [
  topic({
    id: 'goal:G1',
    kind: 'goal',
    title: 'Goal G1: Review database migrations with confidence (2 commits)',
    evidence: { commits: ['a'.repeat(40), 'b'.repeat(40)], files: ['db/m1.sql'] },
  }),
  topic({
    id: 'new-area:src/db',
    kind: 'new-area',
    title: 'First work in src/db',
    question: 'What surprised you in src/db?',
    evidence: { commits: ['abc1234'.padEnd(40, '0')], files: ['src/db/a.ts'] },
  }),
];

const PERIOD = { since: '2026-09-15', until: '2026-11-30', today: '2026-12-05' };

function report(extra: Partial<Parameters<typeof progressReport>[1]> = {}): ProgressReport {
  return progressReport(relationship(), { ...PERIOD, text: textOf(), topics: TOPICS, ...extra });
}

describe('unit: progress report', () => {
  describe('model', () => {
    it('names the relationship, the period and the plan, linked from the reports folder', () => {
      const r = report();
      assert.equal(r.relationship, 'alex');
      assert.equal(r.mentee, 'Alex Rivera');
      assert.deepEqual(r.mentors, ['Sam Chen']);
      assert.deepEqual(r.period, { since: '2026-09-15', until: '2026-11-30' });
      assert.equal(r.plan, '../plan.md');
    });

    it("lists every goal with status, target and measure, and the period's sessions that referenced it", () => {
      const [g1, g2] = report().goals;
      assert.deepEqual(
        { id: g1.id, status: g1.status, target: g1.target, measure: g1.measure, line: g1.line },
        {
          id: 'G1',
          status: 'active',
          target: '2027-01-31',
          measure: 'Leads the review of three migrations without help',
          line: 15,
        },
      );
      // 2026-09-03 tags G1 too, but before the period.
      assert.deepEqual(g1.sessions, [
        {
          file: '../sessions/2026-09-17.md',
          date: '2026-09-17',
          frontMatter: true,
          actionLines: [16],
        },
        {
          file: '../sessions/2026-10-01.md',
          date: '2026-10-01',
          frontMatter: false,
          actionLines: [7],
        },
      ]);
      assert.deepEqual(g2.sessions, []);
      assert.equal(g2.target, null);
    });

    it('gives a goal the commits of its goal topic, and none when topics are not given', () => {
      assert.deepEqual(report().goals[0].commits, ['a'.repeat(40), 'b'.repeat(40)]);
      assert.deepEqual(report({ topics: undefined }).goals[0].commits, []);
    });

    it('counts the sessions held against the whole cadence windows of the period', () => {
      const c = report().cadence;
      assert.equal(c.cadence, 'biweekly');
      assert.equal(c.fromPlan, true);
      assert.equal(c.held, 3);
      // 14-day windows from 2026-09-15 that end by 2026-11-30: five.
      assert.equal(c.expected, 5);
      assert.deepEqual(
        c.sessions.map((s) => s.file),
        ['../sessions/2026-09-17.md', '../sessions/2026-10-01.md', '../sessions/2026-11-05.md'],
      );
    });

    it('marks the gaps longer than the cadence, including the one still open today', () => {
      assert.deepEqual(report().cadence.gaps, [
        { from: '2026-10-01', to: '2026-11-05', days: 35, ongoing: false },
        { from: '2026-11-05', to: '2026-12-05', days: 30, ongoing: true },
      ]);
    });

    it('counts expected sessions from the start of the relationship when it began in the period', () => {
      const r = progressReport(relationship(), { ...PERIOD, since: '2026-08-01' });
      // 14-day windows from 2026-09-01 (not 2026-08-01) that end by 2026-11-30: six.
      assert.equal(r.cadence.expected, 6);
    });

    it('assumes biweekly when the plan names no cadence, and says so', () => {
      const r = progressReport(
        relationship(SESSIONS, PLAN.replace('cadence: biweekly\n', '')),
        PERIOD,
      );
      assert.equal(r.cadence.cadence, 'biweekly');
      assert.equal(r.cadence.fromPlan, false);
      assert.equal(r.cadence.expected, 5);
    });

    it('sorts action items into done and dropped (written in the period) and open (any still open)', () => {
      const a = report().actions;
      assert.deepEqual(
        a.done.map((x) => x.text),
        ['@alex Draft the *checklist* [v1] #G1'],
      );
      assert.deepEqual(
        a.dropped.map((x) => x.text),
        ['@alex Write a blog post'],
      );
      assert.deepEqual(
        a.open.map((x) => [x.text, x.ageDays, x.overdue, x.inPeriod]),
        [
          ['@alex Read the migration guide #G1', 93, false, false],
          ['@sam Book the DBA intro (due 2026-10-01)', 79, true, true],
          ['@alex Pair on a migration #G1', 65, false, true],
        ],
      );
      assert.deepEqual(
        { file: a.open[1].file, line: a.open[1].line, owner: a.open[1].owner, due: a.open[1].due },
        { file: '../sessions/2026-09-17.md', line: 18, owner: 'sam', due: '2026-10-01' },
      );
    });

    it('merges agenda topic lines with the given topics of the same title', () => {
      const t = report().topics;
      assert.deepEqual(
        t.map((x) => [x.title, x.surfaced, x.sessions.length, x.kind]),
        [
          ['First work in src/db', true, 1, 'new-area'],
          ['Fixed *all* the [bugs]', false, 1, null],
          ['Goal G1: Review database migrations with confidence (2 commits)', true, 0, 'goal'],
        ],
      );
      assert.deepEqual(t[0].sessions, [
        { file: '../sessions/2026-09-17.md', date: '2026-09-17', line: 12 },
      ]);
      assert.deepEqual(t[0].commits, ['abc1234'.padEnd(40, '0')]);
    });

    it('keeps only agenda topics when no topics are given', () => {
      const t = report({ topics: undefined }).topics;
      assert.deepEqual(t[0].commits, ['abc1234', 'def5678']);
      assert.equal(t.length, 2);
    });

    it('lists the questions discussed in the period', () => {
      assert.deepEqual(report().questions, [
        {
          text: 'How do rollbacks work?',
          discussed: '2026-09-17',
          file: '../questions.md',
          line: 2,
        },
      ]);
    });

    it("takes each period session's reflection headline: its first non-empty line", () => {
      assert.deepEqual(report().reflections, [
        {
          file: '../sessions/2026-09-17.md',
          date: '2026-09-17',
          text: 'Felt more confident about rollbacks.',
          line: 22,
        },
        {
          file: '../sessions/2026-11-05.md',
          date: '2026-11-05',
          text: 'We talked about <img src=x onerror=alert(1)>.',
          line: 9,
        },
      ]);
    });

    it('has no reflections or agenda topics without a way to read session text', () => {
      const r = report({ text: undefined, topics: undefined });
      assert.deepEqual(r.reflections, []);
      assert.deepEqual(r.topics, []);
    });

    it('maps every file through the file option', () => {
      const r = report({ file: (p) => `root/${p}` });
      assert.equal(r.plan, 'root/alex/plan.md');
      assert.equal(r.cadence.sessions[0].file, 'root/alex/sessions/2026-09-17.md');
      assert.equal(r.reflections[0].file, 'root/alex/sessions/2026-09-17.md');
    });

    it('reports a relationship without a readable plan with null plan facts and no goals', () => {
      const r = progressReport(relationship(SESSIONS, '---\nmentee: [\n---\n'), PERIOD);
      assert.equal(r.mentee, null);
      assert.equal(r.plan, null);
      assert.deepEqual(r.goals, []);
      assert.equal(r.cadence.held, 3);
    });

    it('is plain JSON: it survives a round trip unchanged', () => {
      const r = report();
      assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
    });
  });

  describe('session notes', () => {
    it('reads back the agenda lines formatAgendaTopics writes, hostile text included', () => {
      const t = topic({
        id: 'x',
        kind: 'area',
        title: '# Work | in `src` <b>[x](y)</b> \\ *',
        question: 'Why _this_ — and 1. that?',
        evidence: { commits: ['1234567abc', 'abcdef0123'], files: [] },
      });
      const text = session('2026-09-17', {
        Agenda: ['### Learning topics', formatAgendaTopics([t])],
      });
      assert.deepEqual(readSessionNotes('s.md', text).agendaTopics, [
        { title: t.title, question: t.question, commits: ['1234567', 'abcdef0'], line: 8 },
      ]);
    });

    it('skips code blocks, headings and template prompts in the reflection, and ignores topic lines outside the Agenda', () => {
      const text = session('2026-09-17', {
        Notes: ['### Learning topics', '- Not an agenda line'],
        Reflection: [
          '```',
          'code',
          '```',
          '',
          '  ### What? ##',
          'What happened? Describe it plainly, as if to someone who was not there.',
          'We paired on the migration.',
        ],
      });
      const notes = readSessionNotes('s.md', text);
      assert.deepEqual(notes.agendaTopics, []);
      assert.deepEqual(notes.reflection, { text: 'We paired on the migration.', line: 17 });
    });

    it('has no headline for a reflection that is only a template, not yet written', () => {
      const text = session('2026-09-17', {
        Reflection: ['**What? So what? Now what?** (2026-09-17)', '', '### What?', 'What happened? Describe it plainly, as if to someone who was not there.', '-'],
      });
      assert.equal(readSessionNotes('s.md', text).reflection, null);
    });

    it('cuts a very long headline', () => {
      const text = session('2026-09-17', { Reflection: ['x'.repeat(1000)] });
      const r = readSessionNotes('s.md', text).reflection;
      assert.ok(r && r.text.length <= 160 && r.text.endsWith('…'));
    });

    it('reads nothing from a file that cannot be parsed', () => {
      const notes = readSessionNotes(
        's.md',
        '<<<<<<< HEAD\n## Reflection\nx\n=======\n>>>>>>> b\n',
      );
      assert.deepEqual(notes, { reflection: null, agendaTopics: [] });
    });
  });

  describe('markdown', () => {
    const text = formatProgressReport(report());
    const lines = text.split('\n');

    it('starts with the title naming the mentee and the period', () => {
      assert.equal(lines[0], '# Progress report: Alex Rivera (2026-09-15 to 2026-11-30)');
    });

    it('has a section for goals, sessions, actions, topics and reflections, in that order', () => {
      const heads = lines.filter((l) => l.startsWith('## '));
      assert.deepEqual(heads, [
        '## Goals',
        '## Sessions and cadence',
        '## Action items',
        '## Topics covered',
        '## Reflections',
      ]);
    });

    it('links sessions relative to the reports folder', () => {
      assert.ok(text.includes('[2026-09-17](../sessions/2026-09-17.md)'), text);
      assert.ok(text.includes('[G1: Review database migrations with confidence](../plan.md#L15)'));
      assert.ok(text.includes('- [2026-11-05](../sessions/2026-11-05.md#L9): We talked about'));
    });

    it('states held against expected, and the gaps', () => {
      assert.ok(text.includes('3 sessions held in the period; 5 expected at a biweekly cadence.'));
      assert.ok(text.includes('  - 2026-10-01 to 2026-11-05: 35 days'));
      assert.ok(text.includes('  - since 2026-11-05: 30 days without a session'));
    });

    it('shows open items with their age and overdue flag', () => {
      assert.ok(
        text.includes(
          '- @sam Book the DBA intro (due 2026-10-01) (open 79 days; **overdue**; [2026-09-17:18](../sessions/2026-09-17.md#L18))',
        ),
        text,
      );
    });

    it('escapes record text that could break a list, a table, a link or HTML', () => {
      assert.ok(text.includes('G2: Demo the \\| pipe \\* feature'));
      assert.ok(text.includes('@alex Draft the \\*checklist\\* \\[v1\\] #G1'));
      assert.ok(text.includes('We talked about \\<img src=x onerror=alert(1)\\>.'));
      assert.ok(text.includes('Fixed \\*all\\* the \\[bugs\\]'));
      assert.doesNotMatch(text, /(^|[^\\])<img/);
    });

    it('encodes link targets that would break a link', () => {
      const r = report({ file: (p) => `my dir/(x)/${p}` });
      assert.ok(formatProgressReport(r).includes('(my%20dir/%28x%29/alex/plan.md)'));
    });

    it('says so where a section has nothing to show', () => {
      const empty = formatProgressReport(
        progressReport(relationship({}), { ...PERIOD, text: textOf({}) }),
      );
      assert.ok(empty.includes('0 sessions held in the period; 5 expected at a biweekly cadence.'));
      assert.ok(empty.includes('No learning topics in this period.'));
      assert.ok(empty.includes('No reflections written in this period.'));
      assert.ok(empty.includes('Nothing open.'));
    });
  });
});
