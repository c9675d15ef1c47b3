import * as assert from 'node:assert/strict';
import { reminderDigest, type ReminderSource } from '../../src/core/reminders/reminderDigest';
import {
  digestDue,
  markShown,
  reminderState,
  snoozeDay,
  stopFor,
  type ReminderState,
} from '../../src/core/reminders/reminderState';
import { readRelationship } from '../../src/core/records/relationship';

const TODAY = '2026-11-23';

function plan(mentee: string, extra = ''): string {
  return `---\nmentee: ${mentee}\nmentors: [Sam Lee]\nstarted: 2026-01-01\ncadence: weekly\n${extra}---\n# Plan\n\n## Goals\n`;
}

function log(date: string, items: string[] = [], reflection = ''): string {
  return [
    '---',
    `date: ${date}`,
    '---',
    `# Session ${date}`,
    '',
    '## Notes',
    '',
    'Talked.',
    '',
    '## Action items',
    '',
    ...items,
    '',
    '## Reflection',
    '',
    reflection,
    '',
  ].join('\n');
}

/** A relationship of the user (handle "sam"), its session logs by date. */
function source(
  slug: string,
  sessions: Record<string, string>,
  opts: { extra?: string; reflected?: string[] } = {},
): ReminderSource {
  const files = [
    { path: `${slug}/plan.md`, text: plan(slug.toUpperCase(), opts.extra) },
    ...Object.entries(sessions).map(([date, text]) => ({
      path: `${slug}/sessions/${date}.md`,
      text,
    })),
  ];
  return {
    key: `file:///ws|${slug}`,
    name: slug,
    label: slug.toUpperCase(),
    rel: readRelationship(slug, files),
    handle: 'sam',
    reflected: new Set(opts.reflected ?? []),
  };
}

const fresh = (): ReminderState => reminderState(undefined);

describe('reminders: the daily digest', () => {
  it('gathers six due relationships into one digest, each once, overdue and due today', () => {
    // Weekly cadence: held 2026-11-16 -> due today; held 2026-11-09 -> overdue since 2026-11-16.
    const sources = ['ana', 'bo', 'cy', 'di', 'ed', 'flo'].map((slug, i) =>
      source(slug, {
        [i % 2 ? '2026-11-16' : '2026-11-09']: log(i % 2 ? '2026-11-16' : '2026-11-09', [
          '- [x] @alex done',
        ]),
      }),
    );
    const d = reminderDigest(sources, fresh(), TODAY);
    assert.equal(d.empty, false);
    assert.deepEqual(
      d.sessions.map((s) => [s.name, s.due, s.overdue]),
      [
        ['ana', '2026-11-16', true],
        ['bo', '2026-11-23', false],
        ['cy', '2026-11-16', true],
        ['di', '2026-11-23', false],
        ['ed', '2026-11-16', true],
        ['flo', '2026-11-23', false],
      ],
    );
    assert.deepEqual(
      d.relationships.map((r) => r.name),
      ['ana', 'bo', 'cy', 'di', 'ed', 'flo'],
    );
  });

  it('leaves out sessions not due yet, met today, or never started', () => {
    const d = reminderDigest(
      [
        source('soon', { '2026-11-20': log('2026-11-20', ['- [ ] x']) }),
        source('met', {
          '2026-11-09': log('2026-11-09', ['- [ ] x']),
          '2026-11-23': log('2026-11-23').replace('---\n#', 'status: held\n---\n#'),
        }),
        source('new', {}),
      ],
      fresh(),
      TODAY,
    );
    assert.deepEqual(d.sessions, []);
    assert.equal(d.empty, true);
  });

  it("lists only the user's open actions past due, by handle or by the plan's handles", () => {
    const d = reminderDigest(
      [
        source(
          'alex',
          {
            '2026-11-20': log('2026-11-20', [
              '- [ ] @sam Book the DBA intro (due 2026-11-21)',
              '- [ ] @samuel Mapped to Sam by handles (due 2026-11-22)',
              '- [ ] @alex Not mine (due 2026-11-21)',
              '- [ ] @sam Not due yet (due 2026-11-30)',
              '- [x] @sam Done already (due 2026-11-01)',
              '- [ ] ~~@sam Dropped (due 2026-11-01)~~',
              '- [ ] @dba-oncall Nobody (due 2026-11-01)',
            ]),
          },
          { extra: 'handles:\n  samuel: Sam Lee\n' },
        ),
      ],
      fresh(),
      TODAY,
    );
    assert.deepEqual(
      d.actions.map((a) => a.action.text.replace(/ \(due.*/, '')),
      ['@sam Book the DBA intro', '@samuel Mapped to Sam by handles'],
    );
  });

  it('leaves out a stopped relationship and keeps the others', () => {
    const sources = [
      source('ana', { '2026-11-09': log('2026-11-09', ['- [ ] x']) }),
      source('bo', { '2026-11-09': log('2026-11-09', ['- [ ] x']) }),
    ];
    const state = stopFor(fresh(), 'file:///ws|ana');
    assert.deepEqual(stopFor(state, 'file:///ws|ana'), state);
    assert.deepEqual(
      reminderDigest(sources, state, TODAY).relationships.map((r) => r.name),
      ['bo'],
    );
  });

  it("nudges yesterday's log with empty Reflection and Action items once, and no other", () => {
    const sources = [
      source('empty', { '2026-11-22': log('2026-11-22') }),
      source(
        'reflected',
        { '2026-11-22': log('2026-11-22', [], 'I learned.') },
        {
          reflected: ['reflected/sessions/2026-11-22.md'],
        },
      ),
      source('items', { '2026-11-22': log('2026-11-22', ['- [ ] @alex x']) }),
      source('older', { '2026-11-21': log('2026-11-21') }),
      source('cancelled', {
        '2026-11-22': log('2026-11-22').replace('---\n#', 'status: cancelled\n---\n#'),
      }),
    ];
    const first = reminderDigest(sources, fresh(), TODAY);
    assert.deepEqual(
      first.nudges.map((n) => [n.name, n.file]),
      [['empty', 'empty/sessions/2026-11-22.md']],
    );
    const after = markShown(
      fresh(),
      TODAY,
      first.nudges.map((n) => n.id),
    );
    // Shown again the same day by hand (Show Reminders): the nudge is not repeated.
    assert.deepEqual(reminderDigest(sources, after, TODAY).nudges, []);
  });
});

describe('reminders: once a day, snooze', () => {
  it('is due once a day: not again the day it was shown, again the next day', () => {
    const shown = markShown(fresh(), TODAY, []);
    assert.equal(digestDue(fresh(), TODAY), true);
    assert.equal(digestDue(shown, TODAY), false);
    assert.equal(digestDue(shown, '2026-11-24'), true);
  });

  it('snoozing a day skips tomorrow and comes back the day after', () => {
    const snoozed = snoozeDay(markShown(fresh(), TODAY, []), TODAY);
    assert.equal(digestDue(snoozed, '2026-11-24'), false);
    assert.equal(digestDue(snoozed, '2026-11-25'), true);
  });

  it('reads stored state defensively: anything malformed is nothing remembered', () => {
    assert.deepEqual(
      reminderState({ lastShown: 5, stopped: ['a', 3], nudged: 'x', snoozedUntil: '2026-1-1' }),
      {
        lastShown: undefined,
        snoozedUntil: undefined,
        stopped: ['a'],
        nudged: [],
      },
    );
    assert.deepEqual(reminderState('junk'), fresh());
  });
});
