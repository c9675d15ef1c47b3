import * as assert from 'node:assert/strict';
import { readRelationship, type RelationshipRecords } from '../../src/core/records/relationship';
import { formatTeamReport } from '../../src/core/reports/formatTeamReport';
import { anonymousTeamReport } from '../../src/core/reports/anonymousTeamReport';
import { teamReport } from '../../src/core/reports/teamReport';
import { teamLabelHash } from '../../src/store/teamLabelHash';

/** A relationship from files named relative to its folder. */
function relationship(slug: string, files: Record<string, string>): RelationshipRecords {
  return readRelationship(
    slug,
    Object.entries(files).map(([p, text]) => ({ path: `${slug}/${p}`, text })),
  );
}

function plan(o: { cadence?: string; kind?: string; started: string; mentors?: string }): string {
  return [
    '---',
    'mentee: Someone',
    `mentors: [${o.mentors ?? 'Sam Chen'}]`,
    ...(o.kind ? [`kind: ${o.kind}`] : []),
    `started: ${o.started}`,
    ...(o.cadence ? [`cadence: ${o.cadence}`] : []),
    '---',
    '# Plan',
    '',
  ].join('\n');
}

function session(date: string, items: string[] = []): string {
  return `---\ndate: ${date}\n---\n# Session ${date}\n\n## Action items\n${items.join('\n')}\n`;
}

const ALEX = relationship('alex', {
  'plan.md': plan({ cadence: 'biweekly', started: '2026-09-01', mentors: 'Sam Chen, Kim Lee' }),
  'sessions/2026-09-03.md': session('2026-09-03', ['- [ ] Read the guide', '- [x] Done one']),
  'sessions/2026-09-17.md': session('2026-09-17', [
    '- [ ] Book the intro (due 2026-10-01)',
    '- [ ] ~~Dropped one~~',
  ]),
  'sessions/2026-10-01.md': session('2026-10-01', ['- [ ] Pair on a migration']),
  'sessions/2026-11-05.md': session('2026-11-05'),
  // Dated after today: being prepared, not held.
  'sessions/2026-12-10.md': session('2026-12-10', ['- [ ] Later']),
});
const BEA = relationship('bea', {
  'plan.md': plan({ cadence: 'weekly', kind: 'peer', started: '2026-11-20' }),
});
const CAL = relationship('cal', {
  'plan.md': '---\nmentee: Cal\nstarted: 2026-01-01\n---\n',
  'sessions/2026-07-02.md': session('2026-07-02'),
});

const TODAY = '2026-12-05';

