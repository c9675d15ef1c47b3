import * as assert from 'node:assert/strict';
import { readRelationship, type RelationshipRecords } from '../../src/core/records/relationship';
import { cadenceTimeline } from '../../src/core/review/cadenceTimeline';
import { dashboardModel, type DashboardOptions } from '../../src/core/review/dashboardModel';
import type { Topic } from '../../src/core/topics/topic';
import { hostMessageSchema } from '../../src/shared/dashboardMessages';

const HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_SUBJECT = '</script><script>window.__pwned=1</script>';

const PLAN = [
  '---', // 1
  'mentee: Alex Rivera',
  'mentors: [Sam Chen]',
  'started: 2026-09-20',
  'cadence: biweekly',
  '---',
  '# Mentoring plan: Alex Rivera',
  '',
  '## Goals',
  '',
  '### G1: Lead a migration review', // 11
  '- status: active',
  '- target: 2026-12-15',
  '',
  `### G2: ${HOSTILE_TITLE}`, // 15
  '- status: achieved',
  '',
].join('\n');

/** 2026-10-01: goals [G1] in front matter (line 3), a reflection and agenda topics. */
const FIRST = [
  '---',
  'date: 2026-10-01',
  'goals: [G1]', // 3
  '---',
  '# Session 2026-10-01',
  '',
  '## Agenda',
  '',
  '### Learning topics',
  '- First work in src/db — What surprised you? (abc1234)', // 10
  '- Reverted \\<b\\>cart\\</b\\> — What would you do differently? (def5678)', // 11
  '',
  '### Since last time',
  '- Last session 2026-09-20.',
  '',
  '## Action items',
  '- [ ] @alex Draft the review checklist (due 2026-10-10)', // 17
  '- [x] @sam Introduce Alex to the DBA',
  '- [ ] ~~@alex Rewrite the onboarding doc~~',
  '',
  '## Reflection',
  '',
  '<!-- what went well? -->', // 23
  '**Weekly reflection** (2026-10-01)', // 24
  '',
  'More text.',
  '',
].join('\n');

/** 2026-10-15: an item for G2 (#G2) and a reflection in a bullet. */
const SECOND = [
  '---',
  'date: 2026-10-15',
  '---',
  '# Session 2026-10-15',
  '',
  '## Action items',
  '- [ ] @sam Share the incident template #G2', // 7
  '',
  '## Reflection',
  '- Felt more confident leading.', // 10
  '',
].join('\n');

/** 2026-11-20: five weeks after the last, so the gap is late; no reflection. */
const THIRD = ['---', 'date: 2026-11-20', '---', '# Session 2026-11-20', ''].join('\n');

const FILES: Record<string, string> = {
  'alex/plan.md': PLAN,
  'alex/sessions/2026-10-01.md': FIRST,
  'alex/sessions/2026-10-15.md': SECOND,
  'alex/sessions/2026-11-20.md': THIRD,
};

function rel(files: Record<string, string> = FILES): RelationshipRecords {
  return readRelationship(
    'alex',
    Object.entries(files).map(([path, text]) => ({ path, text })),
  );
}

const goalTopic = (shas: string[]): Topic => ({
  id: 'goal:G2',
  kind: 'goal',
  title: 'Goal G2 (2 commits)',
  score: 5,
  evidence: { commits: shas, files: [] },
  question: 'What moved this goal forward?',
});

function options(extra: Partial<DashboardOptions> = {}): DashboardOptions {
  return {
    today: '2026-12-01',
    file: (p) => `file:///ws/mentoring/${p}`,
    sessionText: (p) => FILES[p],
    ...extra,
  };
}

