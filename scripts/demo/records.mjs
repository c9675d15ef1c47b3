// The demo's mentoring records, written exactly in the format of docs/records.md (contract
// v1): two relationships, each with a plan (front matter, goals G1/G2), sessions with open and
// ticked action items, and queued questions. Each record event is committed on its own date, in
// the same timeline as the code history, and a session's `head` is the HEAD when it was logged.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = 'mentoring';

const ALEX_PLAN = `---
mentee: Alex Rivera
mentors: [Sam Chen]
kind: one-to-one
started: 2026-09-01
review: 2027-03-01
cadence: biweekly
channel: video call, chat
identities:
  - alex@example.com
---
# Mentoring plan: Alex Rivera

## Expectations
We meet every other Tuesday for 45 minutes. Notes stay in this repository; anything private goes
in private/, which is never committed. Either of us can move a session with a day's notice.

## Goals

### G1: Review database migrations with confidence
- status: active
- target: 2027-01-31
- measure: Leads the review of three migrations without help
- areas: db/migrations, src/api

Alex writes migrations already; the goal is to judge other people's: locking, backfills, rollbacks.

### G2: Own the invoices and payments API
- status: active
- target: 2027-02-28
- measure: Ships the payments endpoints and answers on-call questions about them
- areas: src/api/invoices.ts, src/api/payments.ts

Validation, error shapes and how the API talks to the billing service.
`;

const PRIYA_PLAN = `---
mentee: Priya Natarajan
mentors: [Sam Chen]
kind: one-to-one
started: 2026-10-01
cadence: monthly
channel: in person
identities:
  - priya@example.com
---
# Mentoring plan: Priya Natarajan

## Expectations
A monthly coffee and a look at one piece of Priya's work beforehand.

## Goals

### G1: Make the billing service easy to change
- status: active
- target: 2027-01-15
- measure: A second engineer ships a billing change using only the docs
- areas: services/billing, docs/billing-service.md

### G2: Test the operational scripts
- status: active
- target: 2026-12-20
- measure: Every script in scripts/ has a test that runs in CI
- areas: scripts
`;

const session = ({
  date,
  attendees,
  duration,
  goals,
  head,
  agenda,
  notes,
  decisions,
  actions,
  reflection,
  next,
}) => `---
date: ${date}
attendees: [${attendees.join(', ')}]
duration: ${duration}
goals: [${goals.join(', ')}]
head: ${head}
---
# Session ${date}

## Agenda
${agenda.map((a) => `- ${a}`).join('\n')}

## Notes
${notes}

## Decisions
${decisions.map((d) => `- ${d}`).join('\n')}

## Action items
${actions.map((a) => `- [ ] ${a}`).join('\n')}

## Reflection
${reflection}

## Next time
${next}
`;

/** A file change in the records: writes a file, or ticks an action item where it was first written. */
const write = (rel, content) => ({ kind: 'write', rel, content });
const tick = (rel, text) => ({ kind: 'tick', rel, text });

const alex = (f) => `${ROOT}/alex-rivera/${f}`;
const priya = (f) => `${ROOT}/priya-natarajan/${f}`;

/**
 * The record events: date, who committed them, the message, and the changes (a function of the
 * HEAD at that moment, for the sessions' `head`).
 */