describe('unit: team report', () => {
  const r = teamReport([CAL, ALEX, BEA], { today: TODAY });
  const [alex, bea, cal] = r.relationships;

  it('covers the last six months by default, today’s month last', () => {
    assert.deepEqual(r.months, ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    assert.deepEqual(teamReport([], { today: TODAY, months: 2 }).months, ['2026-11', '2026-12']);
  });

  it('lists relationships by slug with their front-matter facts, counting mentors', () => {
    assert.deepEqual(
      r.relationships.map((x) => [x.slug, x.plan, x.kind, x.mentors, x.cadence, x.started]),
      [
        ['alex', true, 'one-to-one', 2, 'biweekly', '2026-09-01'],
        ['bea', true, 'peer', 1, 'weekly', '2026-11-20'],
        ['cal', false, null, 0, null, null],
      ],
    );
  });

  it('counts sessions per month, leaving out logs dated after today', () => {
    assert.deepEqual(alex.sessionsPerMonth, [0, 0, 2, 1, 1, 0]);
    assert.deepEqual(cal.sessionsPerMonth, [1, 0, 0, 0, 0, 0]);
  });

  it('measures the cadence kept as the share of whole cadence windows with a session', () => {
    // 14-day windows from 2026-09-01 to today: six whole ones; 10-13..10-27 and 11-10..11-24 empty.
    assert.deepEqual(alex.cadenceKept, { windows: 6, kept: 4, share: 4 / 6 });
    // Started 2026-11-20, weekly: two whole windows by 2026-12-05, neither with a session.
    assert.deepEqual(bea.cadenceKept, { windows: 2, kept: 0, share: 0 });
  });

  it('counts open action items with their oldest and median age and how many are overdue', () => {
    assert.deepEqual(alex.openActions, { count: 3, overdue: 1, oldestDays: 93, medianDays: 79 });
    assert.deepEqual(bea.openActions, { count: 0, overdue: 0, oldestDays: null, medianDays: null });
  });

  it('gives the last session, the days since, and whether the next one is overdue', () => {
    assert.deepEqual(
      [alex.lastSession, alex.daysSinceLast, alex.overdue],
      ['2026-11-05', 30, true],
    );
    assert.deepEqual([bea.lastSession, bea.daysSinceLast, bea.overdue], [null, null, false]);
  });

  it('counts the files with errors, not what the errors say', () => {
    assert.equal(cal.filesWithErrors, 1);
    assert.equal(alex.filesWithErrors, 0);
  });

  it('adds up programme totals', () => {
    assert.deepEqual(r.totals, {
      relationships: 3,
      sessions: 5,
      sessionsPerMonth: [1, 0, 2, 1, 1, 0],
      // cal: biweekly assumed from 2026-07-01 to today, 11 windows, one kept.
      cadenceKept: { windows: 6 + 2 + 11, kept: 4 + 0 + 1, share: 5 / 19 },
      openActions: 3,
      overdueActions: 1,
      overdueRelationships: 2,
    });
  });

  it('renders markdown tables of relationships and sessions per month', () => {
    const text = formatTeamReport(r);
    const lines = text.split('\n');
    assert.equal(lines[0], '# Team report (2026-12-05)');
    assert.ok(
      lines.includes(
        '| alex | one-to-one | 2 | biweekly | 2026-09-01 | 67% (4 of 6) | 3 (1 overdue) | 93 days | 79 days | 2026-11-05 (30 days ago, overdue) |',
      ),
      text,
    );
    assert.ok(
      lines.includes(
        '| Relationship | 2026-07 | 2026-08 | 2026-09 | 2026-10 | 2026-11 | 2026-12 |',
      ),
    );
    assert.ok(lines.includes('| **Total** | 1 | 0 | 2 | 1 | 1 | 0 |'));
    assert.ok(lines.includes('- Cadence kept: 26% (5 of 19)'));
    assert.ok(text.includes('cal (no readable plan); 1 file with errors'));
  });

  it('says so when there are no relationships', () => {
    const text = formatTeamReport(teamReport([], { today: TODAY }));
    assert.ok(text.includes('No relationships yet.'));
    assert.ok(text.includes('- Cadence kept: no whole window yet'));
  });

  describe('content-blind: built from front matter and file metadata only', () => {
    let n = 0;
    /** A fresh marker word; every piece of note text gets its own. */
    const secret = () => `SECRET${++n}`;
    const MARKER = /SECRET\d+/;

    function secretPlan(): string {
      return `---
mentee: ${secret()} Person
mentors: [${secret()} Mentor, ${secret()} Other]
kind: group
started: 2026-08-01
cadence: weekly
channel: ${secret()} channel
---
# Mentoring plan: ${secret()}

## Expectations
${secret()} how we work ${secret()}.

## Goals

### G1: ${secret()} goal title
- status: active
- target: 2026-12-31
- measure: ${secret()} measure
- areas: ${secret()}/src

${secret()} free text about the goal.

### G2: ${secret()} second goal
- status: paused

${secret()}
`;
    }

    function secretSession(date: string): string {
      return `---
date: ${date}
attendees: [${secret()} A]
goals: [G1]
---
# Session ${date} ${secret()}

## Agenda
${secret()} agenda text

### Learning topics
- ${secret()} topic — ${secret()} question? (abc1234)

## Notes
${secret()} notes ${secret()}

## Decisions
- ${secret()} decision

## Action items
- [ ] @${secret()} ${secret()} open item (due 2026-09-01) #G1
- [x] @sam ${secret()} done item
- [ ] ~~${secret()} dropped item~~

## Reflection
${secret()} reflection headline
${secret()} more reflection

## Next time
${secret()} next time
`;
    }

    function secretRelationship(slug: string): RelationshipRecords {
      return relationship(slug, {
        'plan.md': secretPlan(),
        'questions.md': `# Questions\n- [ ] ${secret()} question? (added 2026-09-01 by @${secret()})\n- [x] ${secret()} done? (added 2026-09-01 by @alex, discussed 2026-09-08)\n`,
        'sessions/2026-09-01.md': secretSession('2026-09-01'),
        'sessions/2026-09-08.md': secretSession('2026-09-08'),
        'sessions/2026-10-20.md': secretSession('2026-10-20'),
        'sessions/2026-10-20-2.md': secretSession('2026-10-20'),
      });
    }

    const rels = [secretRelationship('rel-a'), secretRelationship('rel-b')];

    it('the fixture does hold its markers where the records model can see them', () => {
      const seen = JSON.stringify(
        rels.map((x) => ({ plan: x.plan, s: x.sessions, q: x.questions })),
      );
      assert.match(seen, MARKER);
      assert.ok(n > 60, `only ${n} markers`);
    });

    it('no marker appears in the team report json', () => {
      const json = JSON.stringify(teamReport(rels, { today: TODAY }));
      assert.doesNotMatch(json, MARKER);
    });

    it('no marker appears in the team report markdown', () => {
      const text = formatTeamReport(teamReport(rels, { today: TODAY }));
      assert.doesNotMatch(text, MARKER);
      assert.ok(text.includes('| rel-a | group | 2 | weekly | 2026-08-01 |'), text);
    });

    it('gives the same report whatever the note text says', () => {
      const again = [secretRelationship('rel-a'), secretRelationship('rel-b')];
      assert.deepEqual(teamReport(again, { today: TODAY }), teamReport(rels, { today: TODAY }));
    });

    it('still counts what the metadata shows: sessions and open items', () => {
      const a = teamReport(rels, { today: TODAY }).relationships[0];
      assert.deepEqual(a.sessionsPerMonth, [0, 0, 2, 2, 0, 0]);
      assert.deepEqual(a.openActions, { count: 4, overdue: 4, oldestDays: 95, medianDays: 67 });
    });
  });

  describe('anonymous', () => {
    const named = teamReport([CAL, ALEX, BEA], { today: TODAY });
    const anon = anonymousTeamReport(named, teamLabelHash);

    it('labels each relationship R- and six hex digits of a hash of its slug, the same in every report', () => {
      assert.deepEqual(
        anon.relationships.map((x) => x.label),
        [...['alex', 'bea', 'cal'].map((slug) => `R-${teamLabelHash(slug).slice(0, 6)}`)].sort(),
      );
      const again = anonymousTeamReport(
        teamReport([BEA, CAL, ALEX], { today: '2027-01-10' }),
        teamLabelHash,
      );
      assert.deepEqual(
        again.relationships.map((x) => x.label),
        anon.relationships.map((x) => x.label),
      );
    });

    it('orders by label, not by name, and keeps the facts that show which relationship is lapsing', () => {
      const byLabel = new Map(anon.relationships.map((x) => [x.label, x]));
      const alexAnon = byLabel.get(`R-${teamLabelHash('alex').slice(0, 6)}`);
      assert.deepEqual(alexAnon, {
        label: `R-${teamLabelHash('alex').slice(0, 6)}`,
        plan: true,
        kind: 'one-to-one',
        cadence: 'biweekly',
        sessionsPerMonth: [0, 0, 2, 1, 1, 0],
        cadenceKept: { windows: 6, kept: 4, share: 4 / 6 },
        openActions: { count: 3, overdue: 1, oldestDays: 93, medianDays: 79 },
        daysSinceLast: 30,
        overdue: true,
        filesWithErrors: 0,
      });
      assert.deepEqual(anon.totals, named.totals);
    });

    it('holds no slug, mentor count, start, review or last-session date, in json or markdown', () => {
      const json = JSON.stringify(anon);
      const text = formatTeamReport(anon);
      for (const out of [json, text]) {
        for (const word of [
          'alex',
          'bea',
          'cal',
          '2026-09-01',
          '2026-11-20',
          '2026-11-05',
          '2026-07-02',
          'Sam Chen',
          'mentors',
        ])
          assert.ok(!out.toLowerCase().includes(word.toLowerCase()), `${word} in ${out}`);
      }
      assert.match(text, /^# Team report, anonymous \(2026-12-05\)/);
      assert.ok(
        text
          .split('\n')
          .includes(
            `| R-${teamLabelHash('alex').slice(0, 6)} | one-to-one | biweekly | 67% (4 of 6) | 3 (1 overdue) | 93 days | 79 days | 30 days ago, overdue |`,
          ),
        text,
      );
    });

    it('lengthens every label when two slugs would share six digits, so labels stay distinct', () => {
      const clash = (slug: string) =>
        slug === 'alex' ? 'abcdef01' : slug === 'bea' ? 'abcdef02' : '12345678';
      assert.deepEqual(
        anonymousTeamReport(named, clash).relationships.map((x) => x.label),
        ['R-12345678', 'R-abcdef01', 'R-abcdef02'],
      );
    });

    it('says in the named report that relationships are named by the mentee’s folder', () => {
      assert.match(formatTeamReport(named), /Relationships are named by their folder/);
    });
  });
});
