/** The built-in plan template; a team overrides it with `<root>/templates/plan.md`. */
export const PLAN_TEMPLATE = `---
mentee: {{mentee}}
mentors: {{mentors}}
kind: {{kind}}
started: {{started}}
cadence: {{cadence}}
identities: {{identities}}
---
# Mentoring plan: {{mentee}}

## Expectations

How we work together: when, where and how often we meet, how to reach each other between
sessions, how long we expect this to run, and what stays between us. Check that what the mentee
hopes for matches what the mentor can offer.

## Goals

<!-- One goal per heading, for example:
### G1: Review database migrations with confidence
- status: active
- target: 2027-01-31
- measure: Leads the review of three migrations without help
-->
`;

/** The built-in session template; a team overrides it with `<root>/templates/session.md`. */
export const SESSION_TEMPLATE = `---
date: {{date}}
attendees: {{attendees}}
status: {{status}}
head: {{head}}
---
# Session {{date}}

## Agenda

## Notes

## Decisions

## Action items

## Reflection

## Next time
`;

/** The first content of questions.md. */
export const QUESTIONS_TEMPLATE = `# Questions for next time
`;

/** What init writes to `<root>/.gitignore`: private notes never reach git. */
export const RECORDS_GITIGNORE = `# Private notes stay on this machine (Mentoring Journal).
*/private/
`;