describe('unit: dashboard model', () => {
  describe('goals', () => {
    it('lists each goal with its status, target and a link to its heading in the plan', () => {
      const m = dashboardModel(rel(), options());
      assert.deepEqual(
        m.goals.map((g) => [g.id, g.status, g.target, g.file, g.line]),
        [
          ['G1', 'active', '2026-12-15', 'file:///ws/mentoring/alex/plan.md', 11],
          ['G2', 'achieved', undefined, 'file:///ws/mentoring/alex/plan.md', 15],
        ],
      );
    });

    it('keeps a hostile goal title as the exact text it is: escaping is the renderer’s job', () => {
      assert.equal(dashboardModel(rel(), options()).goals[1].title, HOSTILE_TITLE);
    });

    it('takes as evidence the sessions naming the goal in front matter (at that line) or in a #G item', () => {
      const [g1, g2] = dashboardModel(rel(), options()).goals;
      assert.deepEqual(g1.sessions, [
        { date: '2026-10-01', file: 'file:///ws/mentoring/alex/sessions/2026-10-01.md', line: 3 },
      ]);
      assert.deepEqual(g2.sessions, [
        { date: '2026-10-15', file: 'file:///ws/mentoring/alex/sessions/2026-10-15.md', line: 7 },
      ]);
    });

    it("lists the commits of the goal's topic with their subjects, linked to the goal's heading", () => {
      const shas = ['a'.repeat(40), 'b'.repeat(40)];
      const m = dashboardModel(
        rel(),
        options({
          topics: {
            topics: [goalTopic(shas)],
            commitInfo: { [shas[0]]: { subject: HOSTILE_SUBJECT } },
          },
        }),
      );
      assert.deepEqual(m.goals[0].commits, []);
      assert.deepEqual(m.goals[1].commits, [
        { sha: shas[0], subject: HOSTILE_SUBJECT, file: m.goals[1].file, line: 15 },
        { sha: shas[1], subject: undefined, file: m.goals[1].file, line: 15 },
      ]);
      assert.equal(m.goals[1].moreCommits, 0);
    });

    it('lists at most 20 commits of a goal, counts the rest, and cuts long subjects', () => {
      const shas = Array.from({ length: 25 }, (_, i) => i.toString(16).padStart(40, '0'));
      const m = dashboardModel(
        rel(),
        options({
          topics: {
            topics: [goalTopic(shas)],
            commitInfo: { [shas[0]]: { subject: 'x'.repeat(500) } },
          },
        }),
      );
      assert.equal(m.goals[1].commits.length, 20);
      assert.equal(m.goals[1].moreCommits, 5);
      assert.equal(m.goals[1].commits[0].subject?.length, 200);
      assert.ok(m.goals[1].commits[0].subject?.endsWith('\u2026'));
    });
  });

  describe('cadence timeline', () => {
    it('puts the sessions on an axis from the plan’s start to today, the cadence in days', () => {
      const t = dashboardModel(rel(), options()).timeline;
      assert.equal(t.cadence, 'biweekly');
      assert.equal(t.cadenceDays, 14);
      assert.equal(t.start, '2026-09-20');
      assert.equal(t.end, '2026-12-01');
      assert.deepEqual(
        t.sessions.map((s) => [s.date, s.line]),
        [
          ['2026-10-01', 1],
          ['2026-10-15', 1],
          ['2026-11-20', 1],
        ],
      );
    });

    it('marks the gaps longer than the cadence, and the open gap from the last session to today', () => {
      assert.deepEqual(dashboardModel(rel(), options()).timeline.gaps, [
        { from: '2026-10-01', to: '2026-10-15', days: 14, late: false, open: false },
        { from: '2026-10-15', to: '2026-11-20', days: 36, late: true, open: false },
        { from: '2026-11-20', to: '2026-12-01', days: 11, late: false, open: true },
      ]);
    });

    it('reads "monthly" as the same day next month, so a 31-day gap from January 31 is late', () => {
      const s = (date: string) => ({ date, file: date, line: 1 });
      const t = cadenceTimeline(
        [s('2026-01-31'), s('2026-03-03'), s('2026-03-31')],
        'monthly',
        undefined,
        '2026-03-31',
      );
      assert.deepEqual(
        t.gaps.map((g) => [g.days, g.late]),
        [
          [31, true],
          [28, false],
        ],
      );
    });

    it('gives no cadence in days for one it cannot read, and never marks a gap late against it', () => {
      const s = (date: string) => ({ date, file: date, line: 1 });
      const t = cadenceTimeline(
        [s('2026-01-01'), s('2026-06-01')],
        'now and then',
        undefined,
        '2026-06-01',
      );
      assert.equal(t.cadenceDays, undefined);
      assert.deepEqual(
        t.gaps.map((g) => g.late),
        [false],
      );
    });

    it('keeps a session planned after today on the axis but opens no gap to today', () => {
      const s = (date: string) => ({ date, file: date, line: 1 });
      const t = cadenceTimeline(
        [s('2026-01-01'), s('2026-01-20')],
        'weekly',
        undefined,
        '2026-01-10',
      );
      assert.equal(t.end, '2026-01-20');
      assert.deepEqual(
        t.gaps.map((g) => [g.from, g.to, g.open]),
        [['2026-01-01', '2026-01-20', false]],
      );
    });
  });

  describe('open items', () => {
    it('lists the open items oldest first, each with its age in days and its home', () => {
      const m = dashboardModel(rel(), options());
      assert.deepEqual(
        m.openItems.map((a) => [a.text, a.ageDays, a.since, a.file, a.line, a.overdue, a.carried]),
        [
          [
            '@alex Draft the review checklist (due 2026-10-10)',
            61,
            '2026-10-01',
            'file:///ws/mentoring/alex/sessions/2026-10-01.md',
            17,
            true,
            2,
          ],
          [
            '@sam Share the incident template #G2',
            47,
            '2026-10-15',
            'file:///ws/mentoring/alex/sessions/2026-10-15.md',
            7,
            false,
            1,
          ],
        ],
      );
      assert.equal(m.openItems[0].owner, 'alex');
      assert.equal(m.openItems[1].goal, 'G2');
    });
  });

  describe('reflections', () => {
    it("shows the first line each session's Reflection has in the person's words (not a template's title), newest first, without markup or comments", () => {
      assert.deepEqual(dashboardModel(rel(), options()).reflections, [
        {
          date: '2026-10-15',
          file: 'file:///ws/mentoring/alex/sessions/2026-10-15.md',
          line: 10,
          text: 'Felt more confident leading.',
        },
        {
          date: '2026-10-01',
          file: 'file:///ws/mentoring/alex/sessions/2026-10-01.md',
          line: 26,
          text: 'More text.',
        },
      ]);
    });

    it('keeps underscores and markup that are not emphasis pairs, as the text they are', () => {
      const files: Record<string, string> = {
        'alex/plan.md': PLAN,
        'alex/sessions/2026-10-01.md':
          '---\ndate: 2026-10-01\n---\n## Reflection\n<script>window.__pwned=1</script> in __init__.py went **well**\n',
      };
      const m = dashboardModel(rel(files), options({ sessionText: (p) => files[p] }));
      assert.equal(
        m.reflections[0].text,
        '<script>window.__pwned=1</script> in __init__.py went well',
      );
    });

    it('shows at most the five latest reflections', () => {
      const files: Record<string, string> = { 'alex/plan.md': PLAN };
      for (let d = 1; d <= 7; d++) {
        const date = `2026-10-0${d}`;
        files[`alex/sessions/${date}.md`] = `---\ndate: ${date}\n---\n## Reflection\nDay ${d}\n`;
      }
      const m = dashboardModel(rel(files), options({ sessionText: (p) => files[p] }));
      assert.deepEqual(
        m.reflections.map((r) => r.text),
        ['Day 7', 'Day 6', 'Day 5', 'Day 4', 'Day 3'],
      );
    });
  });

  describe('learning topics over time', () => {
    it("lists the titles under each agenda's Learning topics, unescaped, with their lines", () => {
      const m = dashboardModel(rel(), options());
      assert.deepEqual(m.topics.sessions, [
        {
          date: '2026-10-01',
          file: 'file:///ws/mentoring/alex/sessions/2026-10-01.md',
          line: 1,
          topics: [
            {
              title: 'First work in src/db',
              file: 'file:///ws/mentoring/alex/sessions/2026-10-01.md',
              line: 10,
            },
            {
              title: 'Reverted <b>cart</b>',
              file: 'file:///ws/mentoring/alex/sessions/2026-10-01.md',
              line: 11,
            },
          ],
        },
      ]);
    });

    it('adds the topics surfaced now, by kind and title', () => {
      const m = dashboardModel(
        rel(),
        options({ topics: { topics: [goalTopic(['c'.repeat(40)])] } }),
      );
      assert.deepEqual(m.topics.current, [
        { id: 'goal:G2', kind: 'goal', title: 'Goal G2 (2 commits)' },
      ]);
    });
  });

  describe('without the session texts', () => {
    it('still builds goals, timeline and items, with evidence at line 1 and no sections read', () => {
      const m = dashboardModel(rel(), options({ sessionText: undefined }));
      assert.equal(m.goals[0].sessions[0].line, 1);
      assert.deepEqual(m.reflections, []);
      assert.deepEqual(m.topics.sessions, []);
      assert.equal(m.openItems.length, 2);
    });

    it('builds an empty dashboard for a relationship without a plan or sessions', () => {
      const m = dashboardModel(rel({}), options());
      assert.equal(m.plan, undefined);
      assert.deepEqual(m.goals, []);
      assert.deepEqual(m.timeline.sessions, []);
      assert.equal(m.timeline.start, '2026-12-01');
    });
  });

  it('fits the message contract the webview checks it against', () => {
    const model = dashboardModel(
      rel(),
      options({ topics: { topics: [goalTopic(['d'.repeat(40)])] } }),
    );
    const parsed = hostMessageSchema.safeParse({ type: 'model', key: 'file:///ws|alex', model });
    assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues));
  });
});