const EVENTS = [
  {
    date: '2026-09-01T17:00:00Z',
    author: 'sam',
    message: 'mentoring: set up records for Alex Rivera',
    changes: () => [
      write(`${ROOT}/.gitignore`, '*/private/\n'),
      write(alex('plan.md'), ALEX_PLAN),
      write(alex('questions.md'), '# Questions for next time\n'),
    ],
  },
  {
    date: '2026-09-08T16:00:00Z',
    author: 'sam',
    message: 'mentoring: session 2026-09-08 with Alex',
    changes: (head) => [
      write(
        alex('sessions/2026-09-08.md'),
        session({
          date: '2026-09-08',
          attendees: ['Alex Rivera', 'Sam Chen'],
          duration: 45,
          goals: ['G1'],
          head,
          agenda: ['What makes a migration risky', 'How reviews work here'],
          notes:
            'Walked through 002_create_invoices.sql together. Alex spotted the missing index on account_id.',
          decisions: ['Alex writes the index migration and asks the DBA on-call for review'],
          actions: [
            '@alex Write the index migration for invoices.account_id (due 2026-09-12) #G1',
            '@sam Introduce Alex to the DBA on-call',
            '@alex Draft a migration review checklist (due 2026-09-22) #G1',
          ],
          reflection:
            'Alex was quicker than expected to see locking problems; knows less about backfills.',
          next: 'Look at a backfill together.',
        }),
      ),
    ],
  },
  {
    date: '2026-09-15T09:00:00Z',
    author: 'alex',
    message: 'mentoring: questions for the next session',
    changes: () => [
      write(
        alex('questions.md'),
        '# Questions for next time\n' +
          '- [ ] Why CREATE INDEX CONCURRENTLY and not a plain index? (added 2026-09-15 by @alex)\n' +
          '- [ ] What does the DBA on-call actually do? (added 2026-09-15 by @alex)\n',
      ),
    ],
  },
  {
    date: '2026-09-22T16:00:00Z',
    author: 'sam',
    message: 'mentoring: session 2026-09-22 with Alex',
    changes: (head) => [
      tick(alex('sessions/2026-09-08.md'), 'Write the index migration for invoices.account_id'),
      tick(alex('sessions/2026-09-08.md'), 'Introduce Alex to the DBA on-call'),
      tick(alex('sessions/2026-09-08.md'), 'Draft a migration review checklist'),
      tick(alex('questions.md'), 'Why CREATE INDEX CONCURRENTLY'),
      write(
        alex('sessions/2026-09-22.md'),
        session({
          date: '2026-09-22',
          attendees: ['Alex Rivera', 'Sam Chen'],
          duration: 50,
          goals: ['G1', 'G2'],
          head,
          agenda: ['The review checklist', 'Invoices endpoints'],
          notes: 'The checklist is good; it misses rollbacks. Talked about index builds and locks.',
          decisions: ['Every migration in a review gets a rollback note'],
          actions: [
            '@alex Add rollbacks to the review checklist (due 2026-10-06) #G1',
            '@alex Validate invoice payloads like accounts (due 2026-10-09) #G2',
          ],
          reflection: 'Good session; Alex asked for harder examples.',
          next: 'A backfill in batches.',
        }),
      ),
    ],
  },
  {
    date: '2026-10-01T17:30:00Z',
    author: 'sam',
    message: 'mentoring: set up records for Priya Natarajan',
    changes: () => [
      write(priya('plan.md'), PRIYA_PLAN),
      write(
        priya('questions.md'),
        '# Questions for next time\n- [ ] How much documentation is enough for the billing service? (added 2026-10-01 by @priya)\n',
      ),
    ],
  },
  {
    date: '2026-10-06T16:00:00Z',
    author: 'sam',
    message: 'mentoring: session 2026-10-06 with Alex',
    changes: (head) => [
      tick(alex('sessions/2026-09-22.md'), 'Validate invoice payloads like accounts'),
      write(
        alex('sessions/2026-10-06.md'),
        session({
          date: '2026-10-06',
          attendees: ['Alex Rivera', 'Sam Chen'],
          duration: 45,
          goals: ['G1'],
          head,
          agenda: ['Backfills in batches', 'Rollback notes'],
          notes: 'Planned the invoice status backfill. Rollbacks still missing from the checklist.',
          decisions: ['Backfill in batches of 10,000 rows'],
          actions: [
            '@alex Lead the review of the next migration (due 2026-11-04) #G1',
            '@sam Share the postmortem of the 2025 locking outage',
          ],
          reflection: 'Rollbacks keep slipping; ask what is in the way.',
          next: 'Alex leads a review.',
        }),
      ),
    ],
  },
  {
    date: '2026-10-08T17:00:00Z',
    author: 'sam',
    message: 'mentoring: session 2026-10-08 with Priya',
    changes: (head) => [
      write(
        priya('sessions/2026-10-08.md'),
        session({
          date: '2026-10-08',
          attendees: ['Priya Natarajan', 'Sam Chen'],
          duration: 60,
          goals: ['G1', 'G2'],
          head,
          agenda: ['What a newcomer needs to change billing', 'Tests for scripts'],
          notes: 'Read the refund handler together; the tax rule lives in two places.',
          decisions: ['Priya writes docs/billing-service.md before the next change'],
          actions: [
            '@priya Write docs/billing-service.md (due 2026-11-06) #G1',
            '@priya Add a first test for backfill_emails.py (due 2026-11-13) #G2',
          ],
          reflection: 'Priya prefers examples over prose; the docs should lead with one.',
          next: 'Review the billing docs.',
        }),
      ),
    ],
  },
  {
    date: '2026-10-30T10:00:00Z',
    author: 'alex',
    message: 'mentoring: a question about dropping columns',
    changes: () => [
      write(
        alex('questions.md'),
        '# Questions for next time\n' +
          '- [x] Why CREATE INDEX CONCURRENTLY and not a plain index? (added 2026-09-15 by @alex, discussed 2026-09-22)\n' +
          '- [ ] What does the DBA on-call actually do? (added 2026-09-15 by @alex)\n' +
          '- [ ] How do you decide when a migration needs a feature flag? (added 2026-10-30 by @alex)\n',
      ),
    ],
  },
  {
    date: '2026-11-03T16:00:00Z',
    author: 'sam',
    message: 'mentoring: session 2026-11-03 with Alex',
    changes: (head) => [
      tick(alex('sessions/2026-10-06.md'), 'Share the postmortem of the 2025 locking outage'),
      write(
        alex('sessions/2026-11-03.md'),
        session({
          date: '2026-11-03',
          attendees: ['Alex Rivera', 'Sam Chen'],
          duration: 45,
          goals: ['G1', 'G2'],
          head,
          agenda: ['Dropping the legacy email column', 'Payments endpoints'],
          notes:
            'Alex led the review of 006_drop_legacy_email.sql and caught the missing IF EXISTS.',
          decisions: ['Column drops ship one release after the code stops reading them'],
          actions: [
            '@alex Validate payment payloads (due 2026-11-14) #G2',
            '@alex Write up the column-drop rule in docs/migration-review.md #G1',
          ],
          reflection: 'First review Alex led; one more before G1 is met.',
          next: 'Feature flags and migrations.',
        }),
      ),
    ],
  },
  {
    date: '2026-11-12T17:00:00Z',
    author: 'sam',
    message: 'mentoring: session 2026-11-12 with Priya',
    changes: (head) => [
      tick(priya('sessions/2026-10-08.md'), 'Write docs/billing-service.md'),
      write(
        priya('sessions/2026-11-12.md'),
        session({
          date: '2026-11-12',
          attendees: ['Priya Natarajan', 'Sam Chen'],
          duration: 45,
          goals: ['G1'],
          head,
          agenda: ['Feedback on the billing docs'],
          notes: 'The docs lead with an example now. The tax rule is still duplicated.',
          decisions: ['Move the tax rule into one function before the next change'],
          actions: ['@priya Move the tax rule into one function (due 2026-12-10) #G1'],
          reflection: 'Docs landed on time.',
          next: 'Tests for the scripts.',
        }),
      ),
      write(
        priya('questions.md'),
        '# Questions for next time\n' +
          '- [x] How much documentation is enough for the billing service? (added 2026-10-01 by @priya, discussed 2026-11-12)\n' +
          '- [ ] Should scripts/ get its own CI job? (added 2026-11-12 by @priya)\n',
      ),
    ],
  },
  {
    date: '2026-11-19T09:30:00Z',
    author: 'alex',
    message: 'mentoring: tick the payments validation',
    changes: () => [tick(alex('sessions/2026-11-03.md'), 'Validate payment payloads')],
  },
];

/** The record events, for merging into one timeline with the code commits. */
export function recordEvents() {
  return EVENTS;
}

/** Applies a record event's changes to the working tree. */
export function applyRecordChanges(repo, changes) {
  for (const c of changes) {
    const file = path.join(repo, c.rel);
    if (c.kind === 'write') {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, c.content);
    } else {
      const text = fs.readFileSync(file, 'utf8');
      const open = text.split('\n').find((l) => l.startsWith('- [ ] ') && l.includes(c.text));
      if (!open) throw new Error(`demo records: no open item "${c.text}" in ${c.rel}`);
      // Ticking rewrites one character, as the extension does.
      fs.writeFileSync(file, text.replace(open, open.replace('- [ ] ', '- [x] ')));
    }
  }
}
